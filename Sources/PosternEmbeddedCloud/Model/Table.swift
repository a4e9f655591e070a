import Foundation

/// The resources of one kind, by id, in the order they were made, remembering what changed
/// since they were last saved (and what each changed resource was before, to roll back to).
/// Kept so that no request costs more as the cloud grows: `all` needs no sort, a resource's
/// `lookupKeys` find it without a scan, and the few with a transition pending are known.
struct Table<Resource: CloudResource>: Sendable {
    private(set) var rows: [String: Resource] = [:]
    /// Ids oldest first; an id removed stays (in `removed`) until the next compaction, and
    /// keeps its place if it comes back (a rollback).
    private var order: [String] = []
    private var removed: Set<String> = []
    /// Each changed id with what it was before the change (nil: it did not exist).
    private var before: [String: Resource?] = [:]
    private var lookup: [String: Set<String>] = [:]
    /// The ids of resources with a transition pending.
    private(set) var timed: Set<String> = []

    subscript(id: String) -> Resource? {
        get { rows[id] }
        set {
            let old = rows[id]
            if before[id] == nil { before[id] = .some(old) }
            put(id, old: old, new: newValue)
        }
    }

    var count: Int { rows.count }

    /// Every resource, oldest first (the order AWS lists them in).
    var all: [Resource] { order.compactMap { rows[$0] } }

    /// The resources one of `keys` finds, oldest first.
    func looking(up keys: [String]) -> [Resource] {
        var ids = Set<String>()
        for key in keys { ids.formUnion(lookup[key] ?? []) }
        return ordered(ids)
    }

    /// The resources of `ids` there are, oldest first.
    func ordered(_ ids: Set<String>) -> [Resource] {
        ids.compactMap { rows[$0] }.sorted { $0.createdAt == $1.createdAt ? $0.id < $1.id : $0.createdAt < $1.createdAt }
    }

    /// The first resource, oldest first, that satisfies `predicate`.
    func first(where predicate: (Resource) -> Bool) -> Resource? {
        for id in order { if let row = rows[id], predicate(row) { return row } }
        return nil
    }

    /// Adds a resource read from the store (loads come in any order; `sortLoaded` orders them).
    mutating func load(_ resource: Resource) { put(resource.id, old: nil, new: resource) }

    /// Puts what was loaded in the order it was made.
    mutating func sortLoaded() {
        order = rows.values.sorted { $0.createdAt == $1.createdAt ? $0.id < $1.id : $0.createdAt < $1.createdAt }.map(\.id)
        removed = []
    }

    /// The changes to save: each changed id with its resource, or nil where it was removed.
    var changes: [(id: String, resource: Resource?)] { before.keys.sorted().map { ($0, rows[$0]) } }

    /// Forgets the changes: they are saved.
    mutating func commit() { before.removeAll() }

    /// Undoes every change since the last `commit`.
    mutating func rollBack() {
        let undo = before
        before.removeAll()
        for (id, old) in undo { put(id, old: rows[id], new: old) }
    }

    private mutating func put(_ id: String, old: Resource?, new: Resource?) {
        if let old {
            for key in old.lookupKeys { lookup[key]?.remove(id) }
        }
        rows[id] = new
        if let new {
            for key in new.lookupKeys { lookup[key, default: []].insert(id) }
            if new.transitionAt != nil { timed.insert(id) } else { timed.remove(id) }
            if old == nil, removed.remove(id) == nil { order.append(id) }
        } else {
            timed.remove(id)
            if old != nil { removed.insert(id) }
        }
        if removed.count > 64 && removed.count > order.count / 2 {
            order = order.filter { rows[$0] != nil }
            removed = []
        }
    }
}
