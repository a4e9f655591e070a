import Foundation
import Testing

/// The console in a real headless Chromium (Fixtures/console-drive.py, on Selenium with
/// Debian's chromium and chromium-driver), clicking through each seed as a person would, with
/// the customer's half done by awscli or Alibaba Cloud's SDK in between; each outcome then
/// checked through the API. Screenshots land in the test's scratch directory, or in
/// POSTERN_CONSOLE_SCREENSHOTS (the README's come from `docs/console`).
@Suite(.serialized) struct ConsoleTests {
    static let customer = "333333333333"

    static var shots: URL {
        if let given = ProcessInfo.processInfo.environment["POSTERN_CONSOLE_SCREENSHOTS"], !given.isEmpty { return URL(fileURLWithPath: given) }
        return Scratch.path("console-screenshots")
    }

    /// Runs a scenario against the server; what it printed last, as JSON.
    static func drive(_ scenario: String, _ postern: PosternProcess, _ arguments: [String: Any]) async throws -> JSON {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/console-drive.py")
        let json = String(decoding: try JSONSerialization.data(withJSONObject: arguments), as: UTF8.self)
        let shots = Self.shots
        try FileManager.default.createDirectory(at: shots, withIntermediateDirectories: true)
        let result = try await Subprocess.run([
            "python3", script.path, scenario, "--console", postern.controlURL, "--cloud", postern.cloudURL, "--dns", String(postern.dnsPort),
            "--shots", shots.path, "--args", json,
        ])
        guard result.status == 0, let last = result.stdout.split(separator: "\n").last else {
            throw PosternTestError("console-drive.py \(scenario) failed (\(result.status)), screenshots in \(shots.path): \(result.stderr)\(result.stdout)")
        }
        return JSON(parsing: String(last))
    }

    static func admin(_ postern: PosternProcess) throws -> [String: Any] {
        let key = try postern.adminKey
        return ["publicKey": key.publicKey, "privateKey": key.privateKey]
    }

    /// A Dedicated cluster whose node group fronts MariaDB, with `test` there for the connect string's `-D test`.
    static func dedicatedCluster(_ api: ControlPlaneClient) async throws -> (id: String, group: String) {
        let database = try await MariaDB.port()
        let made = try await MariaDB.query("CREATE DATABASE IF NOT EXISTS test", host: "127.0.0.1", port: database)
        #expect(made.status == 0, "\(made.stderr)")
        let created = try await api.post("/dedicated/v1beta1/clusters", #"""
            {"displayName": "orders", "regionId": "aws-us-west-2", "port": 4000,
             "tidbNodeSetting": {"tidbNodeGroups": [{"nodeCount": 1, "backend": "127.0.0.1:\#(database)"}]}}
            """#)
        #expect(created.status == 200, "\(created.json)")
        let id = try #require(created.json["clusterId"].string)
        let group = try #require(created.json["tidbNodeSetting"]["tidbNodeGroups"][0]["tidbNodeGroupId"].string)
        _ = try await api.wait("/dedicated/v1beta1/clusters/\(id)", until: "state", is: "ACTIVE", seconds: 45)
        return (id, group)
    }

    @Test func seed000FiveStepsToAnActiveEndpointThatCarriesMySQL() async throws {
        let postern = try await PosternProcess(delay: "1s")
        let api = try postern.api()
        let (cluster, group) = try await Self.dedicatedCluster(api)
        let base = "/dedicated/v1beta1/clusters/\(cluster)/tidbNodeGroups/\(group)"
        let service = try await api.wait("\(base)/privateLinkService", until: "state", is: "ACTIVE", seconds: 45)
        let network = try await ConsumerNetwork.make(postern.aws(account: Self.customer, region: "us-west-2"), zoneIDs: service.json["availableZones"].strings)

        let result = try await Self.drive("seed000", postern, try Self.admin(postern).merging([
            "clusterId": cluster, "clusterName": "orders", "vpcId": network.vpcID, "subnetIds": network.subnetIDs,
            "securityGroupId": network.securityGroupID, "customer": Self.customer,
        ]) { $1 })
        let endpoint = try #require(result["endpointId"].string)
        #expect(result["mysql"].string == "mysql --connect-timeout 15 -u root -h \(service.json["serviceDnsName"].string ?? "") -P 4000 -D test -p")

        // What the clicks made, as the API sees it: the retried endpoint Active, the failed one gone.
        let connections = try await api.get("\(base)/privateEndpointConnections").json["privateEndpointConnections"].array
        #expect(connections.count == 1, "\(connections)")
        #expect(connections.first?["endpointId"].string == endpoint)
        #expect(connections.first?["endpointState"].string == "ACTIVE")
        let described = try await postern.aws(account: Self.customer, region: "us-west-2").call("ec2", "describe-vpc-endpoints", "--vpc-endpoint-ids", endpoint)
        #expect(described["VpcEndpoints"][0]["PrivateDnsEnabled"].bool == true, "the page's modify-vpc-endpoint command was run")
    }

    @Test func seed004DialogAttachAndDetachBothDomainTypesAndDelete() async throws {
        let postern = try await PosternProcess()
        let api = try postern.api()
        let cluster = try await PrivateLinkConnectionTests.activeCluster(api)
        let provider = "222222222222"
        let service = try await EndpointServiceFixture.make(postern.aws(account: provider, region: "us-west-2"), zones: ["us-west-2a", "us-west-2b", "us-west-2c"])

        let result = try await Self.drive("seed004", postern, try Self.admin(postern).merging([
            "clusterId": cluster, "serviceId": service.serviceID, "serviceName": service.serviceName, "provider": provider,
        ]) { $1 })
        #expect(result["uniqueName"].string?.isEmpty == false)
        let left = try await api.get("/v1beta1/clusters/\(cluster)/privateLinkConnections")
        #expect(left.json["totalSize"].int == 0, "the connection the console deleted is gone: \(left.json)")
        let endpoint = try #require(result["endpointId"].string)
        let state = try await postern.aws(account: provider, region: "us-west-2").call(
            "ec2", "describe-vpc-endpoint-connections", "--filters", "Name=service-id,Values=\(service.serviceID)")
        #expect(state["VpcEndpointConnections"].array.allSatisfy { $0["VpcEndpointId"].string != endpoint || $0["VpcEndpointState"].string != "available" },
                "the platform's endpoint no longer connects: \(state)")
    }

    @Test func seed002AlibabaDialogToAnActiveConnection() async throws {
        let database = try await MariaDB.port()
        let postern = try await PosternProcess(delay: "1s")
        let api = try postern.api()
        let (path, _) = try await PremiumTests.instance(api, region: "alicloud-ap-southeast-1", backend: database)
        let result = try await Self.drive("seed002", postern, try Self.admin(postern).merging([
            "tidbId": String(path.split(separator: "/").last ?? ""), "customer": AlibabaSeedTests.customerUID,
            "credentials": postern.dataDirectory.appendingPathComponent("alibaba-credentials").path,
        ]) { $1 })
        let connections = try await api.get("\(path)/privateEndpointConnections").json["privateEndpointConnections"].array
        #expect(connections.count == 1, "the malformed Endpoint Resource ID was refused in the dialog: \(connections)")
        #expect(connections.first?["endpointId"].string == result["endpointId"].string)
        #expect(connections.first?["endpointState"].string == "ACTIVE")
        #expect(connections.first?["host"].string == result["domain"].string)
    }

    @Test func rolesGateTheControlsAndChangesNeedTheCSRFToken() async throws {
        let database = try await MariaDB.port()
        let postern = try await PosternProcess()
        let api = try postern.api()
        let (dedicated, group) = try await Self.dedicatedCluster(api)
        let base = "/dedicated/v1beta1/clusters/\(dedicated)/tidbNodeGroups/\(group)"
        _ = try await api.wait("\(base)/privateLinkService", until: "state", is: "ACTIVE", seconds: 45)
        let registered = try await api.post("\(base)/privateEndpointConnections", #"{"endpointId": "vpce-0123456789abcdef0"}"#)
        #expect(registered.status == 200, "\(registered.json)")
        let (premium, _) = try await PremiumTests.instance(api, region: "aws-us-west-2", backend: database)
        let premiumEndpoint = try await api.post("\(premium)/privateEndpointConnections", #"{"endpointId": "vpce-0123456789abcdef1"}"#)
        #expect(premiumEndpoint.status == 200, "\(premiumEndpoint.json)")
        let essential = try await PrivateLinkConnectionTests.activeCluster(api)
        let visible = try await api.post(
            "/v1beta1/clusters/\(essential)/privateLinkConnections",
            #"{"privateLinkConnection": {"clusterId": "\#(essential)", "displayName": "viewer-visible", "type": "AWS_ENDPOINT_SERVICE", "awsEndpointService": {"name": "com.amazonaws.vpce.us-west-2.vpce-svc-0123456789abcdef0"}}}"#)
        #expect(visible.status == 200, "\(visible.json)")
        func key(_ role: String) async throws -> [String: Any] {
            let made = try await api.post("/iam/v1beta1/projects/default/apiKeys", #"{"role": "\#(role)", "description": "console"}"#)
            return ["publicKey": made.json["publicKey"].string ?? "", "privateKey": made.json["privateKey"].string ?? ""]
        }
        let result = try await Self.drive("roles", postern, [
            "member": try await key("Project Member"), "viewer": try await key("Project Viewer"), "dedicatedId": dedicated,
            "tidbId": String(premium.split(separator: "/").last ?? ""), "essentialId": essential, "endpointId": "vpce-0123456789abcdef0",
            "premiumEndpointId": "vpce-0123456789abcdef1",
        ])
        #expect(result["forged"].int == 403)
        #expect(result["viewerRole"].string == "Project Viewer")
        #expect(result["afterSignOut"].int == 401)
        let names = try await api.get("/v1beta1/clusters/\(essential)/privateLinkConnections").json["privateLinkConnections"].array.map { $0["displayName"].string }
        #expect(names == ["viewer-visible"], "the forged posts made nothing: \(names)")
    }
}
