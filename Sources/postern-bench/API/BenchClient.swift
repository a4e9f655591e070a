import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// A pooled HTTP/1.1 client that sends each request with the bench's bearer key.
final class BenchClient: Sendable {
    let http: HTTPClient
    let authorization: String

    init(key: String, connections: Int) {
        var configuration = HTTPClient.Configuration()
        configuration.connectionPool = .init(idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: connections)
        http = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
        authorization = "Bearer \(key)"
    }

    /// The status and body of one request; throws on a transport failure.
    func send(_ method: HTTPMethod, _ url: String, json: String? = nil) async throws -> (status: Int, body: ByteBuffer) {
        var request = HTTPClientRequest(url: url)
        request.method = method
        request.headers.add(name: "Authorization", value: authorization)
        if let json {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(string: json))
        }
        let response = try await http.execute(request, timeout: .seconds(60))
        return (Int(response.status.code), try await response.body.collect(upTo: 16 << 20))
    }

    /// The JSON object of a 200 answer; throws with the body otherwise.
    func object(_ method: HTTPMethod, _ url: String, json: String? = nil) async throws -> [String: Any] {
        let (status, body) = try await send(method, url, json: json)
        guard status == 200, let object = try JSONSerialization.jsonObject(with: Data(body.readableBytesView)) as? [String: Any] else {
            throw BenchFailure("\(method.rawValue) \(url) answered \(status): \(String(buffer: body).prefix(400))")
        }
        return object
    }

    /// How many connections of the cluster are in `state` (the list's totalSize).
    func count(_ target: Target, state: String) async throws -> Int {
        let page = try await object(.GET, "\(target.connections)?state=\(state)&pageSize=1")
        return (page["totalSize"] as? NSNumber)?.intValue ?? 0
    }

    func shutdown() async { try? await http.shutdown() }
}

struct BenchFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// One result line, as bench/api collects them: `{"store": …, "metric": …, "value": …}`.
func report(_ store: String, _ metric: String, _ value: Double) {
    let line = "{\"store\":\"\(store)\",\"metric\":\"\(metric)\",\"value\":\(value.isFinite ? String(value) : "null")}\n"
    FileHandle.standardOutput.write(Data(line.utf8))
}
