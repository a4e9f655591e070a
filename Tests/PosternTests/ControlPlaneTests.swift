import Foundation
import Testing

/// The control plane's API over HTTP, with the admin key by HTTP Digest (`curl --digest`).
@Suite struct ControlPlaneTests {
    @Test func everyRequestNeedsAValidAPIKey() async throws {
        let postern = try await PosternProcess()
        let anonymous = ControlPlaneClient(baseURL: postern.controlURL, user: nil)
        let refused = try await anonymous.get("/v1beta1/clusters")
        #expect(refused.status == 401)
        #expect(refused.json["code"].int == 16)
        #expect(refused.headers.contains("algorithm=SHA-256"))
        #expect(refused.headers.contains("algorithm=MD5"))
        let key = try postern.adminKey
        let wrong = try await ControlPlaneClient(baseURL: postern.controlURL, user: "\(key.publicKey):not-the-key").get("/v1beta1/clusters")
        #expect(wrong.status == 401)
        let bearer = try await anonymous.request("GET", "/v1beta1/regions", extra: ["-H", "Authorization: Bearer \(key.publicKey):\(key.privateKey)"])
        #expect(bearer.status == 200)
        let digestMD5 = try await ControlPlaneClient(baseURL: postern.controlURL, user: "\(key.publicKey):\(key.privateKey)")
            .request("GET", "/v1beta1/regions")
        #expect(digestMD5.json["regions"].array.contains { $0["name"].string == "regions/aws-us-west-2" })
        let spec = try await anonymous.request("GET", "/openapi.yaml")
        #expect(spec.status == 200)
        #expect(try await anonymous.get("/healthz").status == 200)

        let attributes = try FileManager.default.attributesOfItem(atPath: postern.dataDirectory.appendingPathComponent("admin-key.json").path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test func clusterMovesFromCreatingToActiveAndIsDeleted() async throws {
        let postern = try await PosternProcess()
        let api = try postern.api()
        let created = try await api.post("/v1beta1/clusters", #"{"displayName": "seed-004", "region": {"name": "regions/aws-us-west-2"}}"#)
        #expect(created.status == 200)
        #expect(created.json["state"].string == "CREATING")
        #expect(created.json["tier"].string == "ESSENTIAL")
        #expect(created.json["cloudProvider"].string == "aws")
        #expect(created.json["region"]["regionId"].string == "aws-us-west-2")
        let id = try #require(created.json["clusterId"].string)
        #expect(id.count == 19)
        let active = try await api.wait("/v1beta1/clusters/\(id)", until: "state", is: "ACTIVE")
        #expect(active.json["state"].string == "ACTIVE")

        let deleting = try await api.delete("/v1beta1/clusters/\(id)")
        #expect(deleting.json["state"].string == "DELETING")
        let gone = try await api.wait("/v1beta1/clusters/\(id)") { $0.status == 404 }
        #expect(gone.status == 404)
        #expect(gone.json["code"].int == 5)
        let events = try await api.get("/v1beta1/clusters/\(id)/events")
        #expect(events.json["events"].array.compactMap { $0["state"].string } == ["CREATING", "ACTIVE", "DELETING", "DELETED"])
        #expect(events.json["events"].array.compactMap { $0["actor"].string } == [try postern.adminKey.publicKey, "system", try postern.adminKey.publicKey, "system"])
    }

    @Test func clustersArePaged() async throws {
        let postern = try await PosternProcess()
        let api = try postern.api()
        var ids: [String] = []
        for name in ["alpha", "bravo", "charlie"] {
            ids.append(try await api.post("/v1beta1/clusters", #"{"displayName": "\#(name)", "region": {"name": "regions/aws-us-east-1"}}"#)
                .json["clusterId"].string ?? "")
        }
        let first = try await api.get("/v1beta1/clusters?pageSize=2")
        #expect(first.json["totalSize"].int == 3)
        #expect(first.json["clusters"].array.compactMap { $0["clusterId"].string } == Array(ids.prefix(2)))
        let token = try #require(first.json["nextPageToken"].string)
        let second = try await api.get("/v1beta1/clusters?pageSize=2&pageToken=\(token)")
        #expect(second.json["clusters"].array.compactMap { $0["clusterId"].string } == [ids[2]])
        #expect(second.json["nextPageToken"].isNull)
    }

    @Test func badInputGetsAClearError() async throws {
        let postern = try await PosternProcess()
        let api = try postern.api()
        let cases: [(String, String, String)] = [
            (#"{"displayName": "x", "region": {"name": "regions/aws-us-west-2"}}"#, "4 to 64", "short name"),
            (#"{"displayName": "good-name", "region": {"name": "regions/aws-mars-1"}}"#, "GET /v1beta1/regions", "unknown region"),
            (#"{"displayName": "good-name"}"#, "region is required", "no region"),
            (#"{"displayName": "good-name", "region": {"name": "regions/aws-us-west-2"}, "tier": "GOLD"}"#, "GOLD", "unknown tier"),
            (#"{"displayName": "good-name", "region": {"name": "regions/aws-us-west-2"}, "tier": "DEDICATED"}"#, "/dedicated/v1beta1/clusters", "wrong family"),
            ("not json", "not valid", "not JSON"),
        ]
        for (body, phrase, label) in cases {
            let reply = try await api.post("/v1beta1/clusters", body)
            #expect(reply.status == 400, "\(label)")
            #expect(reply.json["code"].int == 3, "\(label)")
            #expect(reply.json["message"].string?.contains(phrase) == true, "\(label): \(reply.json)")
        }
        let page = try await api.get("/v1beta1/clusters?pageSize=1000")
        #expect(page.status == 400)
        #expect(page.json["message"].string?.contains("1 to 100") == true)
        #expect(try await api.get("/v1beta1/clusters?pageSize=abc").status == 400)
        let missing = try await api.get("/v1beta1/clusters/1234567890123456789")
        #expect(missing.status == 404)
        #expect(try await api.get("/v1beta1/clusters").json["totalSize"].int == 0)
    }

    @Test func keyAndClustersSurviveARestart() async throws {
        var postern = try await PosternProcess()
        let directory = postern.dataDirectory
        let key = try postern.adminKey
        let id = try await postern.api().post("/v1beta1/clusters", #"{"displayName": "durable", "region": {"name": "regions/aws-us-west-2"}}"#)
            .json["clusterId"].string ?? ""
        postern.stop()
        postern = try await PosternProcess(dataDirectory: directory)
        #expect(try postern.adminKey == key)
        let again = try await postern.api().wait("/v1beta1/clusters/\(id)", until: "state", is: "ACTIVE")
        #expect(again.json["displayName"].string == "durable")
    }

    /// SIGTERM stops the server promptly even while its reconcilers are mid-call to the cloud.
    @Test func serverStopsOnSIGTERMWhileBusy() async throws {
        for round in 0..<4 {
            let postern = try await PosternProcess()
            let api = try postern.api()
            for _ in 0..<3 {
                _ = try await api.post("/dedicated/v1beta1/clusters", #"""
                    {"displayName": "busy-\#(round)", "regionId": "aws-us-west-2", "tidbNodeSetting": {"tidbNodeGroups": [{"nodeCount": 1}]}}
                    """#)
            }
            try await Task.sleep(for: .milliseconds(150 * round))
            #expect(postern.stop(), "round \(round): postern serve did not stop within 10 s of SIGTERM")
        }
    }
}
