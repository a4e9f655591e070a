import Foundation
import PosternDomain
import PosternStore

/// The key pair a fresh data directory starts with: an Organization Owner of the default
/// project, written to `<data-dir>/admin-key.json` (mode 0600) for the operator.
public enum AdminKey {
    public static func fileURL(in dataDirectory: URL) -> URL { dataDirectory.appendingPathComponent("admin-key.json") }

    /// Makes the admin key if the store has no key at all; says where it is (a replica that
    /// finds keys made by another writes no file).
    @discardableResult
    public static func ensure(store: any Store, dataDirectory: URL, now: Date = Date()) async throws -> URL {
        let file = fileURL(in: dataDirectory)
        do {
            try await store.insert(Project.standard(createTime: now), event: nil)
        } catch is StoreConflict {}
        guard try await store.first(APIKey.self, .all) == nil else { return file }
        // Replicas starting together on one store: one of them makes the key.
        let holder = "admin-key/\(UInt64.random(in: 0...UInt64.max))"
        guard try await store.acquire("adminKey", Lease(holder: holder, until: now.addingTimeInterval(60)), now: now) else { return file }
        defer { Task { try? await store.release("adminKey", holder: holder) } }
        guard try await store.first(APIKey.self, .all) == nil else { return file }
        let pair = KeyPair(projectID: APIKey.defaultProjectID, role: .organizationOwner, description: "admin", now: now)
        try await store.insert(pair.key, event: nil)
        let json = try JSONSerialization.data(
            withJSONObject: ["publicKey": pair.key.publicKey, "privateKey": pair.privateKey], options: [.prettyPrinted, .sortedKeys])
        try? FileManager.default.removeItem(at: file)
        guard FileManager.default.createFile(atPath: file.path, contents: json, attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteNoPermission)
        }
        return file
    }
}
