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
    let interval: Duration

    public init(store: any Store, provider: (any CloudProvider)?, interval: Duration = .milliseconds(200)) {
        self.store = store
        self.clusters = ClusterReconciler(store: store, provider: provider)
        self.connections = provider.map { PrivateLinkConnectionReconciler(store: store, provider: $0) }
        self.domains = provider.map { AttachDomainReconciler(store: store, provider: $0) }
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
        if let connections {
            for connection in (try? await store.privateLinkConnectionsDue(at: now, limit: 100)) ?? [] {
                await attempt(now: now, lastCheck: connection.nextCheckAt) {
                    try await connections.reconcile(connection.id, now: now)
                } retry: { next, error in
                    var later = connection
                    later.nextCheckAt = next
                    later.message = "Retrying after: \(error)"
                    try? await self.store.update(later, event: nil, ifStateIs: connection.state)
                }
            }
        }
        if let domains {
            for attachment in (try? await store.attachDomainsDue(at: now, limit: 100)) ?? [] {
                await attempt(now: now, lastCheck: attachment.nextCheckAt) {
                    try await domains.reconcile(attachment.id, now: now)
                } retry: { next, _ in
                    var later = attachment
                    later.nextCheckAt = next
                    try? await self.store.update(later, event: nil, ifStateIs: attachment.state)
                }
            }
        }
        for cluster in (try? await store.clustersDue(at: now, limit: 100)) ?? [] {
            await attempt(now: now, lastCheck: cluster.nextCheckAt) {
                try await clusters.reconcile(cluster.id, now: now)
            } retry: { next, _ in
                var later = cluster
                later.nextCheckAt = next
                try? await self.store.update(later, event: nil)
            }
        }
    }

    /// Takes one step; if it fails, records when to try again (see `backoff`).
    private func attempt(
        now: Date, lastCheck: Date?, _ step: () async throws -> Void, retry: (Date, any Error) async -> Void
    ) async {
        do {
            try await step()
        } catch {
            await retry(now.addingTimeInterval(Self.backoff(after: lastCheck, now: now)), error)
        }
    }

    /// Doubles the wait since the last attempt, from one second up to five minutes.
    static func backoff(after previous: Date?, now: Date) -> TimeInterval {
        let waited = previous.map { now.timeIntervalSince($0) } ?? 0
        return min(300, max(1, waited * 2))
    }
}
