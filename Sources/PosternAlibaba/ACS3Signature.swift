import Crypto
import Foundation

/// Alibaba Cloud's V3 signature, ACS3-HMAC-SHA256, as the official SDKs compute it by default:
/// a canonical request over the method, `/`, the sorted RFC 3986 query, the signed headers and
/// the body's SHA-256, then HMAC-SHA256 with the AccessKey secret. Servers check it over the
/// headers the `Authorization` names, not over a fixed set.
public enum ACS3Signature {
    public static let algorithm = "ACS3-HMAC-SHA256"

    public struct Request: Sendable, Equatable {
        public var method: String
        public var path: String
        /// Decoded parameters.
        public var query: [String: String]
        /// Header names in any case.
        public var headers: [String: String]
        public var body: Data

        public init(method: String = "POST", path: String = "/", query: [String: String], headers: [String: String], body: Data = Data()) {
            self.method = method
            self.path = path
            self.query = query
            self.headers = headers
            self.body = body
        }

        func header(_ name: String) -> String? { headers.first { $0.key.lowercased() == name }?.value }
    }

    /// The parts of an `Authorization: ACS3-HMAC-SHA256 Credential=…,SignedHeaders=…,Signature=…`.
    public struct Authorization: Sendable, Equatable {
        public var accessKeyID: String
        public var signedHeaders: [String]
        public var signature: String

        public init?(_ header: String) {
            guard header.hasPrefix(ACS3Signature.algorithm + " ") else { return nil }
            var fields: [String: String] = [:]
            for part in header.dropFirst(ACS3Signature.algorithm.count + 1).split(separator: ",") {
                let pair = part.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1).map(String.init)
                if pair.count == 2 { fields[pair[0]] = pair[1] }
            }
            guard let credential = fields["Credential"], let signed = fields["SignedHeaders"], let signature = fields["Signature"] else { return nil }
            accessKeyID = credential
            signedHeaders = signed.split(separator: ";").map(String.init)
            self.signature = signature
        }
    }

    public static func hexSHA256(_ data: Data) -> String { SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined() }

    public static func canonicalQuery(_ query: [String: String]) -> String { RPCParameters.queryString(query) }

    /// The canonical request over the headers named (lower-case, sorted).
    public static func canonicalRequest(_ request: Request, signedHeaders: [String]) -> String {
        let names = signedHeaders.map { $0.lowercased() }.sorted()
        let headers = names.map { "\($0):\((request.header($0) ?? "").trimmingCharacters(in: .whitespaces))\n" }.joined()
        return [request.method.uppercased(), request.path.isEmpty ? "/" : request.path, canonicalQuery(request.query), headers,
                names.joined(separator: ";"), hexSHA256(request.body)].joined(separator: "\n")
    }

    public static func stringToSign(_ canonicalRequest: String) -> String {
        algorithm + "\n" + hexSHA256(Data(canonicalRequest.utf8))
    }

    public static func signature(secret: String, stringToSign: String) -> String {
        HMAC<SHA256>.authenticationCode(for: Data(stringToSign.utf8), using: SymmetricKey(data: Data(secret.utf8)))
            .map { String(format: "%02x", $0) }.joined()
    }

    /// The `Authorization` header over every header of the request, as the Python SDK signs.
    public static func authorization(_ request: Request, accessKeyID: String, secret: String) -> String {
        let names = request.headers.keys.map { $0.lowercased() }.sorted()
        let signature = signature(secret: secret, stringToSign: stringToSign(canonicalRequest(request, signedHeaders: names)))
        return "\(algorithm) Credential=\(accessKeyID),SignedHeaders=\(names.joined(separator: ";")),Signature=\(signature)"
    }

    /// Adds what the SDKs add before signing (`x-acs-date`, `x-acs-signature-nonce`,
    /// `x-acs-content-sha256`, and the security token for STS credentials), then `Authorization`.
    public static func sign(
        _ request: inout Request, accessKeyID: String, secret: String, securityToken: String? = nil, date: Date = Date(),
        nonce: String = UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
    ) {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        request.headers["x-acs-date"] = formatter.string(from: date)
        request.headers["x-acs-signature-nonce"] = nonce
        request.headers["x-acs-content-sha256"] = hexSHA256(request.body)
        if let securityToken {
            request.headers["x-acs-security-token"] = securityToken
            request.headers["x-acs-accesskey-id"] = accessKeyID
        }
        request.headers["Authorization"] = authorization(request, accessKeyID: accessKeyID, secret: secret)
    }

    /// Whether the request's `Authorization` is right for `secret` over the headers it names
    /// (which must include `host` and every `x-acs-*` header sent).
    public static func verify(_ request: Request, secret: String) -> Bool {
        guard let header = request.header("authorization"), let authorization = Authorization(header) else { return false }
        let signed = Set(authorization.signedHeaders)
        let required = request.headers.keys.map { $0.lowercased() }.filter { $0 == "host" || ($0.hasPrefix("x-acs-") && $0 != "x-acs-retry-attempts" && $0 != "x-acs-retry-delay") }
        guard required.allSatisfy(signed.contains) else { return false }
        let expected = signature(secret: secret, stringToSign: stringToSign(canonicalRequest(request, signedHeaders: authorization.signedHeaders)))
        let a = Array(expected.utf8), b = Array(authorization.signature.lowercased().utf8)
        return a.count == b.count && zip(a, b).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
