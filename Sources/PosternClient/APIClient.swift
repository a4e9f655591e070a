import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// Postern's API over HTTP, authenticated as TiDB Cloud's clients are: HTTP Digest with an API
/// key pair (the first request draws the challenge, the second answers it).
public struct APIClient: Sendable {
    public let baseURL: URL
    public let publicKey: String
    public let privateKey: String
    /// Writes each request and response to standard error (`-D/--debug`).
    public let debug: Bool

    public init(baseURL: URL, publicKey: String, privateKey: String, debug: Bool = false) {
        self.baseURL = baseURL
        self.publicKey = publicKey
        self.privateKey = privateKey
        self.debug = debug
    }

    public struct Reply: Sendable {
        public let status: Int
        public let body: Data

        public var json: Any? { try? JSONSerialization.jsonObject(with: body) }
    }

    public func get(_ path: String) async throws -> Any { try await call("GET", path) }
    public func delete(_ path: String) async throws -> Any { try await call("DELETE", path) }
    public func post(_ path: String, _ body: Any) async throws -> Any { try await call("POST", path, body: body) }

    /// Sends a request and returns its JSON, or throws `APIFailure` for any status but 200.
    public func call(_ method: String, _ path: String, body: Any? = nil) async throws -> Any {
        let data = try body.map { try JSONSerialization.data(withJSONObject: $0, options: [.sortedKeys]) }
        let reply = try await send(method, path, body: data)
        guard reply.status == 200 else { throw APIFailure(method: method, path: path, status: reply.status, body: reply.body) }
        return reply.json ?? [:]
    }

    public func send(_ method: String, _ path: String, body: Data?) async throws -> Reply {
        guard let url = URL(string: path, relativeTo: baseURL)?.absoluteURL else { throw APIFailure.badURL(path) }
        var (status, headers, data) = try await exchange(method, url, body: body, authorization: nil)
        if status == 401, let challenge = DigestChallenge.parse(headers).first {
            let uri = url.path + (url.query.map { "?\($0)" } ?? "")
            let answer = challenge.authorization(
                user: publicKey, password: privateKey, method: method, uri: uri, cnonce: UUID().uuidString.lowercased())
            (status, headers, data) = try await exchange(method, url, body: body, authorization: answer)
        }
        return Reply(status: status, body: data)
    }

    private func exchange(_ method: String, _ url: URL, body: Data?, authorization: String?) async throws -> (Int, [String], Data) {
        var request = HTTPClientRequest(url: url.absoluteString)
        request.method = HTTPMethod(rawValue: method)
        request.headers.add(name: "User-Agent", value: "postern-cli")
        if let body {
            request.body = .bytes(ByteBuffer(bytes: body))
            request.headers.add(name: "Content-Type", value: "application/json")
        }
        if let authorization { request.headers.add(name: "Authorization", value: authorization) }
        if debug { FileHandle.standardError.write(Data("> \(method) \(url.absoluteString)\n\(body.map { String(decoding: $0, as: UTF8.self) + "\n" } ?? "")".utf8)) }
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(30))
        let data = Data(try await response.body.collect(upTo: 64 << 20).readableBytesView)
        let status = Int(response.status.code)
        if debug { FileHandle.standardError.write(Data("< \(status)\n\(String(decoding: data, as: UTF8.self))\n".utf8)) }
        return (status, response.headers["WWW-Authenticate"], data)
    }
}

/// A request the API refused, rendered as TiDB Cloud's CLI renders it:
/// `[METHOD path][status text][trace id] body`.
public struct APIFailure: Error, Sendable, CustomStringConvertible {
    public let method: String
    public let path: String
    public let status: Int
    public let body: Data

    public init(method: String, path: String, status: Int, body: Data) {
        self.method = method
        self.path = path
        self.status = status
        self.body = body
    }

    static func badURL(_ path: String) -> APIFailure { APIFailure(method: "", path: path, status: 0, body: Data("invalid URL".utf8)) }

    /// The `message` of TiDB Cloud's error body, if it has one.
    public var message: String? { ((try? JSONSerialization.jsonObject(with: body)) as? [String: Any])?["message"] as? String }

    public var description: String {
        let text = HTTPResponseStatus(statusCode: status).reasonPhrase.capitalized
        return "[\(method) \(path)][\(status) \(text)][<trace_id>] \(String(decoding: body, as: UTF8.self))"
    }
}
