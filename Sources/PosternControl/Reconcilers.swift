import PosternDomain
import PosternStore

/// Every kind's reconciler: a new kind adds its own here.
public enum Reconcilers {
    public static func all(store: any Store, providers: CloudProviders) -> [any Reconciler] {
        [
            ProjectReconciler(store: store),
            ClusterReconciler(store: store, providers: providers),
            PrivateLinkConnectionReconciler(store: store, providers: providers),
            AttachDomainReconciler(store: store, providers: providers),
            PrivateLinkServiceReconciler(store: store, providers: providers),
            PrivateEndpointConnectionReconciler(store: store, providers: providers),
        ]
    }
}
