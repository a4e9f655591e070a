import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// Alibaba Cloud's RPC APIs as the official SDKs call them: `POST /` with the parameters in the
/// query, the product and operation in `x-acs-version` and `x-acs-action`, signed with
/// ACS3-HMAC-SHA256; JSON answers, and errors as `AlibabaServiceError`. Throttling and the
/// service's own failures are retried (at most `maxAttempts`, exponential backoff with full
/// jitter, `x-acs-retry-after` when the service names a wait); nothing else is.
public struct AlibabaClient: Sendable {
    public let credentials: any AlibabaCredentialProvider
    /// Every product at this URL (the embedded cloud, a test server) instead of its own endpoint.
    public let endpoint: String?
    public let maxAttempts: Int
    public let timeout: TimeInterval
    /// How long the first retry waits at most; each next one doubles it, up to 20 s.
    let baseDelay: TimeInterval

    public init(credentials: any AlibabaCredentialProvider, endpoint: String? = nil, maxAttempts: Int = 3, timeout: TimeInterval = 30, baseDelay: TimeInterval = 0.2) {
        self.credentials = credentials
        self.endpoint = endpoint
        self.maxAttempts = max(1, maxAttempts)
        self.timeout = timeout
        self.baseDelay = baseDelay
    }

    public func call(_ product: AlibabaProduct, _ action: String, _ parameters: [String: RPCValue] = [:], region: String) async throws
        -> AlibabaJSON
    {
        var attempt = 1
        while true {
            do {
                return try await attemptOnce(product, action, parameters, region: region)
            } catch let error as AlibabaServiceError where error.isRetryable && attempt < maxAttempts {
                let cap = min(20, baseDelay * pow(2, Double(attempt - 1)))
                let wait = error.retryAfter ?? Double.random(in: 0...cap)
                attempt += 1
                try await Task.sleep(for: .milliseconds(Int(wait * 1000)))
            }
        }
    }

    private func attemptOnce(_ product: AlibabaProduct, _ action: String, _ parameters: [String: RPCValue], region: String) async throws
        -> AlibabaJSON
    {
        let base = endpoint ?? product.endpoint(region: region)
        guard let url = URL(string: base), let host = url.host else { throw AlibabaServiceError("InvalidEndpoint", "'\(base)' is not a URL.", status: 0) }
        let query = RPCParameters.flatten(parameters)
        var request = ACS3Signature.Request(
            query: query,
            headers: ["host": url.port.map { "\(host):\($0)" } ?? host, "x-acs-action": action, "x-acs-version": product.version,
                      "accept": "application/json"])
        let keys = try await credentials.credentials()
        ACS3Signature.sign(&request, accessKeyID: keys.accessKeyID, secret: keys.accessKeySecret, securityToken: keys.securityToken)
        let queryString = RPCParameters.queryString(query)
        var http = HTTPClientRequest(url: base.trimmingCharacters(in: CharacterSet(charactersIn: "/")) + "/" + (queryString.isEmpty ? "" : "?\(queryString)"))
        http.method = .POST
        for (name, value) in request.headers where name != "host" { http.headers.add(name: name, value: value) }
        http.headers.add(name: "Content-Length", value: "0")
        let response: HTTPClientResponse
        do {
            response = try await HTTPClient.shared.execute(http, timeout: .milliseconds(Int64(timeout * 1000)))
        } catch {
            throw AlibabaServiceError("ServiceUnavailable", "\(base) did not answer: \(error)", status: 0)
        }
        let body = Data(try await response.body.collect(upTo: 32 << 20).readableBytesView)
        let status = Int(response.status.code)
        let json = (try? AlibabaJSON(data: body)) ?? .null
        guard (200..<300).contains(status) else {
            let code = json["Code"].string ?? json["code"].string ?? "HTTP\(status)"
            let message = json["Message"].string ?? json["message"].string ?? String(decoding: body, as: UTF8.self)
            let retryAfter = response.headers["x-acs-retry-after"].first.flatMap(Double.init).map { $0 / 1000 }
            throw AlibabaServiceError(
                code, message, status: status, requestID: json["RequestId"].string ?? json["requestId"].string, retryAfter: retryAfter)
        }
        return json
    }
}

/// An error the API answered (or the network gave): the service's code, message, HTTP status
/// and request id, as the SDKs' `ClientException` and `ServerException` carry them.
public struct AlibabaServiceError: Error, Sendable, Equatable, CustomStringConvertible {
    public let code: String
    public let message: String
    public let status: Int
    public let requestID: String?
    /// Seconds the service asked to wait (`x-acs-retry-after`).
    public let retryAfter: TimeInterval?

    public init(_ code: String, _ message: String, status: Int, requestID: String? = nil, retryAfter: TimeInterval? = nil) {
        self.code = code
        self.message = message
        self.status = status
        self.requestID = requestID
        self.retryAfter = retryAfter
    }

    /// Throttling, the service's own failures and a network that did not answer.
    public var isRetryable: Bool {
        code.hasPrefix("Throttling") || code == "ServiceUnavailable" || code == "InternalError" || status >= 500
    }

    public var description: String { "\(code): \(message)\(requestID.map { " (request id \($0))" } ?? "")" }
}
