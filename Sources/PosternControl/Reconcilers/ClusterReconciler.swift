import Foundation
import PosternDomain
import PosternStore

/// Moves clusters: CREATING → ACTIVE once the platform's network in the cluster's region is
/// ready (found or made through its cloud's provider, when one is registered) and each node
/// group of a Dedicated cluster has its private link service on the way; DELETING → gone once
/// what it owns is (the loop sees to that). Postern's clusters are the endpoints' anchors;
/// provisioning TiDB itself is not its business.
public struct ClusterReconciler: Reconciler {
    let store: any Store
    let providers: CloudProviders

    public init(store: any Store, providers: CloudProviders) {
        self.store = store
        self.providers = providers
    }

    public func step(_ cluster: inout Cluster, now: Date) async throws -> Outcome {
        switch cluster.state {
        case .creating:
            if let region = cluster.region, let registration = providers.registration(for: region.provider),
                try await store.get(PlatformNetwork.self, id: PlatformNetwork.id(provider: region.provider, region: region.code)) == nil
            {
                try await store.save(try await registration.endpoints.platformNetwork(region: region.code), event: nil)
            }
            for group in cluster.nodeGroups {
                let service = PrivateLinkService(nodeGroupID: group.id, cluster: cluster, createTime: now)
                do {
                    try await store.insert(
                        service, event: Event(resource: service.name, state: service.state.rawValue, actor: Event.system, time: now,
                                              reason: "Every node group gets an endpoint service."))
                } catch is StoreConflict {}
            }
            cluster.state = .active
            return .settled(reason: "The cluster is ready.")
        case .deleting:
            return .gone(reason: "The cluster and its resources are deleted.")
        case .active, .deleted:
            return .settled()
        }
    }
}
