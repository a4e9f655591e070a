import Foundation
import PosternControl
import PosternDomain
import PosternStore

/// The API's handlers: each checks its input, records what the caller asked for, and answers
/// at once; reconcilers do the rest.
struct API: APIProtocol {
    let store: any Store
    var providers: CloudProviders = .none
    /// How long a replica's leases last: one silent for longer is LOST.
    var lease: TimeInterval = 15

    func listRegions(_ input: Operations.ListRegions.Input) async throws -> Operations.ListRegions.Output {
        let provider = input.query.cloudProvider
        let regions = CloudRegion.all.filter { provider == nil || $0.provider.rawValue == provider }
        return .ok(.init(body: .json(.init(regions: regions.map(Self.region)))))
    }

    func createCluster(_ input: Operations.CreateCluster.Input) async throws -> Operations.CreateCluster.Output {
        let caller = try Principal.require()
        guard case .json(let body) = input.body else { throw APIError.invalidArgument("The body must be JSON.") }
        try Cluster.validate(displayName: body.displayName)
        guard let regionName = body.region.name ?? body.region.regionId else {
            throw APIError.invalidArgument("region.name is required, e.g. regions/aws-us-west-2.")
        }
        let region = try CloudRegion.parse(regionName)
        try await checkProjectTakesClusters(caller.projectID)
        let tier = ClusterTier(rawValue: body.tier?.rawValue ?? "ESSENTIAL") ?? .essential
        guard tier == .essential || tier == .starter else {
            throw APIError.invalidArgument(
                "This path creates Starter and Essential clusters; create \(tier.rawValue) clusters under /dedicated/v1beta1/clusters.")
        }
        let now = Date()
        let cluster = Cluster(
            id: Cluster.newID(), projectID: caller.projectID, displayName: body.displayName, regionID: region.regionID, tier: tier,
            state: .creating, createdBy: caller.publicKey, createTime: now, labels: body.labels?.additionalProperties ?? [:])
        try await store.insert(
            cluster, event: Event(resource: cluster.name, state: cluster.state.rawValue, actor: caller.publicKey, time: now,
                                  reason: "Created in \(region.name)."))
        return .ok(.init(body: .json(Self.cluster(cluster))))
    }

    func getCluster(_ input: Operations.GetCluster.Input) async throws -> Operations.GetCluster.Output {
        .ok(.init(body: .json(Self.cluster(try await ownCluster(input.path.clusterId)))))
    }

    func listClusters(_ input: Operations.ListClusters.Input) async throws -> Operations.ListClusters.Output {
        let caller = try Principal.require()
        let page = try PageRequest(pageSize: input.query.pageSize.map(Int.init), pageToken: input.query.pageToken)
        let (clusters, total) = try await store.page(
            Cluster.self, Selection([ownerIndex: [caller.projectID], "tier": [ClusterTier.starter.rawValue, ClusterTier.essential.rawValue]]), page)
        return .ok(.init(body: .json(.init(
            clusters: clusters.map(Self.cluster), nextPageToken: page.nextToken(total: total), totalSize: Int64(total)))))
    }

    func deleteCluster(_ input: Operations.DeleteCluster.Input) async throws -> Operations.DeleteCluster.Output {
        .ok(.init(body: .json(Self.cluster(try await askDeletion(of: try await ownCluster(input.path.clusterId))))))
    }

    /// Marks a resource DELETING for the reconcilers (once), and returns it as saved; what it
    /// owns follows it.
    func askDeletion<R: Resource>(of resource: R, reason: String = "Deletion asked for.") async throws -> R {
        let caller = try Principal.require()
        return try await store.markDeleting(resource, actor: caller.publicKey, reason: reason) ?? resource
    }

    func listClusterEvents(_ input: Operations.ListClusterEvents.Input) async throws -> Operations.ListClusterEvents.Output {
        let name = "clusters/\(input.path.clusterId)"
        _ = try await historyOwner(input.path.clusterId)
        let events = try await store.events(of: name, descendants: false)
        guard !events.isEmpty else { throw Self.clusterNotFound(input.path.clusterId) }
        return .ok(.init(body: .json(.init(events: events.map {
            .init(resource: $0.resource, state: $0.state, actor: $0.actor, time: $0.time, reason: $0.reason)
        }))))
    }

    /// New clusters go into a project that is not being deleted.
    func checkProjectTakesClusters(_ projectID: String) async throws {
        if let project = try await store.get(Project.self, id: projectID), project.isDeleting {
            throw APIError.failedPrecondition("Project \(projectID) is being deleted; it takes no new clusters.")
        }
    }

    /// The caller's cluster: another project's is as missing as one that never was.
    func ownCluster(_ id: String) async throws -> Cluster {
        let caller = try Principal.require()
        guard let cluster = try await store.get(Cluster.self, id: id), cluster.projectID == caller.projectID else {
            throw Self.clusterNotFound(id)
        }
        return cluster
    }

    static func clusterNotFound(_ id: String) -> APIError {
        .notFound("Cluster \(id) not found: GET /v1beta1/clusters lists your project's clusters.")
    }

    static func region(_ region: CloudRegion) -> Components.Schemas.Region {
        .init(name: region.name, regionId: region.regionID, cloudProvider: region.provider.rawValue, displayName: region.displayName)
    }

    static func cluster(_ cluster: Cluster) -> Components.Schemas.Cluster {
        let region = cluster.region ?? CloudRegion.all[0]
        return .init(
            name: cluster.name, clusterId: cluster.id, displayName: cluster.displayName, region: Self.region(region),
            state: Components.Schemas.ClusterState(rawValue: cluster.state.rawValue),
            tier: Components.Schemas.ClusterTier(rawValue: cluster.tier.rawValue), cloudProvider: region.provider.rawValue,
            createdBy: cluster.createdBy, createTime: cluster.createTime, updateTime: cluster.updateTime,
            labels: .init(additionalProperties: cluster.labels))
    }
}
