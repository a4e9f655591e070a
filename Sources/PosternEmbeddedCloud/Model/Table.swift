/// The resources of one kind, by id, remembering which ids changed since they were last saved.
struct Table<Resource: CloudResource>: Sendable {
    private(set) var rows: [String: Resource] = [:]
    private(set) var changed: Set<String> = []

    subscript(id: String) -> Resource? {
        get { rows[id] }
        set {
            rows[id] = newValue
            changed.insert(id)
        }
    }

    /// Every resource, oldest first (the order AWS lists them in).
    var all: [Resource] {
        rows.values.sorted { $0.createdAt == $1.createdAt ? $0.id < $1.id : $0.createdAt < $1.createdAt }
    }

    mutating func load(_ resource: Resource) { rows[resource.id] = resource }

    /// The changes to save: each changed id with its resource, or nil where it was removed.
    mutating func takeChanges() -> [(id: String, resource: Resource?)] {
        defer { changed.removeAll() }
        return changed.sorted().map { ($0, rows[$0]) }
    }
}
