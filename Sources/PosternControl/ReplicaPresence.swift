import Foundation
import Logging
import PosternDomain
import PosternStore

/// This replica's presence in the store: its record, saved every third of a lease with the time
/// it was last alive, and the store's housekeeping (ended counters and leases, replicas lost for
/// an hour). A replica that stops on its own removes its record; one that crashes is shown LOST.
public struct ReplicaPresence: Sendable {
    public let store: any Store
    public let replica: Replica
    public let lease: TimeInterval
    let logger = Logger(label: "postern.replica")

    public init(store: any Store, replica: Replica, lease: TimeInterval) {
        self.store = store
        self.replica = replica
        self.lease = lease
    }

    /// Says this replica is alive, now.
    public func beat(controlPlane: String?) async throws {
        var current = replica
        current.controlPlane = controlPlane
        current.lastSeen = Date()
        try await store.save(current, event: nil)
    }

    /// Beats until cancelled, then removes the record.
    public func run(controlPlane: @escaping @Sendable () -> String?) async {
        // The first beat says where it listens, once it does (soon after start).
        for _ in 0..<100 where controlPlane() == nil && !Task.isCancelled { try? await Task.sleep(for: .milliseconds(50)) }
        var swept = Date.distantPast
        while !Task.isCancelled {
            do {
                try await beat(controlPlane: controlPlane())
                let now = Date()
                if now.timeIntervalSince(swept) > 60 {
                    swept = now
                    try await store.sweep(now: now)
                    for lost in try await store.all(Replica.self) where now.timeIntervalSince(lost.lastSeen) > 3600 {
                        try await store.delete(lost, event: nil)
                    }
                }
            } catch {
                logger.warning("saying this replica is alive failed", metadata: ["replica": "\(replica.id)", "error": "\(error)"])
            }
            try? await Task.sleep(for: .seconds(lease / 3))
        }
        let store = store, replica = replica
        await Task { _ = try? await store.delete(replica, event: nil) }.value
    }
}
