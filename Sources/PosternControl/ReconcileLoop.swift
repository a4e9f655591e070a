import Foundation
import PosternCloud
import PosternDomain
import PosternStore

/// The work loop around the reconcilers: it picks up what is due, reconciles each, and backs
/// off (in the store, as the resource's next check) when a step fails. Level-triggered: it acts
/// on what the store says now, not on what happened.
public final class ReconcileLoop: Sendable {
    let store: any Store
    let clusters: ClusterReconciler
    let connections: PrivateLinkConnectionReconciler?
    let domains: AttachDomainReconciler?
    let services: PrivateLinkServiceReconciler?
    let endpoints: PrivateEndpointConnectionReconciler?
    let interval: Duration
    /// How many steps of one kind run at once.
    let concurrency: Int

    public init(store: any Store, provider: (any CloudProvider)?, interval: Duration = .milliseconds(200), concurrency: Int = 8) {
        self.concurrency = max(1, concurrency)
        self.store = store
        self.clusters = ClusterReconciler(store: store, provider: provider)
        self.connections = provider.map { PrivateLinkConnectionReconciler(store: store, provider: $0) }
        self.domains = provider.map { AttachDomainReconciler(store: store, provider: $0) }
        self.services = provider.map { PrivateLinkServiceReconciler(store: store, provider: $0) }
        self.endpoints = provider.map { PrivateEndpointConnectionReconciler(store: store, provider: $0) }
        self.interval = interval
    }

    /// Runs until its task is cancelled.
    public func run() async throws {
        while !Task.isCancelled {
            await runOnce(now: Date())
            try? await Task.sleep(for: interval)
        }
    }

    /// One pass over everything due at `now`.
    public func runOnce(now: Date) async {
        let store = self.store
        if let connections {
            await each((try? await store.privateLinkConnectionsDue(at: now, limit: 100)) ?? [], now: now, \.nextCheckAt) {
                try await connections.reconcile($0.id, now: now)
            } retry: { connection, next, error in
                var later = connection
                later.nextCheckAt = next
                later.message = "Retrying after: \(error)"
                _ = try? await store.update(later, event: nil, ifStateIs: connection.state)
            }
        }
        if let domains {
            await each((try? await store.attachDomainsDue(at: now, limit: 100)) ?? [], now: now, \.nextCheckAt) {
                try await domains.reconcile($0.id, now: now)
            } retry: { attachment, next, _ in
                var later = attachment
                later.nextCheckAt = next
                _ = try? await store.update(later, event: nil, ifStateIs: attachment.state)
            }
        }
        if let services {
            await each((try? await store.privateLinkServicesDue(at: now, limit: 100)) ?? [], now: now, \.nextCheckAt) {
                try await services.reconcile($0.nodeGroupID, now: now)
            } retry: { service, next, _ in
                var later = service
                later.nextCheckAt = next
                _ = try? await store.update(later, event: nil, ifStateIs: service.state)
            }
        }
        if let endpoints {
            await each((try? await store.privateEndpointConnectionsDue(at: now, limit: 100)) ?? [], now: now, \.nextCheckAt) {
                try await endpoints.reconcile($0.id, now: now)
            } retry: { connection, next, _ in
                var later = connection
                later.nextCheckAt = next
                _ = try? await store.update(later, event: nil, ifStateIs: connection.state)
            }
        }
        await each((try? await store.clustersDue(at: now, limit: 100)) ?? [], now: now, \.nextCheckAt) {
            try await self.clusters.reconcile($0.id, now: now)
        } retry: { cluster, next, _ in
            var later = cluster
            later.nextCheckAt = next
            try? await store.update(later, event: nil)
        }
    }

    /// Takes one step for each resource, `concurrency` at a time; when a step fails, records
    /// when to try again (see `backoff`).
    private func each<Resource: Sendable>(
        _ resources: [Resource], now: Date, _ lastCheck: KeyPath<Resource, Date?> & Sendable,
        _ step: @escaping @Sendable (Resource) async throws -> Void,
        retry: @escaping @Sendable (Resource, Date, any Error) async -> Void
    ) async {
        await withTaskGroup(of: Void.self) { group in
            var running = 0
            for resource in resources {
                if running == concurrency {
                    await group.next()
                    running -= 1
                }
                running += 1
                group.addTask {
                    do {
                        try await step(resource)
                    } catch {
                        await retry(resource, now.addingTimeInterval(Self.backoff(after: resource[keyPath: lastCheck], now: now)), error)
                    }
                }
            }
        }
    }

    /// Doubles the wait since the last attempt, from one second up to five minutes.
    static func backoff(after previous: Date?, now: Date) -> TimeInterval {
        let waited = previous.map { now.timeIntervalSince($0) } ?? 0
        return min(300, max(1, waited * 2))
    }
}
