import Foundation
import PosternDomain

/// Where the control plane keeps everything: records of every kind, their events, and when a
/// reconciler should look at each resource again. One implementation serves every kind: a kind
/// brings its indexes and unique key (`Record`), so a new kind needs no change here. SQLite by
/// default; another database (PostgreSQL for several replicas) fits behind the same protocol
/// and must pass the same contract tests.
public protocol Store: Sendable {
    /// Saves a new record and its event together; throws `StoreConflict` if the kind has one
    /// with its id or its unique key already.
    func insert<R: Record>(_ record: R, event: Event?) async throws
    /// Saves a record whether or not one with its id exists (what has no state to guard).
    func save<R: Record>(_ record: R, event: Event?) async throws
    /// Saves a resource if its stored state is still `expected` (any, when nil), with its event;
    /// returns whether it did, so no writer overwrites a change made since it read.
    @discardableResult
    func update<R: Resource>(_ resource: R, event: Event?, ifStateIs expected: R.State?) async throws -> Bool
    /// Saves a resource if what is stored is still exactly `read` (no other writer changed any
    /// field since), with its event; returns whether it did. What a reconciler's step saves.
    @discardableResult
    func update<R: Resource>(_ resource: R, event: Event?, ifUnchangedFrom read: R) async throws -> Bool
    /// Removes a record for good, recording the event; false if it was gone already.
    @discardableResult
    func delete<R: Record>(_ record: R, event: Event?) async throws -> Bool
    func get<R: Record>(_ type: R.Type, id: String) async throws -> R?
    /// The records matching `selection`, in the order they were made, one page, and how many
    /// match in all. Records made while a caller pages come after every earlier one.
    func page<R: Record>(_ type: R.Type, _ selection: Selection, _ page: PageRequest) async throws -> (items: [R], total: Int)
    /// Takes up to `limit` resources a reconciler should look at by `now`, the longest waiting
    /// first, that no other holder's unexpired lease covers, and leases them to `lease.holder`:
    /// however many replicas ask at once, each resource goes to one.
    func claimDue<R: Resource>(_ type: R.Type, at now: Date, limit: Int, lease: Lease) async throws -> [R]
    /// How many resources of the kind are due by `now`, leased or not.
    func dueCount<R: Resource>(_ type: R.Type, at now: Date) async throws -> Int
    /// Moves every lease `lease.holder` holds (on resources and by name) to `lease.until`.
    func renewLeases(_ lease: Lease) async throws
    /// Ends every lease `holder` holds.
    func releaseLeases(holder: String) async throws
    /// Takes the lease called `name` (one piece of work no two replicas may do at once) for
    /// `lease.holder` if it is free, expired by `now`, or the holder's already; whether it did.
    func acquire(_ name: String, _ lease: Lease, now: Date) async throws -> Bool
    /// Ends the lease called `name` if `holder` holds it.
    func release(_ name: String, holder: String) async throws
    /// Adds one to the counter `name`, shared by every replica, which is forgotten after
    /// `expires`; returns its count now.
    func increment(_ name: String, expires: Date) async throws -> Int
    /// Raises the counter `name` to `value` if it is lower or new; whether it did.
    func raise(_ name: String, to value: Int64, expires: Date) async throws -> Bool
    /// Forgets the counters and named leases that ended before `now`.
    func sweep(now: Date) async throws
    /// The events of `resource` and, with `descendants`, of those named under it (`<name>/…`), oldest first.
    func events(of resource: String, descendants: Bool) async throws -> [Event]
}

/// Which records a list wants: every named index holding one of its values.
public struct Selection: Sendable, Equatable, ExpressibleByDictionaryLiteral {
    public var conditions: [String: [String]]

    public init(_ conditions: [String: [String]] = [:]) { self.conditions = conditions }

    public init(dictionaryLiteral elements: (String, String)...) {
        self.conditions = Dictionary(elements.map { ($0, [$1]) }) { _, last in last }
    }

    public static let all = Selection()

    /// The same selection, also asking `index` to be one of `values`.
    public func and(_ index: String, in values: [String]) -> Selection {
        var copy = self
        copy.conditions[index] = values
        return copy
    }

    public static func owned(by id: String) -> Selection { [ownerIndex: id] }
}

/// What was to be saved clashes with what is stored: `message` names what.
public struct StoreConflict: Error, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

extension Store {
    /// Every record matching `selection`, page by page.
    public func all<R: Record>(_ type: R.Type, _ selection: Selection = .all) async throws -> [R] {
        var found: [R] = []
        var page = try PageRequest(pageSize: 100, pageToken: nil)
        while true {
            let (items, total) = try await self.page(type, selection, page)
            found += items
            guard let next = page.nextToken(total: total), !items.isEmpty else { return found }
            page = try PageRequest(pageSize: 100, pageToken: next)
        }
    }

    /// The first record matching `selection`.
    public func first<R: Record>(_ type: R.Type, _ selection: Selection) async throws -> R? {
        try await page(type, selection, try PageRequest(pageSize: 1, pageToken: nil)).items.first
    }

    /// Moves a resource to its deleting state (unless it is there already), recording who asked
    /// and why, and returns it as saved. A writer that saves it meanwhile makes it read again;
    /// nil if it is gone.
    @discardableResult
    public func markDeleting<R: Resource>(_ resource: R, actor: String, reason: String, now: Date = Date()) async throws -> R? {
        var current = resource
        while !current.isDeleting {
            let read = current.state
            var next = current
            next.state = R.deleting
            next.updateTime = now
            next.nextCheckAt = now
            next.message = nil
            let event = Event(resource: next.name, state: R.deleting.rawValue, actor: actor, time: now, reason: reason)
            if try await update(next, event: event, ifStateIs: read) { return next }
            guard let again = try await get(R.self, id: resource.id) else { return nil }
            current = again
        }
        return current
    }
}
