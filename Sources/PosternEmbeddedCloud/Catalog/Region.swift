/// A region of the embedded cloud, with AWS's real names and zone ids.
public struct Region: Sendable, Equatable {
    public let name: String
    /// The prefix of its zone ids (`use1` → `use1-az1`).
    public let zoneIDPrefix: String
    /// The letters of its zone names (`us-east-1a` …), in AWS's order.
    public let zoneLetters: [Character]
    /// Route 53 zone that AWS answers `*.vpce.amazonaws.com` names from, in this region.
    public let endpointHostedZoneID: String
    /// Route 53 zone of network load balancers' DNS names, in this region.
    public let loadBalancerHostedZoneID: String

    public static let all: [Region] = [
        Region(name: "us-east-1", zoneIDPrefix: "use1", zoneLetters: Array("abcdef"),
               endpointHostedZoneID: "Z7HUB22UULQXV", loadBalancerHostedZoneID: "Z26RNL4JYFTOTI"),
        Region(name: "us-west-2", zoneIDPrefix: "usw2", zoneLetters: Array("abcd"),
               endpointHostedZoneID: "Z1YSA3EXCYUU9Z", loadBalancerHostedZoneID: "Z18D5FSROUN65G"),
        Region(name: "eu-west-1", zoneIDPrefix: "euw1", zoneLetters: Array("abc"),
               endpointHostedZoneID: "Z38GZ743OKFT7T", loadBalancerHostedZoneID: "Z2IFOLAFXWLO4F"),
        Region(name: "eu-central-1", zoneIDPrefix: "euc1", zoneLetters: Array("abc"),
               endpointHostedZoneID: "Z273ZU8SZ5RJPC", loadBalancerHostedZoneID: "Z3F0SRJ5LGBH90"),
        Region(name: "ap-southeast-1", zoneIDPrefix: "apse1", zoneLetters: Array("abc"),
               endpointHostedZoneID: "Z18LLCSTV4NVNL", loadBalancerHostedZoneID: "ZKVM4W9LS7TM"),
    ]

    public static func named(_ name: String) -> Region? { all.first { $0.name == name } }

    /// The region's zones as `account` sees them. As in AWS, a zone name maps to a different
    /// zone id in different accounts (the ids are what is the same everywhere), so the mapping
    /// is a rotation fixed by the account id.
    public func zones(for account: String) -> [Zone] {
        let count = zoneLetters.count
        let shift = Int(Self.stableHash(account) % UInt64(count))
        return zoneLetters.enumerated().map { index, letter in
            Zone(name: "\(name)\(letter)", id: "\(zoneIDPrefix)-az\((index + shift) % count + 1)")
        }
    }

    public func zone(named zoneName: String, for account: String) -> Zone? {
        zones(for: account).first { $0.name == zoneName }
    }

    public func zone(id: String, for account: String) -> Zone? {
        zones(for: account).first { $0.id == id }
    }

    public struct Zone: Sendable, Equatable {
        public let name: String
        public let id: String
    }

    static func stableHash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }
}
