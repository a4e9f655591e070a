/// One search at a time per key, its answer kept: callers that ask for the same key while it is
/// being found wait for that one search (so no two make the same platform network), and a
/// failed search is forgotten so the next caller tries again.
public actor SingleFlight<Value: Sendable> {
    private var searches: [String: Task<Value, any Error>] = [:]

    public init() {}

    public func value(for key: String, _ search: @escaping @Sendable () async throws -> Value) async throws -> Value {
        if let known = searches[key] { return try await known.value }
        let started = Task { try await search() }
        searches[key] = started
        do {
            return try await started.value
        } catch {
            searches[key] = nil
            throw error
        }
    }
}
