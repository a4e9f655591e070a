import Foundation
import HTTPTypes
import PosternDomain
import Testing

@testable import PosternServer

/// What the server holds requests to from its own document: a method a path lacks is a 405
/// naming the ones it has; a null the document allows nowhere is a 400 naming the field.
@Suite struct DocumentRulesTests {
    @Test func pathTemplatesMatchSegmentBySegment() {
        let action = PathTemplate("/v1beta1/clusters/{clusterId}/privateLinkConnections/{privateLinkConnectionId}:detachDomains")
        func segments(_ path: String) -> [Substring] { path.split(separator: "/", omittingEmptySubsequences: false) }
        #expect(action.matches(segments("/v1beta1/clusters/123/privateLinkConnections/plc-abc:detachDomains")))
        #expect(!action.matches(segments("/v1beta1/clusters/123/privateLinkConnections/plc-abc:attachDomains")))
        #expect(!action.matches(segments("/v1beta1/clusters/123/privateLinkConnections/:detachDomains")), "a parameter is not empty")
        #expect(!action.matches(segments("/v1beta1/clusters/123/privateLinkConnections/plc-abc")))
        let plain = PathTemplate("/v1beta1/clusters/{clusterId}")
        #expect(plain.matches(segments("/v1beta1/clusters/123")))
        #expect(!plain.matches(segments("/v1beta1/clusters/123:x")), "a parameter holds no colon")
        #expect(!plain.matches(segments("/v1beta1/clusters/123/more")))
        #expect(!plain.matches(segments("/v1beta1/clusters/")))
    }

    @Test func aMethodAPathLacksIs405WithItsMethods() async throws {
        let world = try await RouterWorld()
        let owner = world.bearer(.organizationOwner)
        let put = try await world.send(.put, "/v1beta1/clusters", authorization: owner)
        #expect(put.status == 405, "\(put.body)")
        #expect(put.headers[.allow] == "GET, HEAD, POST")
        #expect((put.json["message"] as? String)?.contains("PUT is not a method of /v1beta1/clusters") == true, "\(put.body)")
        let verb = try await world.send(.get, "/v1beta1/clusters/\(world.essential.id)/privateLinkConnections/\(world.connection.id):detachDomains", authorization: owner)
        #expect(verb.status == 405)
        #expect(verb.headers[.allow] == "POST", "a custom method's path is not its resource's")
        #expect(try await world.send(.get, "/v1beta1/clusters", authorization: owner).status == 200)
        #expect(try await world.send(.put, "/no/such/path", authorization: owner).status == 404, "an unknown path stays unknown")
    }

    @Test func aNullTheDocumentDoesNotAllowIs400() async throws {
        let world = try await RouterWorld()
        let owner = world.bearer(.organizationOwner)
        let before = try await world.store.all(Project.self).count
        let refused = try await world.send(.post, "/iam/v1beta1/projects", body: #"{"displayName": null}"#, authorization: owner)
        #expect(refused.status == 400)
        #expect((refused.json["message"] as? String)?.contains("displayName is null") == true, "\(refused.body)")
        let nested = try await world.send(
            .post, "/iam/v1beta1/projects/\(APIKey.defaultProjectID)/apiKeys", body: #"{"role": "Project Viewer", "description": null}"#, authorization: owner)
        #expect(nested.status == 400, "\(nested.body)")
        #expect(try await world.store.all(Project.self).count == before, "nothing made")
        #expect(OpenAPIDocument.nullableProperties(try OpenAPIDocument.data()).isSuperset(of: ["privateIpAddress", "updateTime"]))
        let made = try await world.send(.post, "/iam/v1beta1/projects", body: #"{"displayName": "kept"}"#, authorization: owner)
        #expect(made.status == 200, "\(made.body)")
    }
}
