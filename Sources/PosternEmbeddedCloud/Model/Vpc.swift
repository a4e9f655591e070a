import Foundation

struct Vpc: CloudResource {
    static let kind = "vpc"
    var id: String
    var account: String
    var region: String
    var cidrBlock: String
    var enableDnsSupport = true
    var enableDnsHostnames = false
    var defaultSecurityGroupID: String
    var tags: [Tag] = []
    var createdAt: Date
}
