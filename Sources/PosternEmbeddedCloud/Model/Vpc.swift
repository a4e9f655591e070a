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
    /// Where the VPC stands on this machine: 127.<slot>.0.0/16 (see LoopbackMap).
    var loopbackSlot: Int?
    /// Alibaba Cloud's `VpcName` and `Description`.
    var name: String?
    var description: String?
    /// The `ClientToken` an Alibaba Cloud request made it with: the same token finds it again.
    var clientToken: String?
    var tags: [Tag] = []
    var createdAt: Date
}
