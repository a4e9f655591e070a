import Foundation
import PosternDomain
import PosternStore

/// Dedicated clusters under `/dedicated/v1beta1`, as dedicated.tidbapi.com serves them: each
/// with one TiDB node group, which gets a private link service.
extension API {
    func listDedicatedRegions(_ input: Operations.ListDedicatedRegions.Input) async throws -> Operations.ListDedicatedRegions.Output {
        let regions = CloudRegion.all.filter { $0.provider == .aws }
        return .ok(.init(body: .json(.init(regions: regions.map(Self.region), totalSize: Int32(regions.count)))))
    }

    func createDedicatedCluster(_ input: Operations.CreateDedicatedCluster.Input) async throws -> Operations.CreateDedicatedCluster.Output {
        let caller = try Principal.require()
        guard case .json(let body) = input.body else { throw APIError.invalidArgument("The body must be JSON.") }
        try Cluster.validate(displayName: body.displayName)
        try await checkProjectTakesClusters(caller.projectID)
        let region = try Self.dedicatedRegion(body.regionId)
        let groups = body.tidbNodeSetting.tidbNodeGroups
        guard groups.count == 1, let group = groups.first else {
            throw APIError.invalidArgument(
                "tidbNodeSetting.tidbNodeGroups must hold exactly one node group when a cluster is created; it holds \(groups.count).")
        }
        try TiDBNodeGroup.validate(nodeCount: Int(group.nodeCount))
        if let backend = group.backend { try TiDBNodeGroup.validate(backend: backend) }
        let port = Int(body.port ?? 4000)
        guard (1024...65535).contains(port) else {
            throw APIError.invalidArgument("port \(port) is out of range: use 1024 to 65535 (TiDB's default is 4000).")
        }
        let now = Date()
        var cluster = Cluster(
            id: Cluster.newID(), projectID: caller.projectID, displayName: body.displayName, regionID: region.regionID, tier: .dedicated,
            state: .creating, createdBy: caller.publicKey, createTime: now, labels: body.labels?.additionalProperties ?? [:])
        cluster.port = port
        cluster.nodeGroups = [TiDBNodeGroup(
            id: TiDBNodeGroup.newID(), displayName: group.displayName ?? "DefaultGroup", nodeCount: Int(group.nodeCount),
            nodeSpecKey: group.nodeSpecKey ?? body.tidbNodeSetting.nodeSpecKey ?? "8C16G", isDefaultGroup: true)]
        cluster.nodeGroups[0].backend = group.backend
        try await store.insert(
            cluster, event: Event(resource: cluster.name, state: cluster.state.rawValue, actor: caller.publicKey, time: now,
                                  reason: "Created in \(region.name) with \(group.nodeCount) TiDB nodes."))
        return .ok(.init(body: .json(try await dedicatedCluster(cluster))))
    }

    func getDedicatedCluster(_ input: Operations.GetDedicatedCluster.Input) async throws -> Operations.GetDedicatedCluster.Output {
        .ok(.init(body: .json(try await dedicatedCluster(try await ownDedicatedCluster(input.path.clusterId)))))
    }

    func listDedicatedClusters(_ input: Operations.ListDedicatedClusters.Input) async throws -> Operations.ListDedicatedClusters.Output {
        let caller = try Principal.require()
        let page = try PageRequest(pageSize: input.query.pageSize.map(Int.init).flatMap { $0 > 0 ? min($0, 100) : nil }, pageToken: input.query.pageToken)
        let (clusters, total) = try await store.page(
            Cluster.self, Selection([ownerIndex: [caller.projectID], "tier": [ClusterTier.dedicated.rawValue]]), page)
        var shown: [Components.Schemas.DedicatedCluster] = []
        for cluster in clusters { shown.append(try await dedicatedCluster(cluster)) }
        return .ok(.init(body: .json(.init(clusters: shown, totalSize: Int32(total), nextPageToken: page.nextToken(total: total)))))
    }

    func deleteDedicatedCluster(_ input: Operations.DeleteDedicatedCluster.Input) async throws -> Operations.DeleteDedicatedCluster.Output {
        let cluster = try await askDeletion(of: try await ownDedicatedCluster(input.path.clusterId))
        return .ok(.init(body: .json(try await dedicatedCluster(cluster))))
    }

    /// The caller's Dedicated cluster; another tier's is named as such.
    func ownDedicatedCluster(_ id: String) async throws -> Cluster {
        let cluster = try await ownCluster(id)
        guard cluster.tier == .dedicated else {
            throw APIError.notFound("Cluster \(id) is a \(cluster.tier.rawValue) cluster, not a Dedicated one: GET /v1beta1/clusters/\(id) shows it.")
        }
        return cluster
    }

    /// Dedicated clusters run on AWS: the seeds' reasons for every other cloud.
    static func dedicatedRegion(_ regionID: String) throws -> CloudRegion {
        let id = regionID.hasPrefix("regions/") ? String(regionID.dropFirst("regions/".count)) : regionID
        let aws = CloudRegion.all.filter { $0.provider == .aws }.map(\.regionID).joined(separator: ", ")
        if id.hasPrefix("gcp-") || id.hasPrefix("azure-") {
            throw APIError.invalidArgument(
                "Postern serves private endpoints only when the endpoint service is hosted in AWS; '\(regionID)' is not. Use one of \(aws).")
        }
        if id.hasPrefix("alicloud-") {
            throw APIError.invalidArgument(
                "Alibaba Cloud hosts Premium instances, not Dedicated clusters; use one of \(aws).")
        }
        return try CloudRegion.parse(id)
    }

    func listTidbNodeGroups(_ input: Operations.ListTidbNodeGroups.Input) async throws -> Operations.ListTidbNodeGroups.Output {
        let cluster = try await ownDedicatedCluster(input.path.clusterId)
        let size = input.query.pageSize.map(Int.init).flatMap { $0 > 0 ? min($0, 100) : nil }
        let page = try PageRequest(pageSize: size, pageToken: input.query.pageToken).skipping(Int(input.query.skip ?? 0))
        var shown: [Components.Schemas.TidbNodeGroup] = []
        for group in cluster.nodeGroups.dropFirst(page.offset).prefix(page.size) { shown.append(try await tidbNodeGroup(group, of: cluster)) }
        return .ok(.init(body: .json(.init(
            tidbNodeGroups: shown, totalSize: Int32(cluster.nodeGroups.count), nextPageToken: page.nextToken(total: cluster.nodeGroups.count)))))
    }

    func getTidbNodeGroup(_ input: Operations.GetTidbNodeGroup.Input) async throws -> Operations.GetTidbNodeGroup.Output {
        let cluster = try await ownDedicatedCluster(input.path.clusterId)
        guard let group = cluster.nodeGroups.first(where: { $0.id == input.path.tidbNodeGroupId }) else {
            throw Self.nodeGroupNotFound(input.path.tidbNodeGroupId, cluster.id)
        }
        return .ok(.init(body: .json(try await tidbNodeGroup(group, of: cluster))))
    }

    /// A node group as the API shows it: its private endpoint once its service is ACTIVE.
    func tidbNodeGroup(_ group: TiDBNodeGroup, of cluster: Cluster) async throws -> Components.Schemas.TidbNodeGroup {
        let service = try await store.get(PrivateLinkService.self, id: group.id)
        var endpoints: [Components.Schemas.TidbNodeGroupEndpoint] = []
        if let service, service.state == .active {
            endpoints.append(.init(host: service.dnsName, port: Int32(service.port), connectionType: .privateEndpoint))
        }
        return .init(
            name: "tidbNodeGroups/\(group.id)", tidbNodeGroupId: group.id, clusterId: cluster.id, displayName: group.displayName,
            nodeCount: Int32(group.nodeCount), nodeSpecKey: group.nodeSpecKey, backend: group.backend, isDefaultGroup: group.isDefaultGroup,
            state: .active, endpoints: endpoints)
    }

    func dedicatedCluster(_ cluster: Cluster) async throws -> Components.Schemas.DedicatedCluster {
        let region = cluster.region ?? CloudRegion.all[0]
        var groups: [Components.Schemas.TidbNodeGroup] = []
        for group in cluster.nodeGroups { groups.append(try await tidbNodeGroup(group, of: cluster)) }
        return .init(
            name: cluster.name, clusterId: cluster.id, displayName: cluster.displayName, regionId: region.regionID,
            labels: .init(additionalProperties: cluster.labels.merging(["tidb.cloud/project": cluster.projectID]) { own, _ in own }),
            tidbNodeSetting: .init(nodeSpecKey: cluster.nodeGroups.first?.nodeSpecKey, tidbNodeGroups: groups),
            port: Int32(cluster.port), state: .init(rawValue: cluster.state.rawValue), createdBy: cluster.createdBy,
            createTime: cluster.createTime, updateTime: cluster.updateTime, regionDisplayName: region.displayName,
            cloudProvider: region.provider.rawValue, tier: .dedicated)
    }
}
