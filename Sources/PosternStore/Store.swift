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

    func events(resource: String) async throws -> [Event]
}
