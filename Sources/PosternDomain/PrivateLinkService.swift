import Foundation

/// The endpoint service in front of one TiDB node group of a Dedicated cluster (a network
/// load balancer over the group's TiDB nodes on the cluster's port), which customers' private
/// endpoints connect to. Made with its cluster; deleted with it.
public struct PrivateLinkService: Sendable, Equatable, Codable {
    /// The node group's id: one service per node group.
    public var nodeGroupID: String
    public var clusterID: String
    public var projectID: String
    public var region: String
    public var port: Int
    public var state: PrivateLinkServiceState
    /// The private DNS name every endpoint with private DNS resolves to the cluster:
    /// `privatelink-<digits>.<hash>.clusters.tidb-cloud.com`.
    public var dnsName: String
    public var serviceID: String?
    public var serviceName: String?
    public var zoneIDs: [String]
    public var createTime: Date
    public var nextCheckAt: Date?

    public init(nodeGroupID: String, cluster: Cluster, createTime: Date) {
        self.nodeGroupID = nodeGroupID
        self.clusterID = cluster.id
        self.projectID = cluster.projectID
        self.region = cluster.region?.code ?? ""
        self.port = cluster.port
        self.state = .creating
        self.dnsName = "privatelink-\(nodeGroupID).\(Self.hash()).clusters.tidb-cloud.com"
        self.zoneIDs = []
        self.createTime = createTime
        self.nextCheckAt = createTime
    }

    public var name: String { "clusters/\(clusterID)/tidbNodeGroups/\(nodeGroupID)/privateLinkService" }

    private static func hash() -> String { String((0..<12).map { _ in "abcdefghijklmnopqrstuvwxyz0123456789".randomElement()! }) }
}

public enum PrivateLinkServiceState: String, Sendable, Codable, CaseIterable {
    case creating = "CREATING"
    case active = "ACTIVE"
    case deleting = "DELETING"
}
