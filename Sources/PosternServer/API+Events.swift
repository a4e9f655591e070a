import PosternDomain
import PosternStore

/// Every resource's history: each state change, who made it (an API key or `system`), when and why.
extension API {
    func listPrivateLinkConnectionEvents(_ input: Operations.ListPrivateLinkConnectionEvents.Input) async throws
        -> Operations.ListPrivateLinkConnectionEvents.Output
    {
        let cluster = try await historyOwner(input.path.clusterId)
        let name = "clusters/\(cluster)/privateLinkConnections/\(input.path.privateLinkConnectionId)"
        return .ok(.init(body: .json(try await events(under: name, missing: "Private link connection \(input.path.privateLinkConnectionId)"))))
    }

    func listPrivateLinkServiceEvents(_ input: Operations.ListPrivateLinkServiceEvents.Input) async throws
        -> Operations.ListPrivateLinkServiceEvents.Output
    {
        let (cluster, group) = try await ownNodeGroup(input.path.clusterId, input.path.tidbNodeGroupId)
        let name = "clusters/\(cluster.id)/tidbNodeGroups/\(group.id)/privateLinkService"
        return .ok(.init(body: .json(try await events(under: name, missing: "The private link service of node group \(group.id)"))))
    }

    func listPrivateEndpointConnectionEvents(_ input: Operations.ListPrivateEndpointConnectionEvents.Input) async throws
        -> Operations.ListPrivateEndpointConnectionEvents.Output
    {
        var group = input.path.tidbNodeGroupId
        if try await store.get(Cluster.self, id: input.path.clusterId) != nil {
            group = try await ownNodeGroup(input.path.clusterId, input.path.tidbNodeGroupId).1.id
        } else {
            _ = try await historyOwner(input.path.clusterId)
        }
        let name = "tidbNodeGroups/\(group)/privateEndpointConnections/\(input.path.privateEndpointConnectionId)"
        return .ok(.init(body: .json(try await events(under: name, missing: "Private endpoint connection \(input.path.privateEndpointConnectionId)"))))
    }

    func listTidbPrivateEndpointConnectionEvents(_ input: Operations.ListTidbPrivateEndpointConnectionEvents.Input) async throws
        -> Operations.ListTidbPrivateEndpointConnectionEvents.Output
    {
        let (_, connection) = try await ownTidbConnection(input.path.tidbId, input.path.privateEndpointConnectionId)
        return .ok(.init(body: .json(try await events(under: connection.name, missing: "Private endpoint connection \(connection.id)"))))
    }

    /// The id of a cluster whose history the caller may read: their project's, or, once it is
    /// deleted (its history outlives it), one they acted on.
    func historyOwner(_ clusterID: String) async throws -> String {
        if try await store.get(Cluster.self, id: clusterID) != nil { return try await ownCluster(clusterID).id }
        let caller = try Principal.require()
        guard try await store.events(of: "clusters/\(clusterID)", descendants: false).contains(where: { $0.actor == caller.publicKey }) else {
            throw Self.clusterNotFound(clusterID)
        }
        return clusterID
    }

    /// The events under `name`, which outlive the resource; none at all means it never was.
    private func events(under name: String, missing: String) async throws -> Components.Schemas.ListEventsResponse {
        let events = try await store.events(of: name, descendants: true)
        guard !events.isEmpty else { throw APIError.notFound("\(missing) not found, and has no history.") }
        return .init(events: events.map { .init(resource: $0.resource, state: $0.state, actor: $0.actor, time: $0.time, reason: $0.reason) })
    }
}
