import Foundation
import HTTPTypes
import OpenAPIRuntime

/// A 429 (the key's requests a minute are spent) is waited out and sent again, as often as
/// `attempts` allows, saying so on standard error: a script's command succeeds, only later.
struct RateLimitWait: ClientMiddleware {
    var attempts = 5
    /// The longest wait for one answer, whatever Retry-After says.
    var longest: TimeInterval = 60
    var say: @Sendable (String) -> Void = { FileHandle.standardError.write(Data("postern: \($0)\n".utf8)) }

    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        // Kept whole, so it can be sent again.
        var sent: Data?
        if let body { sent = try await Data(collecting: body, upTo: 16 << 20) }
        var attempt = 1
        while true {
            let (response, responseBody) = try await next(request, sent.map { HTTPBody($0) }, baseURL)
            guard response.status.code == 429, attempt < attempts else { return (response, responseBody) }
            let wait = min(longest, max(1, response.headerFields[HTTPField.Name.retryAfter].flatMap { TimeInterval($0) } ?? 5))
            let limit = response.headerFields[HTTPField.Name("X-Ratelimit-Limit-Minute")!].map { " (\($0) requests a minute for this key)" } ?? ""
            say("the server's rate limit is reached\(limit); waiting \(Int(wait)) s, then sending \(request.method.rawValue) \(request.path ?? "") again (attempt \(attempt + 1) of \(attempts))")
            try await Task.sleep(for: .seconds(wait))
            attempt += 1
        }
    }
}
