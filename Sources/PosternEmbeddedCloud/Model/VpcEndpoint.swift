import Foundation

/// An interface endpoint in a consumer's VPC, and (seen from the service's owner) its
/// endpoint connection.
struct VpcEndpoint: CloudResource {
    static let kind = "vpc-endpoint"
    var id: String
    var account: String
    var region: String
    var vpcID: String
    var serviceID: String
    var serviceName: String
    var serviceRegion: String
    var state: String
    var next: Transition?
    /// When a deleted endpoint stops being listed.
    var forgetAt: Date?
    var subnetIDs: [String]
    var securityGroupIDs: [String]
    var networkInterfaceIDs: [String]
    var privateDNSEnabled: Bool
    var dnsSuffix: String
    var policyDocument: String
    var clientToken: String?
    var requestFingerprint: String?
    var connectionID: String
    var tags: [Tag] = []
    var createdAt: Date

    /// States in which the endpoint holds on to its service.
    var isLive: Bool { ["pending", "pendingAcceptance", "available"].contains(state) }
}

enum EndpointState {
    static let pending = "pending"
    static let pendingAcceptance = "pendingAcceptance"
    static let available = "available"
    static let rejected = "rejected"
    static let deleting = "deleting"
    static let deleted = "deleted"
}
