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
    /// Alibaba Cloud's `EndpointName` and `EndpointDescription`.
    var name: String?
    var description: String?

    var isAlibaba: Bool { serviceName.hasPrefix("com.aliyuncs.") }

    var transitionAt: Date? { [next?.at, forgetAt].compactMap { $0 }.min() }

    /// Its client token and its tags, which requests look endpoints up by.
    var lookupKeys: [String] { (clientToken.map { [Self.tokenKey($0)] } ?? []) + tags.map { Self.tagKey($0.key, $0.value) } }
    static func tokenKey(_ token: String) -> String { "token:\(token)" }
    static func tagKey(_ key: String, _ value: String) -> String { "tag:\(key)=\(value)" }

    /// States in which the endpoint holds on to its service.
    var isLive: Bool { [EndpointState.pending, EndpointState.pendingAcceptance, EndpointState.available, EndpointState.connecting, EndpointState.disconnecting].contains(state) }

    /// Whether its names resolve: while live, and an Alibaba Cloud endpoint for as long as it
    /// exists (a disconnected one keeps its domain).
    var publishesNames: Bool { isLive || (isAlibaba && state == EndpointState.rejected) }
}

enum EndpointState {
    static let pending = "pending"
    static let pendingAcceptance = "pendingAcceptance"
    static let available = "available"
    static let rejected = "rejected"
    static let deleting = "deleting"
    static let deleted = "deleted"
    /// Alibaba Cloud's in-between states of the handshake: allowed and not yet connected, and
    /// disallowed and not yet disconnected.
    static let connecting = "connecting"
    static let disconnecting = "disconnecting"
}
