import Foundation

/// A TiDB cluster: the thing private endpoints lead into and private link connections lead
/// out of.
public struct Cluster: Sendable, Equatable, Codable {
    public var id: String
    public var projectID: String
    public var displayName: String
    public var regionID: String
    public var tier: ClusterTier
    public var state: ClusterState
    public var createdBy: String
    public var createTime: Date
    public var updateTime: Date
    public var labels: [String: String]
    /// When a reconciler should look at the cluster next; nil once it is settled.
    public var nextCheckAt: Date?

    public init(
        id: String, projectID: String, displayName: String, regionID: String, tier: ClusterTier, state: ClusterState,
        createdBy: String, createTime: Date, labels: [String: String] = [:]
    ) {
        self.id = id
        self.projectID = projectID
        self.displayName = displayName
        self.regionID = regionID
        self.tier = tier
        self.state = state
        self.createdBy = createdBy
        self.createTime = createTime
        self.updateTime = createTime
        self.labels = labels
        self.nextCheckAt = createTime
    }

    public var name: String { "clusters/\(id)" }

    public var region: CloudRegion? { CloudRegion.all.first { $0.regionID == regionID } }

    /// TiDB Cloud's cluster ids: 19 decimal digits.
    public static func newID() -> String {
        String(UInt64.random(in: 1_000_000_000_000_000_000...9_999_999_999_999_999_999))
    }

    /// 4 to 64 letters, digits, hyphens and underscores.
    public static func validate(displayName: String) throws(APIError) {
        let valid = (4...64).contains(displayName.count)
            && displayName.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
        guard valid else {
            throw .invalidArgument(
                "displayName '\(displayName)' is invalid: use 4 to 64 letters, digits, hyphens and underscores.")
        }
    }
}

public enum ClusterState: String, Sendable, Codable, CaseIterable {
    case creating = "CREATING"
    case active = "ACTIVE"
    case deleting = "DELETING"
    case deleted = "DELETED"
}

public enum ClusterTier: String, Sendable, Codable, CaseIterable {
    case starter = "STARTER"
    case essential = "ESSENTIAL"
    case dedicated = "DEDICATED"
    case premium = "PREMIUM"
}
