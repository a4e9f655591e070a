import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// HTTP on swift-server's async-http-client: pooled connections, a deadline per request, and
/// nothing to shut down (the shared client lives as long as the process).
public struct HTTPTransport: Sendable {
    let client: HTTPClient

    public static let shared = HTTPTransport(client: .shared)

    public init(client: HTTPClient) { self.client = client }

    public struct Reply: Sendable {
        public let status: Int
        /// Names in lower case.
        public let headers: [(name: String, value: String)]
        public let body: [UInt8]

        public func header(_ name: String) -> String? {
            let name = name.lowercased()
            return headers.first { $0.name == name }?.value
        }

        public var text: String { String(decoding: body, as: UTF8.self) }
    }

    /// Sends one request and reads the whole answer. A failure to reach the server at all is
    /// `TransportError.notSent`; one after the request may have arrived is `.ambiguous`.
    public func send(
        _ method: String, _ url: String, headers: [(String, String)] = [], body: [UInt8] = [], timeout: TimeInterval = 30,
        maxBody: Int = 64 << 20
    ) async throws -> Reply {
        var request = HTTPClientRequest(url: url)
        request.method = HTTPMethod(rawValue: method)
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        if !body.isEmpty || ["POST", "PUT", "PATCH"].contains(method) { request.body = .bytes(ByteBuffer(bytes: body)) }
        do {
            let response = try await client.execute(request, timeout: .milliseconds(Int64(timeout * 1000)))
            let buffer = try await response.body.collect(upTo: maxBody)
            return Reply(
                status: Int(response.status.code), headers: response.headers.map { ($0.name.lowercased(), $0.value) },
                body: Array(buffer.readableBytesView))
        } catch let error as TransportError {
            throw error
        } catch {
            throw TransportError(url: url, underlying: error)
        }
    }
}

/// A request that got no HTTP answer.
public struct TransportError: Error, Sendable, CustomStringConvertible {
    public let url: String
    public let underlying: any Error
    /// True when the request cannot have reached the server (nothing listened, the connection
    /// was never made): a retry cannot make anything twice.
    public let notSent: Bool

    init(url: String, underlying: any Error) {
        self.url = url
        self.underlying = underlying
        notSent = Self.neverSent(underlying)
    }

    public var isTimeout: Bool {
        if let error = underlying as? HTTPClientError {
            return error == .deadlineExceeded || error == .readTimeout || error == .connectTimeout
        }
        return false
    }

    static func neverSent(_ error: any Error) -> Bool {
        if let error = error as? HTTPClientError { return error == .connectTimeout }
        if error is NIOConnectionError { return true }
        if let error = error as? ChannelError, case .connectTimeout = error { return true }
        if let error = error as? IOError { return [ECONNREFUSED, ENETUNREACH, EHOSTUNREACH].contains(error.errnoCode) }
        return false
    }

    public var description: String { "no answer from \(url): \(underlying)" }
}
