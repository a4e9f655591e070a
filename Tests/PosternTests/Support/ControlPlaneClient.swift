import Foundation
import Testing

/// The real `curl`, with `--digest --user PUBLIC:PRIVATE`, against Postern's control plane.
struct ControlPlaneClient: Sendable {
    let baseURL: String
    let user: String?

    init(baseURL: String, user: String?) {
        self.baseURL = baseURL
        self.user = user
    }

    struct Reply: Sendable {
        let status: Int
        let headers: String
        let json: JSON
    }

    func get(_ path: String) async throws -> Reply { try await request("GET", path) }
    func delete(_ path: String) async throws -> Reply { try await request("DELETE", path) }
    func post(_ path: String, _ body: String) async throws -> Reply { try await request("POST", path, body: body) }
    func patch(_ path: String, _ body: String) async throws -> Reply { try await request("PATCH", path, body: body) }

    func request(_ method: String, _ path: String, body: String? = nil, extra: [String] = []) async throws -> Reply {
        let headers = FileManager.default.temporaryDirectory.appendingPathComponent("curl-headers-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: headers) }
        var arguments = ["curl", "-s", "--max-time", "20", "-X", method, "-D", headers.path, "-w", "\n%{http_code}"]
        if let user { arguments += ["--digest", "--user", user] }
        if let body { arguments += ["-H", "Content-Type: application/json", "--data", body] }
        let result = try await Subprocess.run(arguments + extra + [baseURL + path])
        let status = result.stdout.split(separator: "\n").last.flatMap { Int($0) } ?? 0
        let text = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().joined(separator: "\n")
        return Reply(status: status, headers: (try? String(contentsOf: headers, encoding: .utf8)) ?? "", json: JSON(parsing: text))
    }

    /// Polls `path` until `field` reads `value` (at most `seconds`), and returns the last reply.
    func wait(_ path: String, until field: String, is value: String, seconds: Double = 30) async throws -> Reply {
        try await wait(path, seconds: seconds) { $0.json[field].string == value }
    }

    /// Polls `path` until `done` holds for its reply (at most `seconds`), and returns the last reply.
    func wait(_ path: String, seconds: Double = 30, until done: (Reply) -> Bool) async throws -> Reply {
        let deadline = Date().addingTimeInterval(seconds)
        var reply = try await get(path)
        while !done(reply) && Date() < deadline {
            try await Task.sleep(for: .milliseconds(200))
            reply = try await get(path)
        }
        return reply
    }
}
