import Crypto
import Foundation
import PosternDomain
import PosternStore
import Synchronization

/// HTTP Digest (RFC 7616) as TiDB Cloud uses it: the public key is the user name and the
/// private key the password. A nonce is a time and an HMAC of it by a key kept in the store,
/// good for ten minutes at any replica; within them each answer must count higher than the
/// last one to the same nonce (`nc`, counted in the store too), so a captured request cannot
/// be sent again, to this replica or another.
final class DigestAuthority: Sendable {
    static let realm = "postern"
    private let store: any Store
    /// The store's nonce key, once read.
    private let key = Mutex<SymmetricKey?>(nil)
    private let lifetime: TimeInterval = 600

    init(store: any Store) { self.store = store }

    /// What checking an answer found.
    enum Verdict: Equatable {
        case valid
        /// A wrong key, an unknown nonce, another URI: nothing a retry fixes.
        case invalid
        /// Good but for its nonce count: seen already.
        case replayed
    }

    enum Algorithm: String, CaseIterable {
        case sha256 = "SHA-256"
        case md5 = "MD5"

        func hash(_ text: String) -> String {
            switch self {
            case .sha256: SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
            case .md5: Insecure.MD5.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
            }
        }
    }

    /// `H(user:realm:password)`, what the store keeps of a key pair.
    static func ha1(publicKey: String, privateKey: String, algorithm: Algorithm) -> String {
        algorithm.hash("\(publicKey):\(realm):\(privateKey)")
    }

    /// The `WWW-Authenticate` challenges of a 401: SHA-256 first, MD5 for older clients.
    func challenges(now: Date) async throws -> [String] {
        let nonce = makeNonce(now: now, key: try await signingKey())
        return Algorithm.allCases.map {
            "Digest realm=\"\(Self.realm)\", qop=\"auth\", algorithm=\($0.rawValue), nonce=\"\(nonce)\", opaque=\"\(Self.realm)\""
        }
    }

    /// The fields of an `Authorization: Digest …` header.
    static func parse(_ header: String) -> [String: String]? {
        guard header.lowercased().hasPrefix("digest ") else { return nil }
        var fields: [String: String] = [:]
        var rest = Substring(header.dropFirst("digest ".count))
        while !rest.isEmpty {
            rest = rest.drop { $0 == " " || $0 == "," }
            guard let equals = rest.firstIndex(of: "=") else { break }
            let name = rest[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
            rest = rest[rest.index(after: equals)...]
            var value = ""
            if rest.first == "\"" {
                rest = rest.dropFirst()
                while let character = rest.first, character != "\"" {
                    if character == "\\", let next = rest.dropFirst().first {
                        value.append(next)
                        rest = rest.dropFirst(2)
                    } else {
                        value.append(character)
                        rest = rest.dropFirst()
                    }
                }
                rest = rest.dropFirst()
            } else {
                let end = rest.firstIndex(of: ",") ?? rest.endIndex
                value = rest[..<end].trimmingCharacters(in: .whitespaces)
                rest = rest[end...]
            }
            fields[name] = value
        }
        return fields
    }

    /// Whether `fields` prove knowledge of the key whose HA1 values are given, for this request,
    /// with a nonce count not seen before. Only `qop=auth` answers count: they carry the count.
    func verify(_ fields: [String: String], method: String, uri: String, key: APIKey, now: Date) async throws -> Verdict {
        let signing = try await signingKey()
        guard let nonce = fields["nonce"], let issued = issueTime(of: nonce, key: signing), now.timeIntervalSince1970 - issued < lifetime,
            let response = fields["response"],
            fields["uri"] == uri, fields["realm"] == Self.realm, fields["qop"] == "auth",
            let nc = fields["nc"], let count = UInt64(nc, radix: 16), let cnonce = fields["cnonce"]
        else { return .invalid }
        guard let algorithm = Algorithm(rawValue: (fields["algorithm"] ?? "MD5").uppercased()) else { return .invalid }
        let ha1 = algorithm == .sha256 ? key.ha1SHA256 : key.ha1MD5
        let ha2 = algorithm.hash("\(method):\(uri)")
        let expected = algorithm.hash("\(ha1):\(nonce):\(nc):\(cnonce):auth:\(ha2)")
        guard Self.constantTimeEqual(expected, response.lowercased()) else { return .invalid }
        // The count is kept until the nonce expires; a higher one than any seen passes.
        let raised = try await store.raise(
            "nonce/\(nonce)", to: Int64(clamping: count), expires: Date(timeIntervalSince1970: issued + lifetime))
        return raised ? .valid : .replayed
    }

    /// `<time>-<random>.<mac>`: every challenge its own nonce, so counts never clash between clients.
    private func makeNonce(now: Date, key: SymmetricKey) -> String {
        let issued = "\(Int(now.timeIntervalSince1970))-\(UInt64.random(in: 0...UInt64.max))"
        return "\(issued).\(Self.mac(issued, key: key))"
    }

    /// When `nonce` was issued, if the store's key made it.
    private func issueTime(of nonce: String, key: SymmetricKey) -> TimeInterval? {
        let parts = nonce.split(separator: ".", maxSplits: 1)
        guard parts.count == 2, Self.constantTimeEqual(Self.mac(String(parts[0]), key: key), String(parts[1])) else { return nil }
        return parts[0].split(separator: "-").first.flatMap { TimeInterval($0) }
    }

    private static func mac(_ text: String, key: SymmetricKey) -> String {
        HMAC<SHA256>.authenticationCode(for: Data(text.utf8), using: key).prefix(16).map { String(format: "%02x", $0) }.joined()
    }

    /// The nonce key every replica shares: read from the store, or made by the first to need it.
    private func signingKey() async throws -> SymmetricKey {
        if let known = key.withLock({ $0 }) { return known }
        var secret = try await store.get(DigestSecret.self, id: DigestSecret.only)
        if secret == nil {
            let made = DigestSecret.make()
            do {
                try await store.insert(made, event: nil)
                secret = made
            } catch is StoreConflict {
                secret = try await store.get(DigestSecret.self, id: DigestSecret.only)
            }
        }
        guard let secret, let bytes = Data(base64Encoded: secret.key) else { throw APIError.internalError("The store's Digest nonce key cannot be read.") }
        let found = SymmetricKey(data: bytes)
        key.withLock { $0 = found }
        return found
    }

    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

/// The key Digest nonces are signed with, one for the whole store.
struct DigestSecret: Record {
    static let kind = "digestSecret"
    static let only = "nonce-key"
    var id: String
    /// 32 random bytes, base64.
    var key: String

    static func make() -> DigestSecret {
        DigestSecret(id: only, key: SymmetricKey(size: .bits256).withUnsafeBytes { Data($0).base64EncodedString() })
    }
}
