import Foundation
import HTTPTypes
import PosternDomain
import Testing

@testable import PosternServer

/// Every operation of the API with another project's key, and with no key or a bad one: a
/// resource of one project answers another project's key 404, as if it never existed, and
/// every route answers a missing or bad key 401.
@Suite struct IsolationTests {
    /// The ids of the world's resources: a path holding one is a resource route.
    static func resourceIDs(_ world: RouterWorld) -> [String] {
        [world.essential.id, world.dedicated.id, world.premium.id, world.connection.id, world.endpoint.id, world.premiumEndpoint.id,
         world.service.nodeGroupID, world.domains.id, APIKey.defaultProjectID]
    }

    @Test func anotherProjectsKeySeesNothingOfThisOne() async throws {
        let world = try await RouterWorld()
        let outsider = KeyPair(projectID: world.spareProject.id, role: .projectOwner, description: "outsider")
        try await world.store.insert(outsider.key, event: nil)
        let bearer = "Bearer \(outsider.key.publicKey):\(outsider.privateKey)"
        var checked = 0
        for (operation, call) in RoleMatrixTests.calls(world).sorted(by: { $0.key < $1.key }) {
            let ids = Self.resourceIDs(world).filter { call.path.split(separator: "/").contains(Substring($0)) || call.path.contains("/\($0):") }
            guard !ids.isEmpty, Permissions.allows(.projectOwner, operation) else { continue }
            let reply = try await world.send(call.method, call.path, body: call.body, authorization: bearer)
            #expect(reply.status == 404, "\(operation) \(call.path) with another project's key: \(reply.status) \(reply.body)")
            checked += 1
        }
        #expect(checked >= 30, "resource routes checked: \(checked)")
        #expect(try await world.store.get(PrivateLinkConnection.self, id: world.connection.id)?.state == world.connection.state, "nothing changed")
        #expect(try await world.store.get(Cluster.self, id: world.essential.id)?.state == world.essential.state)
    }

    @Test func everyRouteRefusesAMissingOrBadKey() async throws {
        let world = try await RouterWorld()
        let pair = world.keys[.organizationOwner]!
        let bad = [nil, "Bearer \(pair.key.publicKey):wrong", "Bearer nobody:nothing", "Basic YWRtaW46YWRtaW4=",
                   #"Digest username="\#(pair.key.publicKey)", realm="postern", nonce="1-2.3", uri="/", qop=auth, nc=00000001, cnonce="x", response="00""#]
        for (operation, call) in RoleMatrixTests.calls(world).sorted(by: { $0.key < $1.key }) {
            for authorization in bad {
                let reply = try await world.send(call.method, call.path, body: call.body, authorization: authorization)
                #expect(reply.status == 401, "\(operation) with \(authorization ?? "no key"): \(reply.status) \(reply.body)")
                #expect((reply.json["code"] as? Int) == 16, "\(reply.body)")
            }
        }
        #expect(try await world.store.all(Cluster.self).count == 3, "nothing was made")
    }
}
