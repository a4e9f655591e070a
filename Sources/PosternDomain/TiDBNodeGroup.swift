/// A group of TiDB nodes in a Dedicated cluster: what a private link service fronts.
public struct TiDBNodeGroup: Sendable, Equatable, Codable {
    public var id: String
    public var displayName: String
    public var nodeCount: Int
    public var nodeSpecKey: String
    public var isDefaultGroup: Bool

    public init(id: String, displayName: String, nodeCount: Int, nodeSpecKey: String, isDefaultGroup: Bool) {
        self.id = id
        self.displayName = displayName
        self.nodeCount = nodeCount
        self.nodeSpecKey = nodeSpecKey
        self.isDefaultGroup = isDefaultGroup
    }

    /// Node group ids: 10 decimal digits.
    public static func newID() -> String { String(UInt64.random(in: 1_000_000_000...9_999_999_999)) }

    public static func validate(nodeCount: Int) throws(APIError) {
        guard (1...32).contains(nodeCount) else {
            throw .invalidArgument("tidbNodeGroups[0].nodeCount \(nodeCount) is out of range: a TiDB node group has 1 to 32 nodes.")
        }
    }
}
