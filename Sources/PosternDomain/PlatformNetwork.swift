/// The platform's own network in a region: the account customers allow on their endpoint
/// services, and the VPC, subnets (one per zone) and security group its endpoints live in.
public struct PlatformNetwork: Record {
    public static let kind = "platformNetwork"

    public var provider: Cloud
    public var region: String
    public var accountID: String
    public var vpcID: String
    public var subnets: [Subnet]
    public var securityGroupID: String

    public init(provider: Cloud, region: String, accountID: String, vpcID: String, subnets: [Subnet], securityGroupID: String) {
        self.provider = provider
        self.region = region
        self.accountID = accountID
        self.vpcID = vpcID
        self.subnets = subnets
        self.securityGroupID = securityGroupID
    }

    public var id: String { Self.id(provider: provider, region: region) }
    public static func id(provider: Cloud, region: String) -> String { "\(provider.rawValue)/\(region)" }

    public var zoneIDs: [String] { subnets.map(\.zoneID).sorted() }

    public struct Subnet: Sendable, Equatable, Codable {
        public var id: String
        public var zoneID: String
        public init(id: String, zoneID: String) {
            self.id = id
            self.zoneID = zoneID
        }
    }
}
