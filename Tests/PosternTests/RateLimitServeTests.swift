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

    @Test func curlSeesTheLimitAndTheCLIWaitsItOut() async throws {
        let postern = try await PosternProcess(arguments: ["--rate-limit", "5"])
        #expect(postern.output.contains("rate limit: 5 requests a minute per API key"), "\(postern.output)")
        // One window for the six calls: clear of the minute's end.
        let into = Date().timeIntervalSince1970.truncatingRemainder(dividingBy: 60)
        if into > 45 { try await Task.sleep(for: .seconds(61 - into)) }
        let api = try postern.api()
        for left in (0..<5).reversed() {
            let reply = try await api.get("/v1beta1/clusters")
            #expect(reply.status == 200, "\(reply.json)")
            #expect(Self.header("X-Ratelimit-Limit-Minute", in: reply.headers) == "5", "\(reply.headers)")
            #expect(Self.header("X-Ratelimit-Remaining-Minute", in: reply.headers) == "\(left)", "\(reply.headers)")
        }
        let refused = try await api.get("/v1beta1/clusters")
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
        let into = Date().timeIntervalSince1970.truncatingRemainder(dividingBy: 60)
        if into > 45 { try await Task.sleep(for: .seconds(61 - into)) }
        var remaining: [String] = []
        for index in [0, 1, 0, 1] {
            let reply = try await set.api(index).get("/v1beta1/clusters")
            #expect(reply.status == 200, "\(reply.json)")
            remaining.append(Self.header("X-Ratelimit-Remaining-Minute", in: reply.headers) ?? "")
        }
        #expect(remaining == ["3", "2", "1", "0"], "one count across both replicas: \(remaining)")
        #expect(try await set.api(1).get("/v1beta1/clusters").status == 429)
        #expect(try await set.api(0).get("/v1beta1/clusters").status == 429)
    }
}
