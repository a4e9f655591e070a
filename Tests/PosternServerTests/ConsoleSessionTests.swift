import Foundation
import HTTPTypes
import PosternDomain
import Testing

@testable import PosternServer

/// The console's files and its sign-in, in process: content types, caching and the
/// Content-Security-Policy; the session cookie's flags; the API through the cookie, changes
/// only with the CSRF token; sign-out.
@Suite struct ConsoleSessionTests {
    static func signIn(_ world: RouterWorld, _ role: APIKey.Role) async throws -> (cookie: String, csrf: String, reply: RouterWorld.Reply) {
        let pair = world.keys[role]!
        let reply = try await world.send(
            .post, "/console/session", body: #"{"publicKey": "\#(pair.key.publicKey)", "privateKey": "\#(pair.privateKey)"}"#,
            headers: [.contentType: "application/json"])
        let setCookie = reply.headers[.setCookie] ?? ""
        let cookie = String(setCookie.split(separator: ";").first ?? "")
        return (cookie, reply.json["csrfToken"] as? String ?? "", reply)
    }

    @Test func filesHaveTheirTypesCachingAndAStrictPolicy() async throws {
        let world = try await RouterWorld()
        let page = try await world.send(.get, "/console", headers: [:])
        #expect(page.status == 200)
        #expect(page.headers[.contentType] == "text/html; charset=utf-8")
        #expect(page.headers[.cacheControl] == "no-cache")
        let policy = try #require(page.headers[.contentSecurityPolicy])
        #expect(policy.contains("default-src 'none'") && policy.contains("script-src 'self'") && policy.contains("frame-ancestors 'none'"))
        #expect(!policy.contains("unsafe"))
        #expect(page.headers[.xContentTypeOptions] == "nosniff")
        #expect(page.body.contains(#"<script type="module" src="/console/js/app.js">"#))
        #expect(!page.body.contains("<script>") && !page.body.contains("style="), "no inline script or style for the policy to allow")
        #expect(try await world.send(.get, "/console/", headers: [:]).status == 200)

        let script = try await world.send(.get, "/console/js/app.js", headers: [:])
        #expect(script.status == 200)
        #expect(script.headers[.contentType] == "text/javascript; charset=utf-8")
        let etag = try #require(script.headers[.eTag])
        #expect(script.headers[.cacheControl] == "no-cache", "revalidated by its ETag, so no page mixes two releases' modules")
        let again = try await world.send(.get, "/console/js/app.js", headers: [.ifNoneMatch: etag])
        #expect(again.status == 304)
        #expect(again.body.isEmpty)
        #expect(try await world.send(.get, "/console/console.css", headers: [:]).headers[.contentType] == "text/css; charset=utf-8")
        let missing = try await world.send(.get, "/console/js/../../openapi.yaml", headers: [:])
        #expect(missing.status == 404, "only the console's own files: \(missing.body)")
        let around = try await world.send(.get, "/console/../v1beta1/clusters", headers: [:])
        #expect(around.status == 404, "the console's open paths lead to no API route: \(around.body)")
        #expect(try await world.send(.get, "/console/nothing.js", headers: [:]).status == 404)
    }

    @Test func signInSetsAStrictHttpOnlyCookieAndNamesWhatTheKeyMayDo() async throws {
        let world = try await RouterWorld()
        let (cookie, csrf, reply) = try await Self.signIn(world, .projectMember)
        #expect(reply.status == 200, "\(reply.body)")
        let setCookie = try #require(reply.headers[.setCookie])
        #expect(setCookie.hasPrefix("postern_session="))
        #expect(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict") && setCookie.contains("Path=/"))
        #expect(reply.headers[.cacheControl] == "no-store")
        #expect(reply.json["role"] as? String == "Project Member")
        let operations = try #require(reply.json["operations"] as? [String])
        #expect(operations.contains("createPrivateLinkConnection") && operations.contains("listClusters"))
        #expect(!operations.contains("createPrivateEndpointConnection"), "as the API's permission table says")
        #expect(csrf.count >= 40)
        #expect(!setCookie.contains(csrf), "the CSRF token is not the cookie")
        let sessions = try await world.store.all(ConsoleSession.self)
        #expect(sessions.count == 1)
        #expect(sessions[0].id != String(cookie.dropFirst("postern_session=".count)), "the store holds only the cookie's hash")

        let session = try await world.send(.get, "/console/session", headers: [.cookie: cookie])
        #expect(session.json["csrfToken"] as? String == csrf)
        #expect(try await world.send(.get, "/console/session", headers: [:]).status == 401)
        #expect(!setCookie.contains("Secure"), "plain HTTP on loopback: a Secure cookie would never come back")

        let again = try await world.send(
            .post, "/console/session",
            body: #"{"publicKey": "\#(world.keys[.projectMember]!.key.publicKey)", "privateKey": "\#(world.keys[.projectMember]!.privateKey)"}"#,
            headers: [.contentType: "application/json", .cookie: cookie])
        #expect(again.status == 200)
        #expect(try await world.send(.get, "/console/session", headers: [.cookie: cookie]).status == 401, "signing in again ends the browser's earlier session")
        #expect(try await world.store.all(ConsoleSession.self).count == 1)
    }

    @Test func badSignInsAreRefusedClearly() async throws {
        let world = try await RouterWorld()
        let pair = world.keys[.organizationOwner]!
        let wrong = try await world.send(
            .post, "/console/session", body: #"{"publicKey": "\#(pair.key.publicKey)", "privateKey": "nope"}"#, headers: [.contentType: "application/json"])
        #expect(wrong.status == 401)
        #expect((wrong.json["message"] as? String)?.contains("not valid") == true)
        #expect(wrong.headers[.setCookie] == nil)
        let form = try await world.send(
            .post, "/console/session", body: "publicKey=\(pair.key.publicKey)&privateKey=\(pair.privateKey)",
            headers: [.contentType: "application/x-www-form-urlencoded"])
        #expect(form.status == 400, "a cross-site form cannot sign anyone in")
        let here = try await world.send(
            .post, "/console/session", body: #"{"publicKey": "\#(pair.key.publicKey)", "privateKey": "\#(pair.privateKey)"}"#,
            headers: [.contentType: "application/json", .origin: "http://127.0.0.1:4080", HTTPField.Name("Host")!: "127.0.0.1:4080",
                      HTTPField.Name("X-Forwarded-Proto")!: "https"])
        #expect(here.status == 200, "the console's own origin signs in: \(here.body)")
        #expect(here.headers[.setCookie]?.contains("Secure") == true, "behind an HTTPS proxy the cookie is Secure")
        _ = try await world.store.delete(try #require(try await world.store.all(ConsoleSession.self).first), event: nil)
        let elsewhere = try await world.send(
            .post, "/console/session", body: #"{"publicKey": "\#(pair.key.publicKey)", "privateKey": "\#(pair.privateKey)"}"#,
            headers: [.contentType: "application/json", .origin: "http://evil.example"])
        #expect(elsewhere.status == 403)
        let garbage = try await world.send(.post, "/console/session", body: "{", headers: [.contentType: "application/json"])
        #expect(garbage.status == 400)
        #expect(try await world.store.all(ConsoleSession.self).isEmpty)
    }

    @Test func theAPITakesTheCookieAndChangesNeedTheToken() async throws {
        let world = try await RouterWorld()
        let (cookie, csrf, _) = try await Self.signIn(world, .projectOwner)
        let listed = try await world.send(.get, "/v1beta1/clusters", headers: [.cookie: cookie])
        #expect(listed.status == 200, "\(listed.body)")
        let body = #"{"displayName": "from-console", "region": {"name": "regions/aws-us-west-2"}}"#
        let before = try await world.store.all(Cluster.self).count
        let forged = try await world.send(.post, "/v1beta1/clusters", body: body, headers: [.cookie: cookie, .contentType: "application/json"])
        #expect(forged.status == 403)
        #expect((forged.json["message"] as? String)?.contains("X-CSRF-Token") == true)
        let wrongToken = try await world.send(
            .post, "/v1beta1/clusters", body: body, headers: [.cookie: cookie, .contentType: "application/json", ConsoleSessions.csrfHeader: "x"])
        #expect(wrongToken.status == 403)
        let crossSite = try await world.send(
            .post, "/v1beta1/clusters", body: body,
            headers: [.cookie: cookie, .contentType: "application/json", ConsoleSessions.csrfHeader: csrf, .origin: "http://evil.example"])
        #expect(crossSite.status == 403)
        #expect(try await world.store.all(Cluster.self).count == before, "nothing refused was saved")
        let made = try await world.send(
            .post, "/v1beta1/clusters", body: body, headers: [.cookie: cookie, .contentType: "application/json", ConsoleSessions.csrfHeader: csrf])
        #expect(made.status == 200, "\(made.body)")
        #expect(made.json["createdBy"] as? String == world.keys[.projectOwner]!.key.publicKey, "the session acts as its key")

        let viewer = try await Self.signIn(world, .projectViewer)
        let refused = try await world.send(
            .post, "/v1beta1/clusters", body: body, headers: [.cookie: viewer.cookie, .contentType: "application/json", ConsoleSessions.csrfHeader: viewer.csrf])
        #expect(refused.status == 403, "the key's role still bounds what the session does")
        #expect((refused.json["message"] as? String)?.contains("Project Viewer") == true)

        let signOutForged = try await world.send(.delete, "/console/session", headers: [.cookie: cookie])
        #expect(signOutForged.status == 403)
        let out = try await world.send(.delete, "/console/session", headers: [.cookie: cookie, ConsoleSessions.csrfHeader: csrf])
        #expect(out.status == 204)
        let cleared = try #require(out.headers[.setCookie])
        #expect(cleared.contains("Max-Age=0") && cleared.contains("HttpOnly") && cleared.contains("SameSite=Strict"))
        let after = try await world.send(.get, "/v1beta1/clusters", headers: [.cookie: cookie])
        #expect(after.status == 401)
        #expect((after.json["message"] as? String)?.contains("sign in again") == true)
        #expect(after.headers[.wwwAuthenticate] == nil, "a page's call gets no challenge the browser would prompt for")
        let script = try await world.send(.get, "/v1beta1/clusters", headers: [HTTPField.Name("Sec-Fetch-Mode")!: "cors"])
        #expect(script.status == 401)
        #expect(script.headers[.wwwAuthenticate] == nil)
        let curl = try await world.send(.get, "/v1beta1/clusters", headers: [:])
        #expect(curl.headers[values: .wwwAuthenticate].count == 2, "curl and the SDKs still get the Digest challenges")
    }

    @Test func expiredSessionsAndDeletedKeysEndTheSession() async throws {
        let world = try await RouterWorld()
        let (cookie, _, _) = try await Self.signIn(world, .projectMember)
        var session = try #require(try await world.store.all(ConsoleSession.self).first)
        session.expiresAt = Date().addingTimeInterval(-1)
        try await world.store.save(session, event: nil)
        #expect(try await world.send(.get, "/v1beta1/clusters", headers: [.cookie: cookie]).status == 401)
        #expect(try await world.store.all(ConsoleSession.self).isEmpty, "an expired session is removed when it is next shown")

        _ = try await Self.signIn(world, .projectMember)
        var stale = try #require(try await world.store.all(ConsoleSession.self).first)
        stale.expiresAt = Date().addingTimeInterval(-1)
        try await world.store.save(stale, event: nil)
        let second = try await Self.signIn(world, .projectMember)
        let left = try await world.store.all(ConsoleSession.self)
        #expect(left.count == 1 && left[0].id != stale.id, "signing in removes the key's ended sessions")
        _ = try await world.store.delete(world.keys[.projectMember]!.key, event: nil)
        #expect(try await world.send(.get, "/v1beta1/clusters", headers: [.cookie: second.cookie]).status == 401)
    }
}
