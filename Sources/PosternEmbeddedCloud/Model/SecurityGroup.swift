import Foundation

struct SecurityGroup: CloudResource {
    static let kind = "security-group"
    var id: String
    var account: String
    var region: String
    var vpcID: String
    var name: String
    var description: String
    var ingress: [SecurityGroupRule] = []
    var egress: [SecurityGroupRule] = []
    var tags: [Tag] = []
    var createdAt: Date
    /// The `ClientToken` an Alibaba Cloud request made it with.
    var clientToken: String?
}

/// One permission: a protocol and port range from CIDR ranges or from other security groups.
struct SecurityGroupRule: Codable, Sendable, Equatable {
    var ruleID: String
    var ipProtocol: String
    var fromPort: Int?
    var toPort: Int?
    var cidrs: [String] = []
    var sourceGroupIDs: [String] = []
    var description: String?

    /// Whether the rule admits TCP on `port` (protocol `-1` is every protocol).
    func admitsTCP(port: Int) -> Bool {
        if ipProtocol == "-1" { return true }
        guard ipProtocol == "tcp" || ipProtocol == "6" else { return false }
        return (fromPort ?? 0) <= port && port <= (toPort ?? 65535)
    }
}
