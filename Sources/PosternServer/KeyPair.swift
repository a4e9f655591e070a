import Foundation
import PosternDomain
import PosternStore

/// A new API key pair: the stored key (Digest HA1 values only) and the private key, shown once.
struct KeyPair {
    let key: APIKey
    let privateKey: String

    init(projectID: String, role: APIKey.Role, description: String? = nil, now: Date = Date()) {
        let publicKey = Self.random(8, from: "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        privateKey = Self.random(32, from: "abcdefghijklmnopqrstuvwxyz0123456789")
        var key = APIKey(
            publicKey: publicKey,
            ha1MD5: DigestAuthority.ha1(publicKey: publicKey, privateKey: privateKey, algorithm: .md5),
            ha1SHA256: DigestAuthority.ha1(publicKey: publicKey, privateKey: privateKey, algorithm: .sha256),
            projectID: projectID, role: role, createdAt: now)
        key.description = description
        self.key = key
    }

    /// The stored key whose private half is `privateKey`, or nil: as much work for an unknown
    /// public key as for a known one, so the time taken tells no key apart.
    static func check(publicKey: String, privateKey: String, in store: any Store) async throws -> APIKey? {
        let found = publicKey.isEmpty ? nil : try await store.get(APIKey.self, id: publicKey)
        let given = DigestAuthority.ha1(publicKey: publicKey, privateKey: privateKey, algorithm: .sha256)
        guard DigestAuthority.constantTimeEqual(given, found?.ha1SHA256 ?? String(repeating: "0", count: given.count)) else { return nil }
        return found
    }

    private static func random(_ count: Int, from letters: String) -> String {
        String((0..<count).map { _ in letters.randomElement()! })
    }
}
