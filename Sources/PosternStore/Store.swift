import Foundation
import PosternDomain

/// Where the control plane keeps everything: API keys, resources, their events, and when a
/// reconciler should look at each again. SQLite by default; the protocol is what callers see,
/// so another database (PostgreSQL for several replicas) fits behind it.
public protocol Store: Sendable {
    func apiKey(publicKey: String) async throws -> APIKey?
    func apiKeyCount() async throws -> Int
    func insert(_ key: APIKey) async throws

    /// Saves a new cluster and the event that made it, together.
    func insert(_ cluster: Cluster, event: Event) async throws
    /// Saves a cluster's new state, and its event if the state changed.
    func update(_ cluster: Cluster, event: Event?) async throws
    /// Removes a cluster for good, recording the event.
    func remove(_ cluster: Cluster, event: Event) async throws
    func cluster(id: String) async throws -> Cluster?
    /// A project's clusters, oldest first, one page, and how many there are in all.
    func clusters(projectID: String, page: PageRequest) async throws -> (clusters: [Cluster], total: Int)
    /// Clusters a reconciler should look at by `now`.
    func clustersDue(at now: Date, limit: Int) async throws -> [Cluster]

    func insert(_ connection: PrivateLinkConnection, event: Event) async throws
    func update(_ connection: PrivateLinkConnection, event: Event?) async throws
    func remove(_ connection: PrivateLinkConnection, event: Event) async throws
    func privateLinkConnection(id: String) async throws -> PrivateLinkConnection?
    /// A cluster's connections (in one state, if given), oldest first, one page, and the count.
    func privateLinkConnections(clusterID: String, state: PrivateLinkConnectionState?, page: PageRequest) async throws
        -> (connections: [PrivateLinkConnection], total: Int)
    func privateLinkConnectionsDue(at now: Date, limit: Int) async throws -> [PrivateLinkConnection]

    /// The platform network recorded for a region once the provider has made it.
    func platformNetwork(provider: Cloud, region: String) async throws -> PlatformNetwork?
    func save(_ network: PlatformNetwork) async throws

    func events(resource: String) async throws -> [Event]
}
