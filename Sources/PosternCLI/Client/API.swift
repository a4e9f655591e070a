import AsyncHTTPClient
import Foundation
import HTTPTypes
import OpenAPIAsyncHTTPClient
import OpenAPIRuntime

/// Postern's API through the client generated from `openapi.yaml`, authenticated as TiDB
/// Cloud's clients are: HTTP Digest with an API key pair. A change of the API is a change of
/// these calls' types, so it breaks this module's build rather than its users.
struct API: Sendable {
    let client: Client

    init(baseURL: URL, publicKey: String, privateKey: String, debug: Bool = false) {
        client = Client(
            serverURL: baseURL,
            transport: AsyncHTTPClientTransport(configuration: .init(client: .shared, timeout: .seconds(30))),
            middlewares: [Refusals(), RateLimitWait(), DigestAuthentication(publicKey: publicKey, privateKey: privateKey), WireDump(enabled: debug)])
    }

    /// A generated call's result; a refusal is an `APIFailure`, as ticloud renders it.
    func call<T>(_ operation: (Client) async throws -> T) async throws -> T {
        do {
            return try await operation(client)
        } catch let error as ClientError {
            throw error.underlyingError
        }
    }

    /// A generated call's body as the JSON values the terminal prints and the commands read.
    func json<Body: Encodable>(_ operation: (Client) async throws -> Body) async throws -> [String: Any] {
        try JSONValues.object(of: try await call(operation))
    }
}

/// Typed bodies as `JSONSerialization` values, with the API's ISO 8601 times.
enum JSONValues {
    static func object(of value: some Encodable) throws -> [String: Any] {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        return try JSONSerialization.jsonObject(with: try encoder.encode(value)) as? [String: Any] ?? [:]
    }
}

/// Answers a Digest challenge: the first request draws it, the same request again answers it.
struct DigestAuthentication: ClientMiddleware {
    let publicKey: String
    let privateKey: String

    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        let (response, responseBody) = try await next(request, body, baseURL)
        guard response.status.code == 401,
            let challenge = DigestChallenge.parse(response.headerFields[values: .wwwAuthenticate]).first
        else { return (response, responseBody) }
        let prefix = baseURL.path.hasSuffix("/") ? String(baseURL.path.dropLast()) : baseURL.path
        var answered = request
        answered.headerFields[.authorization] = challenge.authorization(
            user: publicKey, password: privateKey, method: request.method.rawValue, uri: prefix + (request.path ?? ""),
            cnonce: UUID().uuidString.lowercased())
        return try await next(answered, body, baseURL)
    }
}

/// Any answer but a success becomes an `APIFailure` with the body TiDB Cloud's error has.
struct Refusals: ClientMiddleware {
    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        let (response, responseBody) = try await next(request, body, baseURL)
        guard (200..<300).contains(response.status.code) else {
            var data = Data()
            if let responseBody { data = try await Data(collecting: responseBody, upTo: 16 << 20) }
            throw APIFailure(method: request.method.rawValue, path: request.path ?? "", status: response.status.code, body: data)
        }
        return (response, responseBody)
    }
}

/// `-D/--debug`: every request and response on standard error, as sent and received.
struct WireDump: ClientMiddleware {
    let enabled: Bool

    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        guard enabled else { return try await next(request, body, baseURL) }
        var sent: Data?
        if let body { sent = try await Data(collecting: body, upTo: 16 << 20) }
        let url = baseURL.absoluteString.trimmingCharacters(in: CharacterSet(charactersIn: "/")) + (request.path ?? "")
        Self.write("> \(request.method.rawValue) \(url)\n\(sent.map { String(decoding: $0, as: UTF8.self) + "\n" } ?? "")")
        let (response, responseBody) = try await next(request, sent.map { HTTPBody($0) }, baseURL)
        var received = Data()
        if let responseBody { received = try await Data(collecting: responseBody, upTo: 64 << 20) }
        Self.write("< \(response.status.code)\n\(String(decoding: received, as: UTF8.self))\n")
        return (response, HTTPBody(received))
    }

    private static func write(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }
}
