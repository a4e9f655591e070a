import Foundation

/// The endpoint service in front of one TiDB node group of a Dedicated cluster (a network
/// load balancer over the group's TiDB nodes on the cluster's port), which customers' private
/// endpoints connect to. Made with its cluster; deleted with it.
public struct PrivateLinkService: Resource {
    public static let kind = "privateLinkService"
    public static let ownerKind: String? = Cluster.kind
    public static let deleting = PrivateLinkServiceState.deleting

    /// The node group's id: one service per node group.
    public var nodeGroupID: String
    public var clusterID: String
    public var projectID: String
    /// The cloud the service is in.
    public var provider: Cloud
    public var region: String
    public var port: Int
    public var state: PrivateLinkServiceState
    /// The private DNS name every endpoint with private DNS resolves to the cluster:
    /// `privatelink-<digits>.<hash>.clusters.tidb-cloud.com`.
    public var dnsName: String
    public var serviceID: String?
    public var serviceName: String?
    public var zoneIDs: [String]
    public var message: String?
    public var createTime: Date
    public var updateTime: Date?
    public var nextCheckAt: Date?

    public init(nodeGroupID: String, cluster: Cluster, createTime: Date) {
        self.nodeGroupID = nodeGroupID
        self.clusterID = cluster.id
        self.projectID = cluster.projectID
        self.provider = cluster.region?.provider ?? .aws
        self.region = cluster.region?.code ?? ""
        self.port = cluster.port
        self.state = .creating
        self.dnsName = "privatelink-\(nodeGroupID).\(Self.hash()).clusters.tidb-cloud.com"
        self.zoneIDs = []
        self.createTime = createTime
        self.nextCheckAt = createTime
    }

    public var name: String { "clusters/\(clusterID)/tidbNodeGroups/\(nodeGroupID)/privateLinkService" }
    public var id: String { nodeGroupID }
    public var ownerID: String? { clusterID }
    public var indexes: [String: String] { [ownerIndex: clusterID] }

    private enum CodingKeys: String, CodingKey {
        case nodeGroupID, clusterID, projectID, provider, region, port, state, dnsName, serviceID, serviceName, zoneIDs, message, createTime,
            updateTime, nextCheckAt
    }

    public init(from decoder: any Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        nodeGroupID = try values.decode(String.self, forKey: .nodeGroupID)
        clusterID = try values.decode(String.self, forKey: .clusterID)
        projectID = try values.decode(String.self, forKey: .projectID)
        provider = try values.decodeIfPresent(Cloud.self, forKey: .provider) ?? .aws
        region = try values.decode(String.self, forKey: .region)
        port = try values.decode(Int.self, forKey: .port)
        state = try values.decode(PrivateLinkServiceState.self, forKey: .state)
        dnsName = try values.decode(String.self, forKey: .dnsName)
        serviceID = try values.decodeIfPresent(String.self, forKey: .serviceID)
        serviceName = try values.decodeIfPresent(String.self, forKey: .serviceName)
        zoneIDs = try values.decode([String].self, forKey: .zoneIDs)
        message = try values.decodeIfPresent(String.self, forKey: .message)
        createTime = try values.decode(Date.self, forKey: .createTime)
        updateTime = try values.decodeIfPresent(Date.self, forKey: .updateTime)
        nextCheckAt = try values.decodeIfPresent(Date.self, forKey: .nextCheckAt)
    }

    private static func hash() -> String { String((0..<12).map { _ in "abcdefghijklmnopqrstuvwxyz0123456789".randomElement()! }) }
}

public enum PrivateLinkServiceState: String, Sendable, Codable, CaseIterable {
    case creating = "CREATING"
    case active = "ACTIVE"
    case deleting = "DELETING"
}
