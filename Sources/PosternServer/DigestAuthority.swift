import Crypto
import Foundation
import PosternDomain
import Synchronization

/// HTTP Digest (RFC 7616) as TiDB Cloud uses it: the public key is the user name and the
/// private key the password. A nonce is a time and an HMAC of it by a key of this process,
/// good for ten minutes; within them each answer must count higher than the last one to the
/// same nonce (`nc`), so a captured request cannot be sent again.
final class DigestAuthority: Sendable {
    static let realm = "postern"
    private let key = SymmetricKey(size: .bits256)
    private let lifetime: TimeInterval = 600
    /// Each live nonce's highest count seen.
    private let counts = Mutex<[String: UInt64]>([:])

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
    func challenges(now: Date) -> [String] {
        let nonce = makeNonce(now: now)
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
    func verify(_ fields: [String: String], method: String, uri: String, key: APIKey, now: Date) -> Verdict {
        guard let nonce = fields["nonce"], isFresh(nonce, now: now), let response = fields["response"],
            fields["uri"] == uri, fields["realm"] == Self.realm, fields["qop"] == "auth",
            let nc = fields["nc"], let count = UInt64(nc, radix: 16), let cnonce = fields["cnonce"]
        else { return .invalid }
        guard let algorithm = Algorithm(rawValue: (fields["algorithm"] ?? "MD5").uppercased()) else { return .invalid }
        let ha1 = algorithm == .sha256 ? key.ha1SHA256 : key.ha1MD5
        let ha2 = algorithm.hash("\(method):\(uri)")
        let expected = algorithm.hash("\(ha1):\(nonce):\(nc):\(cnonce):auth:\(ha2)")
        guard Self.constantTimeEqual(expected, response.lowercased()) else { return .invalid }
        return record(count, for: nonce, now: now) ? .valid : .replayed
    }

    /// Records `count` for `nonce` if it is higher than any seen; forgets nonces past their lifetime.
    private func record(_ count: UInt64, for nonce: String, now: Date) -> Bool {
        counts.withLock { counts in
            if counts.count > 1024 { counts = counts.filter { isFresh($0.key, now: now) } }
            guard count > counts[nonce] ?? 0 else { return false }
            counts[nonce] = count
            return true
        }
    }

    /// `<time>-<random>.<mac>`: every challenge its own nonce, so counts never clash between clients.
    private func makeNonce(now: Date) -> String {
        let issued = "\(Int(now.timeIntervalSince1970))-\(UInt64.random(in: 0...UInt64.max))"
        return "\(issued).\(mac(issued))"
    }

    private func isFresh(_ nonce: String, now: Date) -> Bool {
        let parts = nonce.split(separator: ".", maxSplits: 1)
        guard parts.count == 2, Self.constantTimeEqual(mac(String(parts[0])), String(parts[1])),
            let time = parts[0].split(separator: "-").first.flatMap({ TimeInterval($0) })
        else { return false }
        return now.timeIntervalSince1970 - time < lifetime
    }

    private func mac(_ text: String) -> String {
        HMAC<SHA256>.authenticationCode(for: Data(text.utf8), using: key).prefix(16).map { String(format: "%02x", $0) }.joined()
    }

    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
