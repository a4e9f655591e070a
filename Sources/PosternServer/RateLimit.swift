import Foundation
import HTTPTypes
import Hummingbird
import Logging
import PosternDomain
import PosternStore

/// TiDB Cloud's rate limit: so many requests a minute for each API key (100 by default), in
/// fixed minute windows counted in the store, so replicas on one PostgreSQL share the count.
/// Every answer to a key says its limit, what is left and when the window resets; past the
/// limit the answer is 429 with TiDB Cloud's body and `Retry-After`. A console session has its
/// own budget, six times a key's, since its pages refresh themselves.
struct RateLimit: Sendable {
    /// Requests a minute for each key; 0 for no limit.
    let perMinute: Int
    let store: any Store
    private let logger = Logger(label: "postern.ratelimit")

    static let limitHeader = HTTPField.Name("X-Ratelimit-Limit-Minute")!
    static let remainingHeader = HTTPField.Name("X-Ratelimit-Remaining-Minute")!
    static let resetHeader = HTTPField.Name("X-Ratelimit-Reset")!
    static let sessionShare = 6

    init(perMinute: Int, store: any Store) {
        self.perMinute = perMinute
        self.store = store
    }

    /// Counts one request against `bucket` (a key, or a console session) and answers it, or
    /// refuses it with 429 if the minute's budget is spent. A store that cannot count lets the
    /// request through: the handler will say what is wrong with the store.
    func admit(_ bucket: String, session: Bool, now: Date = Date(), _ answer: () async throws -> Response) async throws -> Response {
        guard perMinute > 0 else { return try await answer() }
        let limit = session ? perMinute * Self.sessionShare : perMinute
        let window = (now.timeIntervalSince1970 / 60).rounded(.down)
        let windowEnd = Date(timeIntervalSince1970: (window + 1) * 60)
        let reset = max(1, Int(windowEnd.timeIntervalSince(now).rounded(.up)))
        let count: Int
        do {
            count = try await store.increment("rate/\(bucket)/\(Int(window))", expires: windowEnd.addingTimeInterval(60))
        } catch {
            logger.warning("counting a request failed; letting it through", metadata: ["error": "\(error)"])
            return try await answer()
        }
        var response: Response
        if count > limit {
            let who = session ? "console session" : "apikey"
            response = ErrorBody.response(APIError(
                status: 429, code: 49900007,
                message: "The request exceeded the limit of \(limit) times per \(who) per minute. Wait \(reset) s (Retry-After) and send it again; the operator sets the limit with postern serve --rate-limit."))
            response.headers[.retryAfter] = "\(reset)"
        } else {
            response = try await answer()
        }
        response.headers[Self.limitHeader] = "\(limit)"
        response.headers[Self.remainingHeader] = "\(max(0, limit - count))"
        response.headers[Self.resetHeader] = "\(reset)"
        return response
    }
}
