import Foundation
import PosternStore

/// Work no two replicas may do at once, such as making a region's platform network (the cloud
/// has no idempotency token for a VPC): `run` does `body` holding the lease `name`, waiting
/// while another replica holds it.
public protocol Exclusion: Sendable {
    func run<T: Sendable>(_ name: String, _ body: @Sendable () async throws -> T) async throws -> T
}

/// One process alone on its store: nothing to exclude beyond what `SingleFlight` does.
public struct Unshared: Exclusion {
    public init() {}
    public func run<T: Sendable>(_ name: String, _ body: @Sendable () async throws -> T) async throws -> T { try await body() }
}

/// The lease in the store every replica shares, renewed while `body` runs.
public struct StoreExclusion: Exclusion {
    let store: any Store
    let holder: String
    let lease: TimeInterval
    /// How long to wait for another replica's lease before giving the step up to its retry.
    let patience: TimeInterval

    public init(store: any Store, holder: String, lease: TimeInterval = 15, patience: TimeInterval = 30) {
        self.store = store
        self.holder = holder
        self.lease = lease
        self.patience = patience
    }

    public func run<T: Sendable>(_ name: String, _ body: @Sendable () async throws -> T) async throws -> T {
        // Each run its own holder: two tasks of one replica exclude each other too.
        let mine = "\(holder)/\(UInt64.random(in: 0...UInt64.max))"
        let deadline = Date().addingTimeInterval(patience)
        while true {
            let now = Date()
            if try await store.acquire(name, Lease(holder: mine, until: now.addingTimeInterval(lease)), now: now) { break }
            guard now < deadline else { throw ExclusionTimeout(name: name, waited: patience) }
            try await Task.sleep(for: .milliseconds(250))
        }
        let store = store
        let renewing = store.renewing(holder: mine, for: lease)
        // Released whatever the body does, by a task of its own (this one may be cancelled).
        let release = { @Sendable in
            renewing.cancel()
            await Task { try? await store.release(name, holder: mine) }.value
        }
        do {
            let value = try await body()
            await release()
            return value
        } catch {
            await release()
            throw error
        }
    }
}

/// Another replica held the lease for longer than a step waits.
public struct ExclusionTimeout: Error, CustomStringConvertible {
    public let name: String
    public let waited: TimeInterval
    public var description: String { "another replica has been doing \(name) for over \(Int(waited)) s; trying again later" }
}
