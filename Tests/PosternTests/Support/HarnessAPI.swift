import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The control plane's API for load and fault harnesses: many requests at once without a
/// process each, Bearer-authenticated. A request the server never answered (it was killed, say)
/// has status 0: it is not acknowledged.
final class HarnessAPI: @unchecked Sendable {
    private let session: URLSession
    private let lock = NSLock()
    private var base: String
    let authorization: String

    init(baseURL: String, publicKey: String, privateKey: String) {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = 20
        configuration.httpMaximumConnectionsPerHost = 64
        session = URLSession(configuration: configuration)
        base = baseURL
        authorization = "Bearer \(publicKey):\(privateKey)"
    }

    /// Where the server listens now (a restarted one may listen elsewhere).
    var baseURL: String {
        get { lock.withLock { base } }
        set { lock.withLock { base = newValue } }
    }

    struct Reply: Sendable {
        let status: Int
        let json: JSON
        var acknowledged: Bool { (200..<300).contains(status) }
    }

    func get(_ path: String) async -> Reply { await send("GET", path) }
    func delete(_ path: String) async -> Reply { await send("DELETE", path) }
    func post(_ path: String, _ body: String) async -> Reply { await send("POST", path, body: body) }

    func send(_ method: String, _ path: String, body: String? = nil) async -> Reply {
        guard let url = URL(string: baseURL + path) else { return Reply(status: 0, json: JSON(nil)) }
        var request = URLRequest(url: url)
        request.httpMethod = method
        request.setValue(authorization, forHTTPHeaderField: "Authorization")
        if let body {
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
            request.httpBody = Data(body.utf8)
        }
        do {
            let (data, response) = try await session.data(for: request)
            return Reply(status: (response as? HTTPURLResponse)?.statusCode ?? 0, json: JSON(parsing: String(decoding: data, as: UTF8.self)))
        } catch {
            return Reply(status: 0, json: JSON(nil))
        }
    }

    /// Every item of a paged list (`pageSize` 100), or nil if a page was not answered.
    func all(_ path: String, _ field: String) async -> [JSON]? {
        var items: [JSON] = []
        var token = ""
        for _ in 0..<1000 {
            let separator = path.contains("?") ? "&" : "?"
            let reply = await get("\(path)\(separator)pageSize=100\(token.isEmpty ? "" : "&pageToken=\(token)")")
            guard reply.status == 200 else { return nil }
            items += reply.json[field].array
            token = reply.json["nextPageToken"].string ?? ""
            if token.isEmpty { return items }
        }
        return nil
    }
}
