import Foundation
import PosternCloud
import PosternDomain
import PosternStore

/// Moves clusters through their states: CREATING → ACTIVE once the platform's network in the
/// cluster's region is ready (found or made through the provider) and, for a Dedicated cluster,
/// each node group has its private link service on the way; DELETING → its endpoints and
/// services gone → gone. Postern's clusters are the endpoints' anchors; provisioning TiDB
/// itself is not its business.
public struct ClusterReconciler: Sendable {
    let store: any Store
    let provider: (any CloudProvider)?
    let pollInterval: TimeInterval

    public init(store: any Store, provider: (any CloudProvider)?, pollInterval: TimeInterval = 1) {
        self.store = store
        self.provider = provider
        self.pollInterval = pollInterval
    }

    /// Reads the cluster again, takes the one step its state calls for, and records it.
    public func reconcile(_ id: String, now: Date) async throws {
        guard var cluster = try await store.cluster(id: id) else { return }
        switch cluster.state {
        case .creating:
            if let provider, let region = cluster.region, region.provider == .aws,
                try await store.platformNetwork(provider: .aws, region: region.code) == nil
            {
                try await store.save(try await provider.platformNetwork(region: region.code))
            }
            for group in cluster.nodeGroups {
                let service = PrivateLinkService(nodeGroupID: group.id, cluster: cluster, createTime: now)
                try await store.insert(
                    service, event: Event(resource: service.name, state: service.state.rawValue, actor: Event.system, time: now,
                                          reason: "Every node group gets an endpoint service."))
            }
            cluster.state = .active
            cluster.updateTime = now
            cluster.nextCheckAt = nil
            try await store.update(
                cluster, event: Event(resource: cluster.name, state: cluster.state.rawValue, actor: Event.system, time: now,
                                      reason: "The cluster is ready."))
        case .deleting:
            guard try await dependentsGone(of: cluster, now: now) else {
                cluster.nextCheckAt = now.addingTimeInterval(pollInterval)
                try await store.update(cluster, event: nil)
                return
            }
            try await store.remove(
                cluster, event: Event(resource: cluster.name, state: ClusterState.deleted.rawValue, actor: Event.system, time: now,
                                      reason: "The cluster and its resources are deleted."))
        case .active, .deleted:
            cluster.nextCheckAt = nil
            try await store.update(cluster, event: nil)
        }
    }

    /// Asks for the deletion of the cluster's endpoint connections, then of its private link
    /// services; true once none is left.
    private func dependentsGone(of cluster: Cluster, now: Date) async throws -> Bool {
        let all = try PageRequest(pageSize: 100, pageToken: nil)
        let connections = try await store.privateEndpointConnections(projectID: cluster.projectID, clusterID: cluster.id, nodeGroupID: nil, page: all)
        for var connection in connections.connections where connection.state != .deleting {
            let read = connection.state
            connection.state = .deleting
            connection.nextCheckAt = now
            try await store.update(
                connection, event: Event(resource: connection.name, state: connection.state.rawValue, actor: Event.system, time: now,
                                         reason: "Its cluster is being deleted."), ifStateIs: read)
        }
        let services = try await store.privateLinkServices(clusterID: cluster.id)
        if connections.total == 0 {
            for var service in services where service.state != .deleting {
                let read = service.state
                service.state = .deleting
                service.nextCheckAt = now
                try await store.update(
                    service, event: Event(resource: service.name, state: service.state.rawValue, actor: Event.system, time: now,
                                          reason: "Its cluster is being deleted."), ifStateIs: read)
            }
        }
        return connections.total == 0 && services.isEmpty
    }
}
