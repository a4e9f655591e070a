import Foundation
import PosternDomain
import PosternStore

/// Moves clusters through their states: CREATING → ACTIVE, DELETING → gone. Postern's
/// clusters are the endpoints' anchors; provisioning TiDB itself is not its business.
public struct ClusterReconciler: Sendable {
    let store: any Store

    public init(store: any Store) { self.store = store }

    /// Reads the cluster again, takes the one step its state calls for, and records it.
    public func reconcile(_ id: String, now: Date) async throws {
        guard var cluster = try await store.cluster(id: id) else { return }
        switch cluster.state {
        case .creating:
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
