import Foundation
import PosternCloud
import PosternDomain
import PosternStore

/// Moves clusters through their states: CREATING → ACTIVE once the platform's network in the
/// cluster's region is ready (found or made through the provider), DELETING → gone. Postern's
/// clusters are the endpoints' anchors; provisioning TiDB itself is not its business.
public struct ClusterReconciler: Sendable {
    let store: any Store
    let provider: (any CloudProvider)?

    public init(store: any Store, provider: (any CloudProvider)?) {
        self.store = store
        self.provider = provider
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
            cluster.state = .active
            cluster.updateTime = now
            cluster.nextCheckAt = nil
            try await store.update(
                cluster, event: Event(resource: cluster.name, state: cluster.state.rawValue, actor: Event.system, time: now,
                                      reason: "The cluster is ready."))
        case .deleting:
            try await store.remove(
                cluster, event: Event(resource: cluster.name, state: ClusterState.deleted.rawValue, actor: Event.system, time: now,
                                      reason: "The cluster and its resources are deleted."))
        case .active, .deleted:
            cluster.nextCheckAt = nil
            try await store.update(cluster, event: nil)
        }
    }
}
