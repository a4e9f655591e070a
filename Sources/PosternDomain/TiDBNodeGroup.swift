/// A group of TiDB nodes in a Dedicated cluster: what a private link service fronts.
public struct TiDBNodeGroup: Sendable, Equatable, Codable {
    public var id: String
    public var displayName: String
    public var nodeCount: Int
    public var nodeSpecKey: String
    public var isDefaultGroup: Bool
    /// `host:port` of a server that stands for the group's TiDB nodes (a Postern addition).
    public var backend: String?

    public init(id: String, displayName: String, nodeCount: Int, nodeSpecKey: String, isDefaultGroup: Bool) {
        self.id = id
        self.displayName = displayName
        self.nodeCount = nodeCount
        self.nodeSpecKey = nodeSpecKey
        self.isDefaultGroup = isDefaultGroup
    }

    /// Node group ids: 10 decimal digits.
    public static func newID() -> String { String(UInt64.random(in: 1_000_000_000...9_999_999_999)) }

    /// Checks a backend: an IPv4 address and a port, such as `127.0.0.1:3306`.
    public static func validate(backend: String) throws(APIError) {
        let parts = backend.split(separator: ":", omittingEmptySubsequences: false)
        let octets = parts.first?.split(separator: ".", omittingEmptySubsequences: false) ?? []
        guard parts.count == 2, octets.count == 4, octets.allSatisfy({ UInt8($0) != nil }), let port = Int(parts[1]),
            (1...65535).contains(port)
        else {
            throw .invalidArgument(
                "backend '\(backend)' is not an IPv4 address and port: use host:port, e.g. 127.0.0.1:3306 for a MySQL-protocol server on this machine.")
        }
    }

    public static func validate(nodeCount: Int) throws(APIError) {
        guard (1...32).contains(nodeCount) else {
            throw .invalidArgument("tidbNodeGroups[0].nodeCount \(nodeCount) is out of range: a TiDB node group has 1 to 32 nodes.")
        }
    }
}
