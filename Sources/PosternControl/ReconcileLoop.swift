import Foundation
import Logging
import Metrics
import PosternDomain
import PosternStore

/// The one work loop around every reconciler: each pass claims what is due of each kind under
/// a lease (so replicas sharing a store never step one resource at once), up to `batch` a
/// kind, steps it (`concurrency` at a time), saves what the step found, and backs off (in the
/// store, as the resource's next check) when a step fails. A pass that found a full batch is
/// followed by the next at once; otherwise the loop waits `interval`. Level-triggered: it acts on what the store says
/// now, not on what happened. Owners drive deletion: a resource asked to be deleted first asks
/// the same of everything it owns, and takes its own deletion step once they are gone.
public final class ReconcileLoop: Sendable {
    let store: any Store
    let kinds: [any KindLoop]
    let interval: Duration
    let batch: Int
    /// Who this loop's leases name: its replica.
    public let holder: String
    /// How long a claim lasts unrenewed: how soon another replica takes up a crashed one's work.
    public let lease: TimeInterval

    /// `reconcilers`: one per kind.
    public init(
        store: any Store, reconcilers: [any Reconciler], interval: Duration = .milliseconds(200), concurrency: Int = 32,
        batch: Int = 256, holder: String = "local", lease: TimeInterval = 15, logger: Logger = Logger(label: "postern.reconcile")
    ) {
        self.store = store
        self.interval = interval
        self.batch = max(1, batch)
        self.holder = holder
        self.lease = lease
        let plain = reconcilers.map { Self.kindLoop($0, concurrency: max(1, concurrency), batch: max(1, batch), logger: logger) }
        kinds = plain.map { kind in kind.owning(plain.filter { $0.ownerKind == kind.kind }) }
    }

    /// Every kind's reconciler, with these providers.
    public convenience init(
        store: any Store, providers: CloudProviders, interval: Duration = .milliseconds(200), concurrency: Int = 32,
        batch: Int = 256, holder: String = "local", lease: TimeInterval = 15, logger: Logger = Logger(label: "postern.reconcile")
    ) {
        self.init(store: store, reconcilers: Reconcilers.all(store: store, providers: providers), interval: interval,
                  concurrency: concurrency, batch: batch, holder: holder, lease: lease, logger: logger)
    }

    private static func kindLoop<R: Reconciler>(_ reconciler: R, concurrency: Int, batch: Int, logger: Logger) -> any KindLoop {
        KindSteps(reconciler: reconciler, owned: [], concurrency: concurrency, batch: batch, logger: logger)
    }

    /// Runs until its task is cancelled, renewing its leases a few times a lease meanwhile.
    public func run() async throws {
        let store = store, holder = holder, lease = lease
        let renewing = store.renewing(holder: holder, for: lease)
        defer { renewing.cancel() }
        while !Task.isCancelled {
            if await runOnce(now: Date()) { continue }
            try? await Task.sleep(for: interval)
        }
        // Not tied to this task, which is cancelled by now.
        await Task { try? await store.releaseLeases(holder: holder) }.value
    }

    /// One pass over everything due at `now`: what it claimed is released at its end. Returns
    /// whether some kind had a full batch due (so more may wait).
    @discardableResult
    public func runOnce(now: Date) async -> Bool {
        let claim = Lease(holder: holder, until: now.addingTimeInterval(lease))
        var claimed = 0, full = false
        for kind in kinds {
            let count = await kind.runOnce(store: store, now: now, lease: claim)
            claimed += count
            full = full || count == batch
        }
        if claimed > 0 { try? await store.releaseLeases(holder: holder) }
        return full
    }

    /// Doubles the wait since the last attempt, from one second up to five minutes.
    static func backoff(after previous: Date?, now: Date) -> TimeInterval {
        let waited = previous.map { now.timeIntervalSince($0) } ?? 0
        return min(300, max(1, waited * 2))
    }
}

/// The loop's work for one kind.
protocol KindLoop: Sendable {
    var kind: String { get }
    var ownerKind: String? { get }
    func owning(_ owned: [any KindLoop]) -> any KindLoop
    /// Steps what is due, claimed under `lease`; returns how many it claimed.
    func runOnce(store: any Store, now: Date, lease: Lease) async -> Int
    /// Asks for the deletion of every resource of this kind owned by `ownerID`; returns how many are left.
    func deleteOwned(by ownerID: String, ownerName: String, store: any Store, now: Date) async throws -> Int
}

struct KindSteps<R: Reconciler>: KindLoop {
    typealias Subject = R.Subject
    let reconciler: R
    let owned: [any KindLoop]
    let concurrency: Int
    let batch: Int
    let logger: Logger
    /// How soon an owner waiting for what it owns to go looks again.
    static var ownedPoll: TimeInterval { 1 }

    var kind: String { Subject.kind }
    var ownerKind: String? { Subject.ownerKind }

    func owning(_ owned: [any KindLoop]) -> any KindLoop {
        KindSteps(reconciler: reconciler, owned: owned, concurrency: concurrency, batch: batch, logger: logger)
    }

    func runOnce(store: any Store, now: Date, lease: Lease) async -> Int {
        let due: [Subject]
        do {
            due = try await store.claimDue(Subject.self, at: now, limit: batch, lease: lease)
            let waiting = due.count < batch ? due.count : try await store.dueCount(Subject.self, at: now)
            Gauge(label: "postern_resources_due", dimensions: [("kind", kind)]).record(waiting)
        } catch {
            logger.error("claiming what is due failed", metadata: ["kind": "\(kind)", "error": "\(error)"])
            return 0
        }
        defer { Counter(label: "postern_reconcile_claims_total", dimensions: [("kind", kind)]).increment(by: due.count) }
        await withTaskGroup(of: Void.self) { group in
            var running = 0
            for resource in due {
                if running == concurrency {
                    await group.next()
                    running -= 1
                }
                running += 1
                group.addTask { await process(resource, store: store, now: now) }
            }
        }
        return due.count
    }

    private func process(_ stored: Subject, store: any Store, now: Date) async {
        let started = ContinuousClock.now
        var result = "error"
        defer {
            Counter(label: "postern_reconcile_steps_total", dimensions: [("kind", kind), ("outcome", result)]).increment()
            let elapsed = ContinuousClock.now - started
            Timer(label: "postern_reconcile_step_duration_seconds", dimensions: [("kind", kind)], preferredDisplayUnit: .seconds)
                .recordNanoseconds(elapsed.components.seconds * 1_000_000_000 + elapsed.components.attoseconds / 1_000_000_000)
        }
        var resource = stored
        do {
            if resource.isDeleting {
                var left = 0
                for kind in owned { left += try await kind.deleteOwned(by: resource.id, ownerName: resource.name, store: store, now: now) }
                if left > 0 {
                    resource.nextCheckAt = now.addingTimeInterval(Self.ownedPoll)
                    try await store.update(resource, event: nil, ifUnchangedFrom: stored)
                    result = "owned"
                    return
                }
            }
            let outcome = try await reconciler.step(&resource, now: now)
            try await save(resource, read: stored, outcome, store: store, now: now)
            result = outcome.name
            logger.debug("step", metadata: ["kind": "\(kind)", "id": "\(resource.id)", "state": "\(resource.state.rawValue)", "outcome": "\(outcome)"])
        } catch {
            var later = stored
            later.nextCheckAt = now.addingTimeInterval(ReconcileLoop.backoff(after: stored.nextCheckAt, now: now))
            later.message = "Retrying after: \(error)"
            logger.warning("step failed", metadata: ["kind": "\(kind)", "id": "\(stored.id)", "error": "\(error)"])
            _ = try? await store.update(later, event: nil, ifUnchangedFrom: stored)
        }
    }

    /// Saves the step's outcome only over the record as it was read: a change the API made
    /// meanwhile (a state or any other field) wins, and the resource is looked at again.
    private func save(_ stepped: Subject, read: Subject, _ outcome: Outcome, store: any Store, now: Date) async throws {
        var resource = stepped
        let reason: String
        switch outcome {
        case .gone(let why):
            try await store.delete(
                resource, event: Event(resource: resource.name, state: Subject.goneState, actor: Event.system, time: now, reason: why))
            return
        case .requeue(let after, let why, let message):
            resource.nextCheckAt = now.addingTimeInterval(after)
            resource.message = message
            reason = why
        case .settled(let why, let recheck):
            resource.nextCheckAt = recheck.map { now.addingTimeInterval($0) }
            resource.message = nil
            reason = why
        case .failed(let message):
            resource.nextCheckAt = nil
            resource.message = message
            reason = message
        }
        let changed = resource.state != read.state
        if changed { resource.updateTime = now }
        let event = changed ? Event(resource: resource.name, state: resource.state.rawValue, actor: Event.system, time: now, reason: reason) : nil
        try await store.update(resource, event: event, ifUnchangedFrom: read)
    }

    func deleteOwned(by ownerID: String, ownerName: String, store: any Store, now: Date) async throws -> Int {
        let owned = try await store.all(Subject.self, .owned(by: ownerID))
        for resource in owned where !resource.isDeleting {
            try await store.markDeleting(resource, actor: Event.system, reason: "\(ownerName) is being deleted.", now: now)
        }
        return owned.count
    }
}
