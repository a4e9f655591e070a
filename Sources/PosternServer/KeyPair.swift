import Foundation
import PosternDomain

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

    private static func random(_ count: Int, from letters: String) -> String {
        String((0..<count).map { _ in letters.randomElement()! })
    }
}
