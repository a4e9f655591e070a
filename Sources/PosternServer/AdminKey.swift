import Foundation
import PosternDomain
import PosternStore

/// The key pair a fresh data directory starts with: an Organization Owner of the default
/// project, written to `<data-dir>/admin-key.json` (mode 0600) for the operator.
public enum AdminKey {
    public static func fileURL(in dataDirectory: URL) -> URL { dataDirectory.appendingPathComponent("admin-key.json") }

    /// Makes the admin key if the store has no key at all; says where it is.
    @discardableResult
    public static func ensure(store: any Store, dataDirectory: URL, now: Date = Date()) async throws -> URL {
        let file = fileURL(in: dataDirectory)
        guard try await store.apiKeyCount() == 0 else { return file }
        let publicKey = random(8, from: "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        let privateKey = random(32, from: "abcdefghijklmnopqrstuvwxyz0123456789")
        try await store.insert(APIKey(
            publicKey: publicKey,
            ha1MD5: DigestAuthority.ha1(publicKey: publicKey, privateKey: privateKey, algorithm: .md5),
            ha1SHA256: DigestAuthority.ha1(publicKey: publicKey, privateKey: privateKey, algorithm: .sha256),
            projectID: APIKey.defaultProjectID, role: .organizationOwner, createdAt: now))
        let json = try JSONSerialization.data(
            withJSONObject: ["publicKey": publicKey, "privateKey": privateKey], options: [.prettyPrinted, .sortedKeys])
        try? FileManager.default.removeItem(at: file)
        guard FileManager.default.createFile(atPath: file.path, contents: json, attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteNoPermission)
        }
        return file
    }

    private static func random(_ count: Int, from letters: String) -> String {
        String((0..<count).map { _ in letters.randomElement()! })
    }
}
