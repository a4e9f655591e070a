import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import PosternDomain
import PosternStore

/// `/console`: the console's files, and its sign-in (`/console/session`). The pages call the
/// API itself, authenticated by the session cookie and, for changes, its CSRF token.
enum ConsoleRoutes {
    static func register(on router: Router<BasicRequestContext>, store: any Store) throws {
        let assets = try ConsoleAssets.load()
        let sessions = ConsoleSessions(store: store)
        let console = router.group("/console").add(middleware: ConsoleHeaders())
        console.get("") { request, _ in file("index.html", assets, request) }
        console.get("/session") { request, _ in
            guard let (session, key) = try await sessions.find(request) else { return signInFirst() }
            return try sessionResponse(session, key)
        }
        console.post("/session") { request, _ in
            guard ConsoleSessions.sameOrigin(request) else {
                return ErrorBody.response(.permissionDenied("Sign-in is accepted only from the console's own pages (the Origin differs)."))
            }
            guard request.headers[.contentType]?.lowercased().hasPrefix("application/json") == true else {
                return ErrorBody.response(.invalidArgument("Send the key pair as JSON: {\"publicKey\": …, \"privateKey\": …}."))
            }
            let body = try await request.body.collect(upTo: 1 << 16)
            guard let pair = try? JSONDecoder().decode(KeyPairBody.self, from: body) else {
                return ErrorBody.response(.invalidArgument("The body must be JSON with publicKey and privateKey, both strings."))
            }
            guard let (session, token, key) = try await sessions.signIn(publicKey: pair.publicKey, privateKey: pair.privateKey) else {
                return ErrorBody.response(.unauthenticated("That key pair is not valid: check the public and private key (admin-key.json holds the admin's)."))
            }
            // A browser signing in again leaves no earlier session of its own behind.
            if let (earlier, _) = try await sessions.find(request) { try await sessions.signOut(earlier) }
            var response = try sessionResponse(session, key)
            response.setCookie(ConsoleSessions.cookie(token, maxAge: Int(ConsoleSession.lifetime), secure: ConsoleSessions.overHTTPS(request)))
            return response
        }
        console.delete("/session") { request, _ in
            guard let (session, _) = try await sessions.find(request) else { return signInFirst() }
            guard ConsoleSessions.carriesToken(request, of: session) else { return missingToken() }
            try await sessions.signOut(session)
            var response = Response(status: .noContent)
            response.setCookie(ConsoleSessions.cookie("", maxAge: 0, secure: ConsoleSessions.overHTTPS(request)))
            return response
        }
        console.get("/**") { request, _ in
            file(String(request.uri.path.dropFirst("/console/".count)), assets, request)
        }
    }

    struct KeyPairBody: Decodable {
        let publicKey: String
        let privateKey: String
    }

    /// Who is signed in and what the key may do, by the API's own permission table.
    static func sessionResponse(_ session: ConsoleSession, _ key: APIKey) throws -> Response {
        let body: [String: Any] = [
            "publicKey": key.publicKey, "projectId": key.projectID, "role": key.role.rawValue, "csrfToken": session.csrfToken,
            "expireTime": ISO8601DateFormatter().string(from: session.expiresAt),
            "operations": Permissions.table.keys.filter { Permissions.allows(key.role, $0) }.sorted(),
        ]
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        headers[.cacheControl] = "no-store"
        return Response(
            status: .ok, headers: headers,
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: body, options: [.sortedKeys]))))
    }

    static func signInFirst() -> Response {
        ErrorBody.response(.unauthenticated("No console session: sign in at /console/ with an API key pair."))
    }

    static func missingToken() -> Response {
        ErrorBody.response(
            .permissionDenied("The change carries no valid X-CSRF-Token: make it from the console's pages, which send the session's token."))
    }

    static func file(_ path: String, _ assets: ConsoleAssets, _ request: Request) -> Response {
        guard let asset = assets.files[path] else {
            return ErrorBody.response(.notFound("The console has no file \(path): open /console/."))
        }
        var headers = HTTPFields()
        headers[.contentType] = asset.contentType
        headers[.eTag] = asset.etag
        // Every file is revalidated (cheaply, by its ETag), so a new release's modules never mix with the last one's.
        headers[.cacheControl] = "no-cache"
        if request.headers[.ifNoneMatch] == asset.etag { return Response(status: .notModified, headers: headers) }
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: asset.data)))
    }
}

/// What every console answer carries: a strict Content-Security-Policy (the console's own
/// scripts, styles and API only), no framing, no sniffing, no referrer.
struct ConsoleHeaders<Context: RequestContext>: RouterMiddleware {
    static var policy: String {
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] = Self.policy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        return response
    }
}
