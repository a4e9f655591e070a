import Foundation

struct Subnet: CloudResource {
    static let kind = "subnet"
    var id: String
    var account: String
    var region: String
    var vpcID: String
    var cidrBlock: String
    var zoneName: String
    var zoneID: String
    /// Host offsets (from the network address) handed out to network interfaces.
    var usedOffsets: [Int] = []
    /// Alibaba Cloud's `VSwitchName`.
    var name: String?
    var clientToken: String?
    var tags: [Tag] = []
    var createdAt: Date
}
