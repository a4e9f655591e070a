import Foundation

/// A TiDB cluster: the thing private endpoints lead into and private link connections lead
/// out of.
public struct Cluster: Resource {
    public static let kind = "cluster"
    public static let ownerKind: String? = Project.kind
    public static let deleting = ClusterState.deleting

    public var id: String
    public var projectID: String
    public var displayName: String
    public var regionID: String
    public var tier: ClusterTier
    public var state: ClusterState
    public var createdBy: String
    public var createTime: Date
    public var updateTime: Date?
    public var message: String?
    public var labels: [String: String]
    /// When a reconciler should look at the cluster next; nil once it is settled.
    public var nextCheckAt: Date?
    /// A Dedicated cluster's TiDB node groups; none for other tiers.
    public var nodeGroups: [TiDBNodeGroup] = []
    /// The SQL port (Dedicated: the request's, 4000 by default).
    public var port: Int = 4000

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
    public var ownerID: String? { projectID }
    public var indexes: [String: String] { [ownerIndex: projectID, "tier": tier.rawValue] }

    private enum CodingKeys: String, CodingKey {
        case id, projectID, displayName, regionID, tier, state, createdBy, createTime, updateTime, message, labels, nextCheckAt, nodeGroups, port
    }

    public init(from decoder: any Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        id = try values.decode(String.self, forKey: .id)
        projectID = try values.decode(String.self, forKey: .projectID)
        displayName = try values.decode(String.self, forKey: .displayName)
        regionID = try values.decode(String.self, forKey: .regionID)
        tier = try values.decode(ClusterTier.self, forKey: .tier)
        state = try values.decode(ClusterState.self, forKey: .state)
        createdBy = try values.decode(String.self, forKey: .createdBy)
        createTime = try values.decode(Date.self, forKey: .createTime)
        updateTime = try values.decodeIfPresent(Date.self, forKey: .updateTime)
        message = try values.decodeIfPresent(String.self, forKey: .message)
        labels = try values.decode([String: String].self, forKey: .labels)
        nextCheckAt = try values.decodeIfPresent(Date.self, forKey: .nextCheckAt)
        nodeGroups = try values.decodeIfPresent([TiDBNodeGroup].self, forKey: .nodeGroups) ?? []
        port = try values.decodeIfPresent(Int.self, forKey: .port) ?? 4000
    }

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
