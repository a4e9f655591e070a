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

    var name: String { "com.amazonaws.vpce.\(region).\(id)" }
    var baseEndpointDNSName: String { "\(id).\(region).vpce.amazonaws.com" }

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
            entry.principal == "*" || Self.account(ofPrincipal: entry.principal) == consumer
        }
    }

    static func account(ofPrincipal principal: String) -> String? {
        let parts = principal.split(separator: ":", omittingEmptySubsequences: false)
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
