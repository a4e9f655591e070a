import Foundation
import PosternDomain
import PosternStore

/// Dedicated private endpoints: a node group's private link service, and the customers'
/// endpoints registered with it.
extension API {
    func getPrivateLinkService(_ input: Operations.GetPrivateLinkService.Input) async throws -> Operations.GetPrivateLinkService.Output {
        let (cluster, group) = try await ownNodeGroup(input.path.clusterId, input.path.tidbNodeGroupId)
        guard let service = try await store.get(PrivateLinkService.self, id: group.id) else {
            throw APIError.notFound(
                "Node group \(group.id) has no private link service yet: cluster \(cluster.id) is \(cluster.state.rawValue); it gets one shortly after it is created.")
        }
        return .ok(.init(body: .json(Self.privateLinkService(service, cluster: cluster))))
    }

    func createPrivateEndpointConnection(_ input: Operations.CreatePrivateEndpointConnection.Input) async throws
        -> Operations.CreatePrivateEndpointConnection.Output
    {
        guard case .json(let body) = input.body else { throw APIError.invalidArgument("The body must be JSON.") }
        let cluster = try await ownCluster(input.path.clusterId)
        try Self.checkPrivateEndpointsAllowed(on: cluster)
        let (_, group) = try await ownNodeGroup(input.path.clusterId, input.path.tidbNodeGroupId)
        if let named = body.tidbNodeGroupId, !named.isEmpty, named != group.id {
            throw APIError.invalidArgument("tidbNodeGroupId \(named) differs from the path's node group \(group.id).")
        }
        try PrivateEndpointConnection.validate(endpointID: body.endpointId)
        guard let service = try await store.get(PrivateLinkService.self, id: group.id), service.state == .active else {
            throw APIError.failedPrecondition(
                "The private link service of node group \(group.id) is not ACTIVE yet; create your endpoint and register it once GET /dedicated/v1beta1/clusters/\(cluster.id)/tidbNodeGroups/\(group.id)/privateLinkService shows ACTIVE.")
        }
        let connection = try await register(endpointID: body.endpointId, with: service, failed: .retry)
        return .ok(.init(body: .json(try await privateEndpointConnection(connection))))
    }

    func listPrivateEndpointConnections(_ input: Operations.ListPrivateEndpointConnections.Input) async throws
        -> Operations.ListPrivateEndpointConnections.Output
    {
        let caller = try Principal.require()
        if let project = input.query.projectId, !project.isEmpty, project != caller.projectID {
            throw APIError.notFound("Project \(project) not found.")
        }
        let clusterID = input.path.clusterId == "-" ? nil : input.path.clusterId
        let groupID = input.path.tidbNodeGroupId == "-" ? nil : input.path.tidbNodeGroupId
        if let clusterID {
            let cluster = try await ownDedicatedCluster(clusterID)
            if let groupID, !cluster.nodeGroups.contains(where: { $0.id == groupID }) { throw Self.nodeGroupNotFound(groupID, cluster.id) }
        }
        let size = input.query.pageSize.map(Int.init).flatMap { $0 > 0 ? min($0, 100) : nil }
        let page = try PageRequest(pageSize: size, pageToken: input.query.pageToken).skipping(Int(input.query.skip ?? 0))
        if let provider = input.query.cloudProvider, !provider.isEmpty, provider != "aws" {
            return .ok(.init(body: .json(.init(privateEndpointConnections: [], totalSize: 0))))
        }
        var selection: Selection = ["project": caller.projectID]
        if let clusterID { selection = selection.and("cluster", in: [clusterID]) }
        if let groupID { selection = selection.and(ownerIndex, in: [groupID]) }
        let (connections, total) = try await store.page(PrivateEndpointConnection.self, selection, page)
        var shown: [Components.Schemas.PrivateEndpointConnection] = []
        for connection in connections { shown.append(try await privateEndpointConnection(connection)) }
        return .ok(.init(body: .json(.init(
            privateEndpointConnections: shown, totalSize: Int32(total), nextPageToken: page.nextToken(total: total)))))
    }

    func getPrivateEndpointConnection(_ input: Operations.GetPrivateEndpointConnection.Input) async throws
        -> Operations.GetPrivateEndpointConnection.Output
    {
        let connection = try await ownEndpointConnection(input.path.clusterId, input.path.tidbNodeGroupId, input.path.privateEndpointConnectionId)
        return .ok(.init(body: .json(try await privateEndpointConnection(connection))))
    }

    func deletePrivateEndpointConnection(_ input: Operations.DeletePrivateEndpointConnection.Input) async throws
        -> Operations.DeletePrivateEndpointConnection.Output
    {
        try await askDeletion(
            of: try await ownEndpointConnection(input.path.clusterId, input.path.tidbNodeGroupId, input.path.privateEndpointConnectionId))
        return .ok(.init(body: .json(.init())))
    }

    /// Private endpoints lead into Dedicated clusters on AWS; the seeds' reasons for the rest.
    static func checkPrivateEndpointsAllowed(on cluster: Cluster) throws {
        switch cluster.tier {
        case .dedicated:
            break
        case .starter, .essential:
            throw APIError.failedPrecondition(
                "Private endpoint connections are provided only for TiDB Cloud Dedicated clusters; cluster \(cluster.id) is \(cluster.tier.rawValue). Starter and Essential clusters have their own endpoint service (the cluster's endpoints.private).")
        case .premium:
            throw APIError.failedPrecondition("Cluster \(cluster.id) is a Premium instance; Postern does not serve Premium private endpoints yet.")
        }
        guard cluster.state == .active else {
            throw APIError.failedPrecondition("Cluster \(cluster.id) is \(cluster.state.rawValue); register endpoints once it is ACTIVE.")
        }
    }

    func ownNodeGroup(_ clusterID: String, _ groupID: String) async throws -> (Cluster, TiDBNodeGroup) {
        let cluster = try await ownCluster(clusterID)
        guard let group = cluster.nodeGroups.first(where: { $0.id == groupID }) else {
            if cluster.tier != .dedicated { try Self.checkPrivateEndpointsAllowed(on: cluster) }
            throw Self.nodeGroupNotFound(groupID, cluster.id)
        }
        return (cluster, group)
    }

    static func nodeGroupNotFound(_ groupID: String, _ clusterID: String) -> APIError {
        .notFound("TiDB node group \(groupID) not found in cluster \(clusterID): GET /dedicated/v1beta1/clusters/\(clusterID) lists its node groups.")
    }

    func ownEndpointConnection(_ clusterID: String, _ groupID: String, _ id: String) async throws -> PrivateEndpointConnection {
        let (cluster, group) = try await ownNodeGroup(clusterID, groupID)
        guard let connection = try await store.get(PrivateEndpointConnection.self, id: id), connection.nodeGroupID == group.id else {
            throw APIError.notFound(
                "Private endpoint connection \(id) not found in node group \(group.id) of cluster \(cluster.id): GET …/tidbNodeGroups/\(group.id)/privateEndpointConnections lists them.")
        }
        return connection
    }

    static func privateLinkService(_ service: PrivateLinkService, cluster: Cluster) -> Components.Schemas.PrivateLinkService {
        let region = cluster.region ?? CloudRegion.all[0]
        return .init(
            name: "tidbNodeGroups/\(service.nodeGroupID)/privateLinkService", tidbNodeGroupId: service.nodeGroupID,
            serviceName: service.serviceName ?? "", serviceDnsName: service.dnsName, availableZones: service.zoneIDs,
            state: .init(rawValue: service.state.rawValue), regionId: region.regionID, regionDisplayName: region.displayName,
            cloudProvider: region.provider.rawValue)
    }

    func privateEndpointConnection(_ connection: PrivateEndpointConnection) async throws -> Components.Schemas.PrivateEndpointConnection {
        let cluster = try await store.get(Cluster.self, id: connection.clusterID)
        let service = try await store.get(PrivateLinkService.self, id: connection.nodeGroupID)
        let region = cluster?.region ?? CloudRegion.all[0]
        let state = Components.Schemas.PrivateEndpointState(rawValue: connection.state.rawValue)
        let serviceState = service.flatMap { Components.Schemas.PrivateLinkServiceState(rawValue: $0.state.rawValue) }
        let groupName = cluster?.nodeGroups.first { $0.id == connection.nodeGroupID }?.displayName
        let host: String = connection.state == .active ? service?.dnsName ?? "" : ""
        let port = Int32(service?.port ?? cluster?.port ?? 4000)
        let labels = Components.Schemas.PrivateEndpointConnection.LabelsPayload(additionalProperties: ["tidb.cloud/project": connection.projectID])
        var shown = Components.Schemas.PrivateEndpointConnection(endpointId: connection.endpointID)
        shown.name = connection.name
        shown.tidbNodeGroupId = connection.nodeGroupID
        shown.privateEndpointConnectionId = connection.id
        shown.clusterId = connection.clusterID
        shown.clusterDisplayName = cluster?.displayName
        shown.labels = labels
        shown.endpointState = state
        shown.message = connection.message ?? ""
        shown.regionId = region.regionID
        shown.regionDisplayName = region.displayName
        shown.cloudProvider = region.provider.rawValue
        shown.privateLinkServiceName = service?.serviceName
        shown.createTime = connection.createTime
        shown.privateLinkServiceState = serviceState
        shown.tidbNodeGroupDisplayName = groupName
        shown.host = host
        shown.port = port
        return shown
    }
}
