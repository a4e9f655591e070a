import Crypto
import Foundation

/// One `WWW-Authenticate: Digest …` challenge, and the `Authorization` answer to it (RFC 7616,
/// qop=auth), with the public key as user name and the private key as password.
struct DigestChallenge: Equatable {
    let fields: [String: String]

    var algorithm: String { fields["algorithm"] ?? "MD5" }

    /// Every Digest challenge in the (possibly comma-joined) header values; SHA-256 first.
    static func parse(_ values: [String]) -> [DigestChallenge] {
        var challenges: [DigestChallenge] = []
        for value in values {
            for part in value.components(separatedBy: "Digest ").dropFirst() {
                challenges.append(DigestChallenge(fields: Self.fields(part)))
            }
        }
        return challenges.sorted { $0.algorithm == "SHA-256" && $1.algorithm != "SHA-256" }
    }

    private static func fields(_ text: String) -> [String: String] {
        var fields: [String: String] = [:]
        var rest = Substring(text)
        while let equals = rest.firstIndex(of: "=") {
            let key = rest[..<equals].trimmingCharacters(in: CharacterSet(charactersIn: " ,")).lowercased()
            rest = rest[rest.index(after: equals)...]
            let value: Substring
            if rest.first == "\"" {
                rest = rest.dropFirst()
                let close = rest.firstIndex(of: "\"") ?? rest.endIndex
                value = rest[..<close]
                rest = close < rest.endIndex ? rest[rest.index(after: close)...] : ""
            } else {
                let comma = rest.firstIndex(of: ",") ?? rest.endIndex
                value = rest[..<comma]
                rest = rest[comma...]
            }
            fields[key] = value.trimmingCharacters(in: .whitespaces)
        }
        return fields
    }

    func authorization(user: String, password: String, method: String, uri: String, cnonce: String, count: Int = 1) -> String {
        let hash: (String) -> String = { text in
            algorithm.uppercased() == "SHA-256"
                ? SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
                : Insecure.MD5.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
        }
        let realm = fields["realm"] ?? "", nonce = fields["nonce"] ?? ""
        let nc = String(format: "%08x", count)
        let response = hash("\(hash("\(user):\(realm):\(password)")):\(nonce):\(nc):\(cnonce):auth:\(hash("\(method):\(uri)"))")
        var header = "Digest username=\"\(user)\", realm=\"\(realm)\", nonce=\"\(nonce)\", uri=\"\(uri)\", algorithm=\(algorithm), "
            + "response=\"\(response)\", qop=auth, nc=\(nc), cnonce=\"\(cnonce)\""
        if let opaque = fields["opaque"] { header += ", opaque=\"\(opaque)\"" }
        return header
    }
}
