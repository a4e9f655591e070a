import Foundation
import PosternControl
import PosternDomain
import PosternStore

/// Essential private link connections: create, list, get, delete and zones.
extension API {
    func createPrivateLinkConnection(_ input: Operations.CreatePrivateLinkConnection.Input) async throws
        -> Operations.CreatePrivateLinkConnection.Output
    {
        let caller = try Principal.require()
        let cluster = try await ownCluster(input.path.clusterId)
        guard case .json(let body) = input.body else { throw APIError.invalidArgument("The body must be JSON.") }
        let request = body.privateLinkConnection
        guard request.clusterId.isEmpty || request.clusterId == cluster.id else {
            throw APIError.invalidArgument("privateLinkConnection.clusterId \(request.clusterId) differs from the path's cluster \(cluster.id).")
        }
        let type = PrivateLinkConnectionType(rawValue: request._type.rawValue) ?? .awsEndpointService
        let serviceName = type == .awsEndpointService ? request.awsEndpointService?.name : request.alicloudEndpointService?.name
        let serviceRegion = try PrivateLinkConnection.validate(
            displayName: request.displayName, type: type, serviceName: serviceName, serviceRegion: request.awsEndpointService?.region,
            cluster: cluster)
        let now = Date()
        let connection = PrivateLinkConnection(
            id: PrivateLinkConnection.newID(), clusterID: cluster.id, projectID: cluster.projectID, displayName: request.displayName,
            type: type, createdBy: caller.publicKey, createTime: now, serviceName: serviceName ?? "", serviceRegion: serviceRegion,
            region: cluster.region?.code ?? "")
        try await store.insert(
            connection, event: Event(resource: connection.name, state: connection.state.rawValue, actor: caller.publicKey, time: now,
                                     reason: "Connect to \(connection.serviceName)."))
        return .ok(.init(body: .json(Self.connection(connection))))
    }

    func listPrivateLinkConnections(_ input: Operations.ListPrivateLinkConnections.Input) async throws
        -> Operations.ListPrivateLinkConnections.Output
    {
        let cluster = try await ownCluster(input.path.clusterId)
        let page = try PageRequest(pageSize: input.query.pageSize.map(Int.init), pageToken: input.query.pageToken)
        let state = input.query.state.flatMap { PrivateLinkConnectionState(rawValue: $0.rawValue) }
        var selection = Selection.owned(by: cluster.id)
        if let state { selection = selection.and("state", in: [state.rawValue]) }
        let (connections, total) = try await store.page(PrivateLinkConnection.self, selection, page)
        // One query for the whole page's domains, not one a connection.
        let domains = connections.isEmpty ? [:]
            : Dictionary(grouping: try await store.all(AttachDomain.self, Selection([ownerIndex: connections.map(\.id)])), by: \.connectionID)
        let shown = connections.map { connection in
            var item = Self.connection(connection)
            item.attachedDomains = (domains[connection.id] ?? []).map { Self.attachDomain($0) }
            return item
        }
        return .ok(.init(body: .json(.init(
            privateLinkConnections: shown, nextPageToken: page.nextToken(total: total), totalSize: Int64(total)))))
    }

    func getPrivateLinkConnection(_ input: Operations.GetPrivateLinkConnection.Input) async throws
        -> Operations.GetPrivateLinkConnection.Output
    {
        let connection = try await ownConnection(input.path.clusterId, input.path.privateLinkConnectionId)
        var shown = Self.connection(connection)
        shown.attachedDomains = try await store.all(AttachDomain.self, .owned(by: connection.id)).map { Self.attachDomain($0) }
        return .ok(.init(body: .json(shown)))
    }

    func deletePrivateLinkConnection(_ input: Operations.DeletePrivateLinkConnection.Input) async throws
        -> Operations.DeletePrivateLinkConnection.Output
    {
        let connection = try await askDeletion(of: try await ownConnection(input.path.clusterId, input.path.privateLinkConnectionId))
        return .ok(.init(body: .json(Self.connection(connection))))
    }

    func getAvailabilityZones(_ input: Operations.GetAvailabilityZones.Input) async throws -> Operations.GetAvailabilityZones.Output {
        let cluster = try await ownCluster(input.path.clusterId)
        guard let region = cluster.region else { throw APIError.internalError("Cluster \(cluster.id) has an unknown region.") }
        let network: PlatformNetwork
        if let known = try await store.get(PlatformNetwork.self, id: PlatformNetwork.id(provider: region.provider, region: region.code)) {
            network = known
        } else {
            // Known from the region alone: asked of the cloud now rather than after the cluster is ACTIVE.
            guard let provider = try? providers.endpoints(for: region.provider) else {
                throw APIError.unimplemented("This server has no \(region.provider.displayName) provider, so it has no platform network in \(region.name).")
            }
            do {
                network = try await provider.platformNetwork(region: region.code)
            } catch {
                throw APIError.unavailable("The platform network of \(region.name) cannot be read now: \(error). Try again shortly.")
            }
            try await store.save(network, event: nil)
        }
        return .ok(.init(body: .json(.init(accountId: network.accountID, azIds: network.zoneIDs))))
    }

    func ownConnection(_ clusterID: String, _ id: String) async throws -> PrivateLinkConnection {
        let cluster = try await ownCluster(clusterID)
        guard let connection = try await store.get(PrivateLinkConnection.self, id: id), connection.clusterID == cluster.id else {
            throw APIError.notFound(
                "Private link connection \(id) not found in cluster \(cluster.id): GET /v1beta1/clusters/\(cluster.id)/privateLinkConnections lists them.")
        }
        return connection
    }

    static func connection(_ connection: PrivateLinkConnection) -> Components.Schemas.PrivateLinkConnection {
        let service = Components.Schemas.AwsEndpointService(
            name: connection.serviceName, region: connection.serviceRegion, endpointId: connection.endpointID,
            availabilityZoneIds: connection.availabilityZoneIDs)
        return .init(
            privateLinkConnectionId: connection.id, clusterId: connection.clusterID, displayName: connection.displayName,
            state: Components.Schemas.PrivateLinkConnectionState(rawValue: connection.state.rawValue), message: connection.message,
            createdBy: connection.createdBy, createTime: connection.createTime, updateTime: connection.updateTime,
            _type: Components.Schemas.PrivateLinkConnectionType(rawValue: connection.type.rawValue) ?? .awsEndpointService,
            awsEndpointService: connection.type == .awsEndpointService ? service : nil,
            alicloudEndpointService: connection.type == .alicloudEndpointService
                ? .init(name: connection.serviceName, endpointId: connection.endpointID, availabilityZoneIds: connection.availabilityZoneIDs) : nil)
    }
}
