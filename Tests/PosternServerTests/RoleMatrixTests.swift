import Foundation
import HTTPTypes
import PosternDomain
import Testing

@testable import PosternServer

/// Every operation of the API called with a key of every role, each on a fresh control plane:
/// the ones the permission table grants succeed, the rest are refused with 403.
@Suite struct RoleMatrixTests {
    struct Call {
        let method: HTTPRequest.Method
        let path: String
        var body: String? = nil
    }

    /// One request per operationId that succeeds for a role the table allows.
    static func calls(_ world: RouterWorld) -> [String: Call] {
        let e = world.essential.id, d = world.dedicated.id, g = world.service.nodeGroupID
        let plc = "/v1beta1/clusters/\(e)/privateLinkConnections/\(world.connection.id)"
        let group = "/dedicated/v1beta1/clusters/\(d)/tidbNodeGroups/\(g)"
        let pec = "\(group)/privateEndpointConnections/\(world.endpoint.id)"
        let project = "/iam/v1beta1/projects/\(APIKey.defaultProjectID)"
        let tidb = "/v1beta2/tidbs/\(world.premium.id)"
        let tidbEndpoint = "\(tidb)/privateEndpointConnections/\(world.premiumEndpoint.id)"
        return [
            "listTidbs": Call(method: .get, path: "/v1beta2/tidbs"),
            "getTidb": Call(method: .get, path: tidb),
            "createTidb": Call(method: .post, path: "/v1beta2/tidbs", body: #"{"displayName": "more-premium", "regionId": "aws-us-west-2"}"#),
            "deleteTidb": Call(method: .delete, path: tidb),
            "getTidbPrivateLinkService": Call(method: .get, path: "\(tidb)/privateLinkService"),
            "listTidbPrivateEndpointConnections": Call(method: .get, path: "\(tidb)/privateEndpointConnections"),
            "createTidbPrivateEndpointConnection": Call(
                method: .post, path: "\(tidb)/privateEndpointConnections",
                body: #"{"endpointId": "ep-t4n5h2dlzl0uyl9x9999", "privateDomainName": "ep-t4n5h2dlzl0uyl9x9999.epsrv-t4nlbuqrrk6nomq51234.ap-southeast-1.privatelink.aliyuncs.com"}"#),
            "getTidbPrivateEndpointConnection": Call(method: .get, path: tidbEndpoint),
            "listTidbPrivateEndpointConnectionEvents": Call(method: .get, path: "\(tidbEndpoint)/events"),
            "getTidbPrivateEndpointConnectionUsage": Call(method: .get, path: "\(tidbEndpoint)/usage"),
            "updateTidbPrivateEndpointConnection": Call(
                method: .patch, path: tidbEndpoint,
                body: #"{"privateDomainName": "ep-t4n5h2dlzl0uyl9x1234.epsrv-t4nlbuqrrk6nomq51234.ap-southeast-1.privatelink.aliyuncs.com"}"#),
            "deleteTidbPrivateEndpointConnection": Call(method: .delete, path: tidbEndpoint),
            "listRegions": Call(method: .get, path: "/v1beta1/regions"),
            "listReplicas": Call(method: .get, path: "/v1beta1/replicas"),
            "listClusters": Call(method: .get, path: "/v1beta1/clusters"),
            "getCluster": Call(method: .get, path: "/v1beta1/clusters/\(e)"),
            "listClusterEvents": Call(method: .get, path: "/v1beta1/clusters/\(e)/events"),
            "createCluster": Call(method: .post, path: "/v1beta1/clusters", body: #"{"displayName": "more", "region": {"name": "regions/aws-us-west-2"}}"#),
            "deleteCluster": Call(method: .delete, path: "/v1beta1/clusters/\(e)"),
            "listPrivateLinkConnections": Call(method: .get, path: "/v1beta1/clusters/\(e)/privateLinkConnections"),
            "getPrivateLinkConnection": Call(method: .get, path: plc),
            "getPrivateLinkConnectionUsage": Call(method: .get, path: "\(plc)/usage"),
            "listPrivateLinkConnectionEvents": Call(method: .get, path: "\(plc)/events"),
            "getAvailabilityZones": Call(method: .get, path: "/v1beta1/clusters/\(e)/privateLinkConnections:getAvailabilityZones"),
            "createPrivateLinkConnection": Call(
                method: .post, path: "/v1beta1/clusters/\(e)/privateLinkConnections",
                body: #"{"privateLinkConnection": {"clusterId": "\#(e)", "displayName": "kafka", "type": "AWS_ENDPOINT_SERVICE", "awsEndpointService": {"name": "com.amazonaws.vpce.us-west-2.vpce-svc-0aaaaaaaaaaaaaaaa"}}}"#),
            "deletePrivateLinkConnection": Call(method: .delete, path: plc),
            "attachDomains": Call(method: .post, path: "\(plc):attachDomains", body: #"{"attachDomain": {"type": "TIDBCLOUD_MANAGED"}, "validateOnly": true}"#),
            "detachDomains": Call(method: .post, path: "\(plc):detachDomains", body: #"{"attachDomainId": "\#(world.domains.id)"}"#),
            "listDedicatedRegions": Call(method: .get, path: "/dedicated/v1beta1/regions"),
            "listDedicatedClusters": Call(method: .get, path: "/dedicated/v1beta1/clusters"),
            "getDedicatedCluster": Call(method: .get, path: "/dedicated/v1beta1/clusters/\(d)"),
            "createDedicatedCluster": Call(
                method: .post, path: "/dedicated/v1beta1/clusters",
                body: #"{"displayName": "more", "regionId": "aws-us-west-2", "tidbNodeSetting": {"nodeSpecKey": "8C16G", "tidbNodeGroups": [{"nodeCount": 1}]}}"#),
            "deleteDedicatedCluster": Call(method: .delete, path: "/dedicated/v1beta1/clusters/\(d)"),
            "listTidbNodeGroups": Call(method: .get, path: "/dedicated/v1beta1/clusters/\(d)/tidbNodeGroups"),
            "getTidbNodeGroup": Call(method: .get, path: group),
            "getPrivateLinkService": Call(method: .get, path: "\(group)/privateLinkService"),
            "listPrivateLinkServiceEvents": Call(method: .get, path: "\(group)/privateLinkService/events"),
            "listPrivateEndpointConnections": Call(method: .get, path: "\(group)/privateEndpointConnections"),
            "getPrivateEndpointConnection": Call(method: .get, path: pec),
            "getPrivateEndpointConnectionUsage": Call(method: .get, path: "\(pec)/usage"),
            "listPrivateEndpointConnectionEvents": Call(method: .get, path: "\(pec)/events"),
            "createPrivateEndpointConnection": Call(
                method: .post, path: "\(group)/privateEndpointConnections", body: #"{"endpointId": "vpce-0bbbbbbbbbbbbbbbb"}"#),
            "deletePrivateEndpointConnection": Call(method: .delete, path: pec),
            "getOrganization": Call(method: .get, path: "/iam/v1beta1/organization"),
            "listRoles": Call(method: .get, path: "/iam/v1beta1/roles"),
            "listProjects": Call(method: .get, path: "/iam/v1beta1/projects"),
            "createProject": Call(method: .post, path: "/iam/v1beta1/projects", body: #"{"displayName": "new"}"#),
            "deleteProject": Call(method: .delete, path: "/iam/v1beta1/projects/\(world.spareProject.id)"),
            "listAPIKeys": Call(method: .get, path: "\(project)/apiKeys"),
            "createAPIKey": Call(method: .post, path: "\(project)/apiKeys", body: #"{"role": "Project Viewer", "description": "ci"}"#),
            "deleteAPIKey": Call(method: .delete, path: "\(project)/apiKeys/\(world.spareKey.key.publicKey)"),
        ]
    }

    /// The operationIds of the served document, so a new route cannot miss the matrix.
    static func operationIDs() throws -> Set<String> { OpenAPIDocument.operationIDs(try OpenAPIDocument.data()) }

    @Test func everyOperationIsInTheTableAndTheMatrix() async throws {
        let operations = try Self.operationIDs()
        #expect(operations.count > 30)
        #expect(Set(Permissions.table.keys) == operations, "the permission table names exactly the document's operations")
        let world = try await RouterWorld()
        #expect(Set(Self.calls(world).keys) == operations, "the matrix calls every operation")
    }

    @Test(arguments: APIKey.Role.allCases)
    func everyOperationForRole(_ role: APIKey.Role) async throws {
        for operation in try Self.operationIDs().sorted() {
            let world = try await RouterWorld()
            let call = try #require(Self.calls(world)[operation], "\(operation) has no call")
            let reply = try await world.send(call.method, call.path, body: call.body, authorization: world.bearer(role))
            if Permissions.allows(role, operation) {
                #expect((200..<300).contains(reply.status), "\(role.rawValue) \(operation): \(reply.status) \(reply.body)")
            } else {
                #expect(reply.status == 403, "\(role.rawValue) \(operation): \(reply.status) \(reply.body)")
                let message = reply.json["message"] as? String ?? ""
                #expect(message.contains(operation) && message.contains(role.rawValue), "\(message)")
            }
        }
    }

    /// The table's shape, as the seeds and TiDB Cloud have it.
    @Test func theTableSaysWhatTheSeedsSay() {
        #expect(Permissions.allows(.projectMember, "createPrivateLinkConnection"))
        #expect(!Permissions.allows(.projectMember, "deletePrivateEndpointConnection"))
        #expect(!Permissions.allows(.projectMember, "createDedicatedCluster"))
        #expect(!Permissions.allows(.projectMember, "deleteDedicatedCluster"))
        #expect(Permissions.allows(.projectOwner, "createPrivateEndpointConnection"))
        #expect(!Permissions.allows(.projectOwner, "createProject"))
        #expect(!Permissions.allows(.projectViewer, "attachDomains"))
        #expect(Permissions.allows(.projectViewer, "listPrivateEndpointConnections"))
    }

    @Test func aDeletedProjectTakesItsKeysAndRefusesOwnersProjects() async throws {
        let world = try await RouterWorld()
        let refused = try await world.send(.delete, "/iam/v1beta1/projects/\(APIKey.defaultProjectID)", authorization: world.bearer(.organizationOwner))
        #expect(refused.status == 400, "\(refused.body)")
        #expect((refused.json["message"] as? String)?.contains("Organization Owner key") == true)
        let inside = KeyPair(projectID: world.spareProject.id, role: .projectOwner)
        try await world.store.insert(inside.key, event: nil)
        let deleting = try await world.send(.delete, "/iam/v1beta1/projects/\(world.spareProject.id)", authorization: world.bearer(.organizationOwner))
        #expect(deleting.status == 200)
        #expect(deleting.json["state"] as? String == "DELETING")
        let late = try await world.send(
            .post, "/v1beta1/clusters", body: #"{"displayName": "late", "region": {"name": "regions/aws-us-west-2"}}"#,
            authorization: "Bearer \(inside.key.publicKey):\(inside.privateKey)")
        #expect(late.status == 400, "\(late.body)")
        #expect((late.json["message"] as? String)?.contains("is being deleted") == true)
        #expect(try await world.store.all(Cluster.self, [ownerIndex: world.spareProject.id]).isEmpty)
    }
}
