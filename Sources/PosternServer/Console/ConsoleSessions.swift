import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import PosternDomain
import PosternStore

/// Console sign-ins, kept in the store so every replica sees them: made from an API key pair,
/// found again from the session cookie, ended by sign-out or by time.
struct ConsoleSessions: Sendable {
    let store: any Store

    static let cookieName = "postern_session"
    static let csrfHeader = HTTPField.Name("X-CSRF-Token")!

    /// A new session for the key pair, and the cookie's value; nil when the pair does not check out.
    func signIn(publicKey: String, privateKey: String, now: Date = Date()) async throws -> (session: ConsoleSession, token: String, key: APIKey)? {
        guard let key = try await KeyPair.check(publicKey: publicKey, privateKey: privateKey, in: store) else { return nil }
        // The key's ended sessions go now, so a key's sessions are bounded by its sign-ins within a lifetime.
        for ended in try await store.all(ConsoleSession.self, ["key": key.publicKey]) where ended.expiresAt <= now {
            _ = try await store.delete(ended, event: nil)
        }
        let token = Self.randomToken()
        let session = ConsoleSession(
            id: Self.hash(token), publicKey: key.publicKey, csrfToken: Self.randomToken(), createdAt: now,
            expiresAt: now.addingTimeInterval(ConsoleSession.lifetime))
        try await store.insert(session, event: nil)
        return (session, token, key)
    }

    /// The request's live session and its key; nil without one, or once it or its key is gone.
    func find(_ request: Request, now: Date = Date()) async throws -> (session: ConsoleSession, key: APIKey)? {
        guard let token = request.cookies[Self.cookieName]?.value, !token.isEmpty,
            let session = try await store.get(ConsoleSession.self, id: Self.hash(token))
        else { return nil }
        guard session.expiresAt > now else {
            _ = try await store.delete(session, event: nil)
            return nil
        }
        guard let key = try await store.get(APIKey.self, id: session.publicKey) else { return nil }
        return (session, key)
    }

    func signOut(_ session: ConsoleSession) async throws {
        _ = try await store.delete(session, event: nil)
    }

    /// Whether a change carries the session's CSRF token.
    static func carriesToken(_ request: Request, of session: ConsoleSession) -> Bool {
        guard let given = request.headers[csrfHeader] else { return false }
        return DigestAuthority.constantTimeEqual(given, session.csrfToken)
    }

    /// Whether a request that names its origin comes from the server's own.
    static func sameOrigin(_ request: Request) -> Bool {
        guard let origin = request.headers[.origin] else { return true }
        let hosts = [request.head.authority, request.headers[HTTPField.Name("Host")!]].compactMap { $0 }
        return hosts.contains { origin == "http://\($0)" || origin == "https://\($0)" }
    }

    /// Whether the browser reached the console over HTTPS (through a proxy that says so): the
    /// cookie is then `Secure`.
    static func overHTTPS(_ request: Request) -> Bool {
        request.head.scheme == "https" || request.headers[HTTPField.Name("X-Forwarded-Proto")!]?.lowercased() == "https"
    }

    static func isSafe(_ method: HTTPRequest.Method) -> Bool { method == .get || method == .head || method == .options }

    static func cookie(_ token: String, maxAge: Int, secure: Bool) -> Cookie {
        Cookie(name: cookieName, value: token, maxAge: maxAge, path: "/", secure: secure, httpOnly: true, sameSite: .strict)
    }

    private static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
