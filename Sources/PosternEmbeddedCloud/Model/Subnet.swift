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
    /// Host offsets (from the network address) handed out to network interfaces: not stored,
    /// but counted again from the interfaces on load (see `countAddresses`), so a subnet's
    /// row stays small however many interfaces it holds.
    var usedOffsets: Set<Int> = []
    /// Where the search for a free offset starts: after the last one handed out.
    var nextOffset: Int?
    /// Alibaba Cloud's `VSwitchName`.
    var name: String?
    var clientToken: String?
    var tags: [Tag] = []
    var createdAt: Date

    enum CodingKeys: String, CodingKey {
        case id, account, region, vpcID, cidrBlock, zoneName, zoneID, name, clientToken, tags, createdAt
    }
}
