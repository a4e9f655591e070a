import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import PosternDomain
import PosternStore

/// Lets a request in only with a valid API key (Digest, or `Bearer PUBLIC:PRIVATE`) or a
/// console session (its cookie, and for a change its CSRF token), and makes its key the
/// `Principal` of everything the request does. Health, the OpenAPI document and the console's
/// own files and sign-in are open.
struct Authenticator<Context: RequestContext>: RouterMiddleware {
    let store: any Store
    let digest: DigestAuthority
    let rateLimit: RateLimit

    init(store: any Store, rateLimit perMinute: Int = 0) {
        self.store = store
        digest = DigestAuthority(store: store)
        rateLimit = RateLimit(perMinute: perMinute, store: store)
    }

    static var openPaths: Set<String> { ["/healthz", "/openapi.yaml", "/metrics", "/console"] }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let path = request.uri.path
        if Self.openPaths.contains(path) || path.hasPrefix("/console/") { return try await next(request, context) }
        let now = Date()
        guard let header = request.headers[.authorization] else {
            if request.cookies[ConsoleSessions.cookieName] != nil { return try await fromSession(request, context: context, next: next) }
            // A page's script (fetch) gets no challenge: the browser would stop it to ask for a password.
            if let mode = request.headers[HTTPField.Name("Sec-Fetch-Mode")!], mode != "navigate" {
                return ErrorBody.response(.unauthenticated("The request has no API key or console session: sign in at /console/."))
            }
            return try await unauthorized("The request has no API key: use HTTP Digest with your public key as user name and private key as password (curl --digest --user PUBLIC:PRIVATE).", now: now)
        }
        let key: APIKey
        if header.lowercased().hasPrefix("bearer ") {
            let token = header.dropFirst("bearer ".count).split(separator: ":", maxSplits: 1).map(String.init)
            guard token.count == 2, let found = try await KeyPair.check(publicKey: token[0], privateKey: token[1], in: store) else {
                return try await unauthorized("The bearer token is not a valid API key: send Authorization: Bearer PUBLIC:PRIVATE.", now: now)
            }
            key = found
        } else if let fields = DigestAuthority.parse(header) {
            var uri = request.uri.path
            if let query = request.uri.query { uri += "?\(query)" }
            guard let user = fields["username"], let found = try await store.get(APIKey.self, id: user) else {
                return try await unauthorized("The API key cannot be authenticated: check the public and private key (admin-key.json holds the admin's).", now: now)
            }
            switch try await digest.verify(fields, method: request.method.rawValue, uri: uri, key: found, now: now) {
            case .valid:
                key = found
            case .replayed:
                return try await unauthorized(
                    "This Digest answer was used already (nonce count \(fields["nc"] ?? "")): a request is answered once. Answer the new challenge, or count up on the same nonce.",
                    now: now)
            case .invalid:
                return try await unauthorized("The API key cannot be authenticated: check the public and private key (admin-key.json holds the admin's).", now: now)
            }
        } else {
            return try await unauthorized("Unsupported Authorization scheme: use Digest or Bearer.", now: now)
        }
        return try await rateLimit.admit(key.publicKey, session: false) { try await acting(as: key, request, context, next) }
    }

    /// The rest of the request, done as `key`.
    private func acting(as key: APIKey, _ request: Request, _ context: Context, _ next: (Request, Context) async throws -> Response) async throws -> Response {
        let principal = Principal(publicKey: key.publicKey, projectID: key.projectID, role: key.role)
        return try await Principal.$current.withValue(principal) { try await next(request, context) }
    }

    /// A console page's call: its session's key, and for a change the session's CSRF token
    /// from the page's own origin.
    private func fromSession(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let (session, key) = try await ConsoleSessions(store: store).find(request) else {
            return ErrorBody.response(.unauthenticated("The console session has ended: sign in again at /console/."))
        }
        if !ConsoleSessions.isSafe(request.method) {
            guard ConsoleSessions.sameOrigin(request) else {
                return ErrorBody.response(.permissionDenied("A change with a console session must come from the console's own pages (the Origin differs)."))
            }
            guard ConsoleSessions.carriesToken(request, of: session) else { return ConsoleRoutes.missingToken() }
        }
        return try await rateLimit.admit("session/\(session.id)", session: true) { try await acting(as: key, request, context, next) }
    }

    private func unauthorized(_ message: String, now: Date) async throws -> Response {
        var response = ErrorBody.response(APIError.unauthenticated(message))
        for challenge in try await digest.challenges(now: now) {
            response.headers.append(HTTPField(name: .wwwAuthenticate, value: challenge))
        }
        return response
    }
}
