import Foundation
import PosternDomain

/// Where the control plane keeps everything: API keys, resources, their events, and when a
/// reconciler should look at each again. SQLite by default; the protocol is what callers see,
/// so another database (PostgreSQL for several replicas) fits behind it.
public protocol Store: Sendable {
    func apiKey(publicKey: String) async throws -> APIKey?
    func apiKeyCount() async throws -> Int
    func insert(_ key: APIKey) async throws
    func remove(_ key: APIKey) async throws
    /// A project's keys, oldest first.
    func apiKeys(projectID: String) async throws -> [APIKey]

    /// Saves a project, unless one with its id exists.
    func insert(_ project: Project) async throws
    func project(id: String) async throws -> Project?
    /// Every project, oldest first.
    func projects() async throws -> [Project]

    /// Saves a new cluster and the event that made it, together.
    func insert(_ cluster: Cluster, event: Event) async throws
    /// Saves a cluster's new state, and its event if the state changed.
    func update(_ cluster: Cluster, event: Event?) async throws
    /// Removes a cluster for good, recording the event.
    func remove(_ cluster: Cluster, event: Event) async throws
    func cluster(id: String) async throws -> Cluster?
    /// A project's clusters of the given tiers, oldest first, one page, and how many there are in all.
    func clusters(projectID: String, tiers: [ClusterTier], page: PageRequest) async throws -> (clusters: [Cluster], total: Int)
    /// Clusters a reconciler should look at by `now`.
    func clustersDue(at now: Date, limit: Int) async throws -> [Cluster]

    func insert(_ connection: PrivateLinkConnection, event: Event) async throws
    /// Saves a connection if its stored state is still `expected` (any, when nil); returns
    /// whether it did, so a reconciler never writes over a deletion asked for meanwhile.
    @discardableResult
    func update(_ connection: PrivateLinkConnection, event: Event?, ifStateIs expected: PrivateLinkConnectionState?) async throws -> Bool
    func remove(_ connection: PrivateLinkConnection, event: Event) async throws
    func privateLinkConnection(id: String) async throws -> PrivateLinkConnection?
    /// A cluster's connections (in one state, if given), oldest first, one page, and the count.
    func privateLinkConnections(clusterID: String, state: PrivateLinkConnectionState?, page: PageRequest) async throws
        -> (connections: [PrivateLinkConnection], total: Int)
    func privateLinkConnectionsDue(at now: Date, limit: Int) async throws -> [PrivateLinkConnection]

    /// Saves new attached domains; throws `StoreConflict` if their type and unique name are
    /// attached already, to any connection.
    func insert(_ attachDomain: AttachDomain, event: Event) async throws
    @discardableResult
    func update(_ attachDomain: AttachDomain, event: Event?, ifStateIs expected: DomainState?) async throws -> Bool
    func remove(_ attachDomain: AttachDomain, event: Event) async throws
    func attachDomain(id: String) async throws -> AttachDomain?
    /// A connection's attached domains, oldest first.
    func attachDomains(connectionID: String) async throws -> [AttachDomain]
    func attachDomainsDue(at now: Date, limit: Int) async throws -> [AttachDomain]

    /// Saves a node group's private link service, unless it has one already.
    func insert(_ service: PrivateLinkService, event: Event) async throws
    @discardableResult
    func update(_ service: PrivateLinkService, event: Event?, ifStateIs expected: PrivateLinkServiceState?) async throws -> Bool
    func remove(_ service: PrivateLinkService, event: Event) async throws
    func privateLinkService(nodeGroupID: String) async throws -> PrivateLinkService?
    func privateLinkServices(clusterID: String) async throws -> [PrivateLinkService]
    func privateLinkServicesDue(at now: Date, limit: Int) async throws -> [PrivateLinkService]

    /// Saves a new endpoint connection; throws `StoreConflict` if the node group has one for
    /// that endpoint already.
    func insert(_ connection: PrivateEndpointConnection, event: Event) async throws
    @discardableResult
    func update(_ connection: PrivateEndpointConnection, event: Event?, ifStateIs expected: PrivateEndpointState?) async throws -> Bool
    func remove(_ connection: PrivateEndpointConnection, event: Event) async throws
    func privateEndpointConnection(id: String) async throws -> PrivateEndpointConnection?
    func privateEndpointConnection(nodeGroupID: String, endpointID: String) async throws -> PrivateEndpointConnection?
    /// A project's endpoint connections, in one cluster and node group when given, oldest
    /// first, one page, and the count.
    func privateEndpointConnections(projectID: String, clusterID: String?, nodeGroupID: String?, page: PageRequest) async throws
        -> (connections: [PrivateEndpointConnection], total: Int)
    func privateEndpointConnectionsDue(at now: Date, limit: Int) async throws -> [PrivateEndpointConnection]

    /// The platform network recorded for a region once the provider has made it.
    func platformNetwork(provider: Cloud, region: String) async throws -> PlatformNetwork?
    func save(_ network: PlatformNetwork) async throws

    func events(resource: String) async throws -> [Event]
    /// The events of a resource and of the resources under it (`<name>/…`), oldest first.
    func events(under resource: String) async throws -> [Event]
}

extension Store {
    public func update(_ connection: PrivateLinkConnection, event: Event?) async throws {
        try await update(connection, event: event, ifStateIs: nil)
    }

    public func update(_ attachDomain: AttachDomain, event: Event?) async throws {
        try await update(attachDomain, event: event, ifStateIs: nil)
    }
}

/// What was to be saved clashes with what is stored: `message` names what.
public struct StoreConflict: Error, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
}
