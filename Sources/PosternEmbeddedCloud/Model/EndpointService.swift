import Foundation

/// A VPC endpoint service (PrivateLink) in front of network load balancers.
struct EndpointService: CloudResource {
    static let kind = "endpoint-service"
    var id: String
    var account: String
    var region: String
    var acceptanceRequired: Bool
    var loadBalancerARNs: [String]
    var privateDNSName: String?
    var privateDNSVerification: DNSVerification?
    var supportedRegions: [String] = []
    var allowedPrincipals: [AllowedPrincipal] = []
    var state: String
    var next: Transition?
    var clientToken: String?
    var tags: [Tag] = []
    var createdAt: Date
    /// Alibaba Cloud's `ServiceDescription`, and the load balancers it fronts zone by zone
    /// (which sets `loadBalancerARNs`, what the data plane reads for either cloud).
    var description: String?
    var resources: [Resource]? {
        didSet {
            var ids: [String] = []
            for resource in resources ?? [] where !ids.contains(resource.id) { ids.append(resource.id) }
            loadBalancerARNs = ids
        }
    }
    var zoneAffinity: Bool?

    var transitionAt: Date? {
        let verified = privateDNSVerification?.state == "pendingVerification" ? privateDNSVerification?.verifiedAt : nil
        return [next?.at, verified].compactMap { $0 }.min()
    }

    /// Alibaba Cloud's services are `epsrv-…`; AWS's `vpce-svc-…`.
    var isAlibaba: Bool { id.hasPrefix("epsrv-") }

    var name: String { isAlibaba ? "com.aliyuncs.privatelink.\(region).\(id)" : "com.amazonaws.vpce.\(region).\(id)" }
    var baseEndpointDNSName: String { isAlibaba ? "\(id).\(region).privatelink.aliyuncs.com" : "\(id).\(region).vpce.amazonaws.com" }

    /// A load balancer of an Alibaba Cloud service in one of its zones.
    struct Resource: Codable, Sendable, Equatable {
        var id: String
        var type: String
        var zoneID: String
    }

    struct AllowedPrincipal: Codable, Sendable, Equatable {
        var principal: String
        var permissionID: String
    }

    /// The TXT record that proves the private DNS name belongs to the service's owner.
    struct DNSVerification: Codable, Sendable, Equatable {
        var state: String
        var recordName: String
        var recordValue: String
        var verifiedAt: Date?
    }

    /// Whether `account` may connect: its owner, `*`, or an allowed principal of that account
    /// (`arn:aws:iam::<account>:root`, or a role or user in it).
    func allows(_ consumer: String) -> Bool {
        if consumer == account { return true }
        return allowedPrincipals.contains { entry in
            entry.principal == "*" || entry.principal == consumer || Self.account(ofPrincipal: entry.principal) == consumer
        }
    }

    /// The account of an AWS principal (`arn:aws:iam::<account>:…`) or of an Alibaba Cloud
    /// `UserARN` (`acs:ram:*:<uid>:*`).
    static func account(ofPrincipal principal: String) -> String? {
        let parts = principal.split(separator: ":", omittingEmptySubsequences: false)
        if parts.count >= 5, parts[0] == "acs", parts[1] == "ram" { return String(parts[3]) }
        guard parts.count >= 6, parts[0] == "arn", parts[2] == "iam" || parts[2] == "sts" else { return nil }
        return String(parts[4])
    }

    static func principalType(_ principal: String) -> String {
        if principal == "*" { return "All" }
        if principal.hasSuffix(":root") { return "Account" }
        if principal.contains(":role/") { return "Role" }
        if principal.contains(":user/") { return "User" }
        return "Service"
    }
}
