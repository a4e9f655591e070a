import Foundation
import NIOHTTP1

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
