import Foundation
import Testing

/// The rate limit of a real `postern serve`: curl sees its headers and the 429, and the CLI
/// waits the minute out and succeeds, saying so.
@Suite struct RateLimitServeTests {
    static func header(_ name: String, in headers: String) -> String? {
        for line in headers.split(whereSeparator: \.isNewline) {
            let parts = line.split(separator: ":", maxSplits: 1)
            if parts.count == 2, parts[0].lowercased() == name.lowercased() { return parts[1].trimmingCharacters(in: .whitespaces) }
        }
        return nil
    }

    /// `calls` within one minute window: when a window's end falls among them, they are made
    /// again once the next window is clear of what they spent (at most three times).
    static func inOneWindow<T>(_ calls: () async throws -> T) async throws -> T {
        for _ in 0..<3 {
            let into = Date().timeIntervalSince1970.truncatingRemainder(dividingBy: 60)
            if into > 40 { try await Task.sleep(for: .seconds(61 - into)) }
            let window = Int(Date().timeIntervalSince1970 / 60)
            let seen = try await calls()
            let now = Date().timeIntervalSince1970
            if Int(now / 60) == window { return seen }
            try await Task.sleep(for: .seconds(61 - now.truncatingRemainder(dividingBy: 60)))
        }
        throw PosternTestError("three minute windows ended among the calls")
    }

    @Test func curlSeesTheLimitAndTheCLIWaitsItOut() async throws {
        let postern = try await PosternProcess(arguments: ["--rate-limit", "5"])
        #expect(postern.output.contains("rate limit: 5 requests a minute per API key"), "\(postern.output)")
        let api = try postern.api()
        let replies = try await Self.inOneWindow { try await (0..<6).asyncMap { _ in try await api.get("/v1beta1/clusters") } }
        for (reply, left) in zip(replies, (0..<5).reversed()) {
            #expect(reply.status == 200, "\(reply.json)")
            #expect(Self.header("X-Ratelimit-Limit-Minute", in: reply.headers) == "5", "\(reply.headers)")
            #expect(Self.header("X-Ratelimit-Remaining-Minute", in: reply.headers) == "\(left)", "\(reply.headers)")
        }
        let refused = replies[5]
        #expect(refused.status == 429, "\(refused.headers)")
        #expect(refused.json["code"].int == 49900007, "\(refused.json)")
        #expect(refused.json["message"].string?.contains("exceeded the limit of 5 times per apikey per minute") == true)
        let retryAfter = Int(Self.header("Retry-After", in: refused.headers) ?? "") ?? 0
        #expect((1...60).contains(retryAfter), "\(refused.headers)")

        let started = Date()
        let listed = try await PosternCLI(postern).succeed("serverless", "list", "-o", "json")
        #expect(listed.output.contains("the server's rate limit is reached (5 requests a minute for this key); waiting"), "\(listed.output)")
        #expect(Date().timeIntervalSince(started) >= 1, "it waited")
    }

    @Test func replicasOnOnePostgreSQLShareTheCount() async throws {
        let set = try await ReplicaSet(count: 2, lease: "3s", arguments: ["--rate-limit", "4"])
        let replies = try await Self.inOneWindow { try await [0, 1, 0, 1, 1, 0].asyncMap { try await set.api($0).get("/v1beta1/clusters") } }
        #expect(replies.prefix(4).allSatisfy { $0.status == 200 }, "\(replies.map(\.status))")
        let remaining = replies.prefix(4).map { Self.header("X-Ratelimit-Remaining-Minute", in: $0.headers) ?? "" }
        #expect(remaining == ["3", "2", "1", "0"], "one count across both replicas: \(remaining)")
        #expect(replies.suffix(2).map(\.status) == [429, 429], "spent at both")
    }
}

extension Sequence {
    /// The elements' transforms, one after another.
    func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var results: [T] = []
        for element in self { results.append(try await transform(element)) }
        return results
    }
}
