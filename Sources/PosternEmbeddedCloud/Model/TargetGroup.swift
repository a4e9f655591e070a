import Foundation

struct TargetGroup: CloudResource {
    static let kind = "target-group"
    var id: String { arn }
    var arn: String
    var account: String
    var region: String
    var name: String
    var protocolName: String
    var port: Int
    var vpcID: String
    var targetType: String
    var healthCheckProtocol: String
    var healthCheckPort: String
    var targets: [Target] = []
    var createdAt: Date
    /// The `ClientToken` an Alibaba Cloud request made it with.
    var clientToken: String?

    struct Target: Codable, Sendable, Equatable {
        var id: String
        var port: Int
        var zoneName: String?
    }
}
