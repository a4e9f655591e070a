import Foundation
import PosternDomain
import Testing

@testable import PosternServer

/// The API's routes in process: what needs no cloud, answered from the store.
@Suite struct RouterTests {
    @Test func nodeGroupsAreListedAndGotAsDedicatedSwaggerHasThem() async throws {
        let world = try await RouterWorld()
        let admin = world.bearer(.organizationOwner)
        let base = "/dedicated/v1beta1/clusters/\(world.dedicated.id)/tidbNodeGroups"
        let listed = try await world.send(.get, base, authorization: admin)
        #expect(listed.status == 200)
        let groups = try #require(listed.json["tidbNodeGroups"] as? [[String: Any]])
        #expect(groups.count == 1)
        #expect(groups[0]["tidbNodeGroupId"] as? String == world.service.nodeGroupID)
        #expect(groups[0]["name"] as? String == "tidbNodeGroups/\(world.service.nodeGroupID)")
        #expect(groups[0]["nodeCount"] as? Int == 2)
        #expect(listed.json["totalSize"] as? Int == 1)
        let endpoints = try #require(groups[0]["endpoints"] as? [[String: Any]])
        #expect(endpoints.first?["host"] as? String == world.service.dnsName)
        #expect(endpoints.first?["connectionType"] as? String == "PRIVATE_ENDPOINT")
        let got = try await world.send(.get, "\(base)/\(world.service.nodeGroupID)", authorization: admin)
        #expect(got.status == 200)
        #expect(got.json["displayName"] as? String == "DefaultGroup")
        let missing = try await world.send(.get, "\(base)/9999999999", authorization: admin)
        #expect(missing.status == 404)
        #expect((missing.json["message"] as? String)?.contains("not found in cluster") == true)
        let essential = try await world.send(.get, "/dedicated/v1beta1/clusters/\(world.essential.id)/tidbNodeGroups", authorization: admin)
        #expect(essential.status == 404, "an Essential cluster has no node groups: \(essential.body)")
    }

    /// The zones come from the region as soon as the cluster exists, not once it is ACTIVE.
    @Test func availabilityZonesAnswerWhileTheClusterIsCreating() async throws {
        let world = try await RouterWorld()
        let admin = world.bearer(.organizationOwner)
        let made = try await world.send(.post, "/v1beta1/clusters", body: #"{"displayName": "fresh", "region": {"name": "regions/aws-eu-central-1"}}"#,
                                        authorization: admin)
        #expect(made.json["state"] as? String == "CREATING")
        let id = try #require(made.json["clusterId"] as? String)
        let zones = try await world.send(.get, "/v1beta1/clusters/\(id)/privateLinkConnections:getAvailabilityZones", authorization: admin)
        #expect(zones.status == 200, "\(zones.body)")
        #expect(zones.json["accountId"] as? String == "100000000000")
        #expect(zones.json["azIds"] as? [String] == ["x-az1", "x-az2"])
        #expect(try await world.store.get(PlatformNetwork.self, id: "aws/eu-central-1") != nil, "kept for the reconcilers")
    }

    @Test func badInputIsNamedAndNothingIsSaved() async throws {
        let world = try await RouterWorld()
        let admin = world.bearer(.organizationOwner)
        let before = try await world.store.all(Cluster.self).count
        let reply = try await world.send(.post, "/v1beta1/clusters", body: #"{"displayName": "x", "region": {"name": "regions/aws-us-west-2"}}"#,
                                         authorization: admin)
        #expect(reply.status == 400)
        #expect((reply.json["message"] as? String)?.contains("displayName 'x' is invalid") == true, "\(reply.body)")
        #expect(try await world.store.all(Cluster.self).count == before)
        let unauthenticated = try await world.send(.get, "/v1beta1/clusters", authorization: "Bearer nope:nope")
        #expect(unauthenticated.status == 401)
    }

    @Test func metricsAndHealthAreOpen() async throws {
        let world = try await RouterWorld()
        #expect(try await world.send(.get, "/healthz", authorization: nil).status == 200)
        let metrics = try await world.send(.get, "/metrics", authorization: nil)
        #expect(metrics.body.contains("postern_test 1"))
    }
}
