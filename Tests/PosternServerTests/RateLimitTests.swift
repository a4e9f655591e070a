import Foundation
import HTTPTypes
import PosternDomain
import Testing

@testable import PosternServer

/// TiDB Cloud's rate limit, in process: each key's budget a minute, its headers on every
/// answer, 429 with TiDB Cloud's body and Retry-After past it, nothing done for a refused call.
@Suite struct RateLimitTests {
    /// `calls` made within one minute window, on a world of its own: tried again (at most three
    /// times) when a window's end fell among them, since calls across it see two budgets.
    static func inOneWindow<T>(rateLimit: Int, _ calls: (RouterWorld) async throws -> T) async throws -> (RouterWorld, T) {
        for _ in 0..<3 {
            let into = Date().timeIntervalSince1970.truncatingRemainder(dividingBy: 60)
            if into > 40 { try await Task.sleep(for: .seconds(61 - into)) }
            let world = try await RouterWorld(rateLimit: rateLimit)
            let window = Int(Date().timeIntervalSince1970 / 60)
            let seen = try await calls(world)
            if Int(Date().timeIntervalSince1970 / 60) == window { return (world, seen) }
        }
        throw RateLimitTestError()
    }

    struct RateLimitTestError: Error {}

    static func header(_ reply: RouterWorld.Reply, _ name: String) -> String? { reply.headers[HTTPField.Name(name)!] }

    @Test func eachKeyHasItsBudgetAMinute() async throws {
        let (world, replies) = try await Self.inOneWindow(rateLimit: 3) { world in
            var replies: [RouterWorld.Reply] = []
            for _ in 0..<3 { replies.append(try await world.send(.get, "/v1beta1/clusters", authorization: world.bearer(.projectOwner))) }
            replies.append(try await world.send(
                .post, "/v1beta1/clusters", body: #"{"displayName": "over", "region": {"name": "regions/aws-us-west-2"}}"#,
                authorization: world.bearer(.projectOwner)))
            replies.append(try await world.send(.get, "/v1beta1/clusters", authorization: world.bearer(.projectViewer)))
            return replies
        }
        for (reply, left) in zip(replies.prefix(3), [2, 1, 0]) {
            #expect(reply.status == 200, "\(reply.body)")
            #expect(Self.header(reply, "X-Ratelimit-Limit-Minute") == "3")
            #expect(Self.header(reply, "X-Ratelimit-Remaining-Minute") == "\(left)")
            let reset = Int(Self.header(reply, "X-Ratelimit-Reset") ?? "") ?? 0
            #expect((1...60).contains(reset), "reset in \(reset) s")
        }
        let refused = replies[3]
        #expect(refused.status == 429)
        #expect(refused.json["code"] as? Int == 49900007, "\(refused.body)")
        #expect((refused.json["message"] as? String)?.contains("exceeded the limit of 3 times per apikey per minute") == true, "\(refused.body)")
        #expect((refused.json["details"] as? [Any])?.isEmpty == true)
        let retryAfter = Int(refused.headers[.retryAfter] ?? "") ?? 0
        #expect((1...60).contains(retryAfter), "Retry-After \(retryAfter)")
        #expect(Self.header(refused, "X-Ratelimit-Remaining-Minute") == "0")
        #expect(try await world.store.all(Cluster.self).count == 3, "a refused call does nothing")
        let other = replies[4]
        #expect(other.status == 200, "another key has its own budget")
        #expect(Self.header(other, "X-Ratelimit-Remaining-Minute") == "2")

        let anonymous = try await world.send(.get, "/v1beta1/clusters", authorization: nil)
        #expect(anonymous.status == 401)
        #expect(Self.header(anonymous, "X-Ratelimit-Limit-Minute") == nil, "no key, no budget spent")
        let health = try await world.send(.get, "/healthz", authorization: nil)
        #expect(health.status == 200)
    }

    @Test func aConsoleSessionHasSixTimesAKeysBudget() async throws {
        let (_, seen) = try await Self.inOneWindow(rateLimit: 2) { world in
            let (cookie, _, _) = try await ConsoleSessionTests.signIn(world, .projectMember)
            var statuses: [Int] = []
            for _ in 0..<13 { statuses.append(try await world.send(.get, "/v1beta1/clusters", headers: [.cookie: cookie]).status) }
            let key = try await world.send(.get, "/v1beta1/clusters", authorization: world.bearer(.projectMember)).status
            return (statuses, key)
        }
        #expect(seen.0 == Array(repeating: 200, count: 12) + [429], "\(seen.0)")
        #expect(seen.1 == 200, "the session's budget is not its key's")
    }

    @Test func noLimitMeansNoHeaders() async throws {
        let world = try await RouterWorld()
        for _ in 0..<5 {
            let reply = try await world.send(.get, "/v1beta1/clusters", authorization: world.bearer(.projectOwner))
            #expect(reply.status == 200)
            #expect(Self.header(reply, "X-Ratelimit-Limit-Minute") == nil)
        }
    }
}
