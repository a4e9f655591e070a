import Crypto
import Foundation

/// AWS Signature Version 4: the credential scope a request names, and the signature over its
/// canonical form, for signing requests and for checking them.
public enum SigV4 {
    public struct Authorization: Sendable, Equatable {
        public let accessKeyID: String
        public let date: String
        public let region: String
        public let service: String
        public let signedHeaders: [String]
        public let signature: String
    }

    /// Reads `AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/ec2/aws4_request,
    /// SignedHeaders=…, Signature=…`.
    public static func parseAuthorization(_ header: String) -> Authorization? {
        guard header.hasPrefix("AWS4-HMAC-SHA256 ") else { return nil }
        var fields: [String: String] = [:]
        for part in header.dropFirst("AWS4-HMAC-SHA256 ".count).split(separator: ",") {
            let pair = part.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1)
            if pair.count == 2 { fields[String(pair[0])] = String(pair[1]) }
        }
        guard let credential = fields["Credential"] else { return nil }
        let scope = credential.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard scope.count == 5, scope[4] == "aws4_request" else { return nil }
        return Authorization(
            accessKeyID: scope[0], date: scope[1], region: scope[2], service: scope[3],
            signedHeaders: (fields["SignedHeaders"] ?? "").split(separator: ";").map(String.init),
            signature: fields["Signature"] ?? "")
    }

    public struct Request: Sendable {
        public var method: String
        /// The path as sent on the wire (already percent-encoded once).
        public var path: String
        public var query: String
        /// Header names in lower case.
        public var headers: [String: String]
        public var body: [UInt8]

        public init(method: String, path: String, query: String = "", headers: [String: String], body: [UInt8]) {
            self.method = method
            self.path = path
            self.query = query
            self.headers = Dictionary(headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { a, _ in a })
            self.body = body
        }
    }

    public static func canonicalRequest(_ request: Request, signedHeaders: [String]) -> String {
        let path = request.path.isEmpty ? "/" : request.path
        let canonicalPath = path.split(separator: "/", omittingEmptySubsequences: false)
            .map { FormParameters.encode(String($0)) }.joined(separator: "/")
        let encodedPairs: [(String, String)] = FormParameters(encoded: request.query).pairs.map { pair in
            (FormParameters.encode(pair.name), FormParameters.encode(pair.value))
        }
        let sortedPairs = encodedPairs.sorted { a, b in a.0 == b.0 ? a.1 < b.1 : a.0 < b.0 }
        let query = sortedPairs.map { pair in "\(pair.0)=\(pair.1)" }.joined(separator: "&")
        let names = signedHeaders.map { $0.lowercased() }.sorted()
        let headers = names.map { name in
            let value = (request.headers[name] ?? "").split(whereSeparator: \.isWhitespace).joined(separator: " ")
            return "\(name):\(value)\n"
        }.joined()
        let payload = request.headers["x-amz-content-sha256"] ?? hex(SHA256.hash(data: request.body))
        return [request.method, canonicalPath, query, headers, names.joined(separator: ";"), payload]
            .joined(separator: "\n")
    }

    public static func stringToSign(canonicalRequest: String, timestamp: String, scope: String) -> String {
        ["AWS4-HMAC-SHA256", timestamp, scope, hex(SHA256.hash(data: Data(canonicalRequest.utf8)))]
            .joined(separator: "\n")
    }

    public static func signature(
        secretAccessKey: String, date: String, region: String, service: String, stringToSign: String
    ) -> String {
        var key = SymmetricKey(data: Data("AWS4\(secretAccessKey)".utf8))
        for part in [date, region, service, "aws4_request"] {
            key = SymmetricKey(data: Data(HMAC<SHA256>.authenticationCode(for: Data(part.utf8), using: key)))
        }
        return hex(HMAC<SHA256>.authenticationCode(for: Data(stringToSign.utf8), using: key))
    }

    /// Whether `request` carries a valid signature by `secretAccessKey` for its `Authorization`.
    public static func verify(_ request: Request, authorization: Authorization, secretAccessKey: String) -> Bool {
        guard let timestamp = request.headers["x-amz-date"], authorization.signedHeaders.contains("host") else {
            return false
        }
        let canonical = canonicalRequest(request, signedHeaders: authorization.signedHeaders)
        let scope = "\(authorization.date)/\(authorization.region)/\(authorization.service)/aws4_request"
        let expected = signature(
            secretAccessKey: secretAccessKey, date: authorization.date, region: authorization.region,
            service: authorization.service,
            stringToSign: stringToSign(canonicalRequest: canonical, timestamp: timestamp, scope: scope))
        return constantTimeEqual(expected, authorization.signature)
    }

    /// Adds `x-amz-date` (and the session token) and the `Authorization` header to `request`.
    public static func sign(
        _ request: inout Request, accessKeyID: String, secretAccessKey: String, sessionToken: String? = nil,
        region: String, service: String, now: Date
    ) {
        let timestamp = amzDate(now)
        let date = String(timestamp.prefix(8))
        request.headers["x-amz-date"] = timestamp
        if let sessionToken { request.headers["x-amz-security-token"] = sessionToken }
        let signed = request.headers.keys.filter {
            $0 == "host" || $0 == "content-type" || $0.hasPrefix("x-amz-")
        }.sorted()
        let scope = "\(date)/\(region)/\(service)/aws4_request"
        let canonical = canonicalRequest(request, signedHeaders: signed)
        let signature = signature(
            secretAccessKey: secretAccessKey, date: date, region: region, service: service,
            stringToSign: stringToSign(canonicalRequest: canonical, timestamp: timestamp, scope: scope))
        request.headers["authorization"] =
            "AWS4-HMAC-SHA256 Credential=\(accessKeyID)/\(scope), SignedHeaders=\(signed.joined(separator: ";")), Signature=\(signature)"
    }

    public static func amzDate(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }

    public static func hex<D: Sequence>(_ digest: D) -> String where D.Element == UInt8 {
        digest.map { String(format: "%02x", $0) }.joined()
    }

    private static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
