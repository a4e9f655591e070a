import Foundation
import Testing

/// Projects, API keys and roles: every resource is scoped to its project (another project's
/// key gets 404, never a hint), and roles bound what a key may do.
@Suite struct ProjectTests {
    static func key(_ api: ControlPlaneClient, project: String, role: String) async throws -> ControlPlaneClient {
        let made = try await api.post("/iam/v1beta1/projects/\(project)/apiKeys", #"{"role": "\#(role)", "description": "test"}"#)
        #expect(made.status == 200, "\(made.json)")
        let pair = "\(made.json["publicKey"].string ?? ""):\(made.json["privateKey"].string ?? "")"
        return ControlPlaneClient(baseURL: api.baseURL, user: pair)
    }

    @Test func anotherProjectsKeySeesNothing() async throws {
        let postern = try await PosternProcess()
        let admin = try postern.api()
        let project = try await admin.post("/iam/v1beta1/projects", #"{"displayName": "analytics"}"#)
        #expect(project.status == 200)
        let projectID = try #require(project.json["projectId"].string)
        let projects = try await admin.get("/iam/v1beta1/projects")
        #expect(Set(projects.json["projects"].array.compactMap { $0["projectId"].string }) == ["default", projectID])
        let owner = try await Self.key(admin, project: projectID, role: "Project Owner")

        let essential = try await PrivateLinkConnectionTests.activeCluster(admin)
        let (dedicated, _) = try await PrivateEndpointTests.activeCluster(admin, nodes: 1)
        for path in ["/v1beta1/clusters/\(essential)", "/v1beta1/clusters/\(essential)/events",
                     "/v1beta1/clusters/\(essential)/privateLinkConnections",
                     "/v1beta1/clusters/\(essential)/privateLinkConnections:getAvailabilityZones",
                     "/dedicated/v1beta1/clusters/\(dedicated.id)", "\(dedicated.base)/privateLinkService",
                     "\(dedicated.base)/privateEndpointConnections", "/iam/v1beta1/projects/default/apiKeys"] {
            let reply = try await owner.get(path)
            #expect(reply.status == 404, "\(path): \(reply.status) \(reply.json)")
        }
        let missing = try await owner.get("/v1beta1/clusters/1234567890123456789")
        let hidden = try await owner.get("/v1beta1/clusters/\(essential)")
        #expect(hidden.json["message"].string == missing.json["message"].string?.replacingOccurrences(of: "1234567890123456789", with: essential),
                "a hidden cluster reads as one that never was")
        #expect(try await owner.get("/v1beta1/clusters").json["totalSize"].int == 0)
        #expect(try await owner.get("/dedicated/v1beta1/clusters").json["totalSize"].int == 0)
        #expect(try await owner.get("/dedicated/v1beta1/clusters/-/tidbNodeGroups/-/privateEndpointConnections").json["totalSize"].int == 0)
        #expect(try await owner.delete("/v1beta1/clusters/\(essential)").status == 404)
        #expect(try await admin.get("/v1beta1/clusters/\(essential)").json["state"].string == "ACTIVE", "a refused delete changes nothing")

        let theirs = try await owner.post("/v1beta1/clusters", #"{"displayName": "theirs", "region": {"name": "regions/aws-us-west-2"}}"#)
        let theirID = try #require(theirs.json["clusterId"].string)
        #expect(try await admin.get("/v1beta1/clusters/\(theirID)").status == 404, "keys act within their own project")
        #expect(try await owner.get("/v1beta1/clusters").json["totalSize"].int == 1)
    }

    @Test func rolesBoundWhatAKeyMayDo() async throws {
        let postern = try await PosternProcess()
        let admin = try postern.api()
        let projectID = try await admin.post("/iam/v1beta1/projects", #"{"displayName": "shop"}"#).json["projectId"].string ?? ""
        let owner = try await Self.key(admin, project: projectID, role: "Project Owner")
        let member = try await Self.key(owner, project: projectID, role: "Project Member")
        let roles = try await member.get("/iam/v1beta1/roles")
        #expect(roles.json["roles"].array.compactMap { $0["role"].string } == ["Organization Owner", "Project Owner", "Project Member", "Project Viewer"])

        let (cluster, _) = try await PrivateEndpointTests.activeCluster(owner, nodes: 1)
        let byMember = try await member.post("\(cluster.base)/privateEndpointConnections", #"{"endpointId": "vpce-0a1b2c3d4e5f67890"}"#)
        #expect(byMember.status == 403)
        #expect(byMember.json["message"].string?.contains("A Project Member key may not createPrivateEndpointConnection: it takes Organization Owner or Project Owner") == true,
                "\(byMember.json)")
        let byOwner = try await owner.post("\(cluster.base)/privateEndpointConnections", #"{"endpointId": "vpce-0a1b2c3d4e5f67890"}"#)
        #expect(byOwner.status == 200, "\(byOwner.json)")
        #expect(byOwner.json["endpointState"].string == "PENDING")
        #expect(try await member.get("\(cluster.base)/privateEndpointConnections").json["totalSize"].int == 1, "members may read")

        #expect(try await member.post("/iam/v1beta1/projects", #"{"displayName": "x"}"#).status == 403)
        #expect(try await member.post("/iam/v1beta1/projects/\(projectID)/apiKeys", #"{"role": "Project Member"}"#).status == 403)
        #expect(try await owner.post("/iam/v1beta1/projects", #"{"displayName": "x"}"#).status == 403)
        let escalate = try await owner.post("/iam/v1beta1/projects/\(projectID)/apiKeys", #"{"role": "Organization Owner"}"#)
        #expect(escalate.status == 403)
        #expect(try await owner.post("/iam/v1beta1/projects/default/apiKeys", #"{"role": "Project Member"}"#).status == 404)
        let listed = try await owner.get("/iam/v1beta1/projects/\(projectID)/apiKeys")
        #expect(listed.json["apiKeys"].array.count == 2)
        #expect(listed.json["apiKeys"].array.allSatisfy { $0["privateKey"].isNull }, "private keys are shown once, never listed")

        let memberKey = member.user?.split(separator: ":").first.map(String.init) ?? ""
        #expect(try await owner.delete("/iam/v1beta1/projects/\(projectID)/apiKeys/\(memberKey)").status == 200)
        #expect(try await member.get("/v1beta1/clusters").status == 401, "a removed key is refused")
        let adminKey = try await admin.get("/iam/v1beta1/projects/default/apiKeys").json["apiKeys"][0]["publicKey"].string ?? ""
        let last = try await admin.delete("/iam/v1beta1/projects/default/apiKeys/\(adminKey)")
        #expect(last.status == 400)
        #expect(last.json["message"].string?.contains("last Organization Owner key") == true)
    }
}
