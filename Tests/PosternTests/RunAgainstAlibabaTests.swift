import Foundation
import Testing

/// The control plane on its own against "Alibaba Cloud": `postern cloud` plays it, checking
/// every signature, and `postern serve --cloud alicloud` reaches it as it would reach a real
/// account, configured as Alibaba Cloud's SDKs are (a credentials file profile, every product at
/// `ALIBABA_CLOUD_ENDPOINT`), walking seed 004's Alibaba half.
@Suite struct RunAgainstAlibabaTests {
    @Test func seed004RunsThroughAControlPlaneOnlyReachingAlibabaCloudsAPI() async throws {
        let database = try await MariaDB.port()
        let lease = try await SlotLease()
        let cloudDirectory = Scratch.path("postern-cloud-test")
        let cloud = try await PosternDaemon(
            ["cloud", "--data-dir", cloudDirectory.path, "--port", "0", "--dns-port", "0", "--cloud-verify-signatures",
             "--vpc-slots", "\(lease.slots.lowerBound)-\(lease.slots.upperBound)", "--cloud-delay", "0s"],
            dataDirectory: cloudDirectory)
        defer { cloud.stop() }
        let cloudCredentials = cloudDirectory.appendingPathComponent("alibaba-credentials")
        // The operator's own credentials file, with the platform account's AccessKey, which the cloud also knows.
        let platformSecret = "platform-secret-0123456789"
        let handle = try FileHandle(forWritingTo: cloudCredentials)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("\n[platform]\ntype = access_key\naccess_key_id = \(AlibabaSeedTests.platformUID)\naccess_key_secret = \(platformSecret)\n".utf8))
        try handle.close()
        let operatorFile = Scratch.path("alibaba-config")
        try "[platform]\ntype = access_key\naccess_key_id = \(AlibabaSeedTests.platformUID)\naccess_key_secret = \(platformSecret)\n"
            .write(to: operatorFile, atomically: true, encoding: .utf8)

        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("ALIBABA_CLOUD_") && !$0.key.hasPrefix("AWS_") }
        environment["ALIBABA_CLOUD_CREDENTIALS_FILE"] = operatorFile.path
        environment["ALIBABA_CLOUD_PROFILE"] = "platform"
        environment["ALIBABA_CLOUD_ENDPOINT"] = cloud.cloudURL
        let dataDirectory = Scratch.path("postern-test")
        let control = try await PosternDaemon(
            ["serve", "--cloud", "alicloud", "--data-dir", dataDirectory.path, "--port", "0"], dataDirectory: dataDirectory, environment: environment)
        defer { control.stop() }
        #expect(control.output.contains("platform provider: Alibaba Cloud with AccessKey \(AlibabaSeedTests.platformUID) from \(operatorFile.path) (profile platform)"),
                "\(control.output)")
        #expect(control.output.contains("Alibaba Cloud endpoints: every product at \(cloud.cloudURL)"))
        #expect(!control.output.contains("embedded cloud"), "serve --cloud alicloud starts no embedded cloud")

        let json = JSON(parsing: try String(contentsOf: dataDirectory.appendingPathComponent("admin-key.json"), encoding: .utf8))
        let api = ControlPlaneClient(baseURL: control.controlURL, user: "\(json["publicKey"].string ?? ""):\(json["privateKey"].string ?? "")")
        let cluster = try await PrivateLinkConnectionTests.activeCluster(api, region: "regions/alicloud-ap-southeast-1")
        let zones = try await api.get("/v1beta1/clusters/\(cluster)/privateLinkConnections:getAvailabilityZones")
        #expect(zones.json["accountId"].string == AlibabaSeedTests.platformUID, "the account of the operator's AccessKey: \(zones.json)")
        let aws = try await api.post("/v1beta1/clusters", #"{"displayName": "on-aws", "region": {"name": "regions/aws-us-west-2"}}"#)
        let awsCluster = try #require(aws.json["clusterId"].string)
        _ = try await api.wait("/v1beta1/clusters/\(awsCluster)", until: "state", is: "ACTIVE")

        let service = try await AlibabaSeedTests.sdk(cloudURL: cloud.cloudURL, credentials: cloudCredentials, "customer-service", [
            "--region", "ap-southeast-1", "--uid", AlibabaSeedTests.customerUID, "--zones", "ap-southeast-1a,ap-southeast-1b",
            "--allow", AlibabaSeedTests.platformUID, "--backend-port", String(database),
        ])
        let base = "/v1beta1/clusters/\(cluster)/privateLinkConnections"
        let created = try await AlibabaSeedTests.create(api, cluster: cluster, service: service["serviceName"].string ?? "")
        let id = try #require(created.json["privateLinkConnectionId"].string, "\(created.json)")
        _ = try await api.wait("\(base)/\(id)", until: "state", is: "PENDING_ACCEPTANCE")
        _ = try await AlibabaSeedTests.sdk(cloudURL: cloud.cloudURL, credentials: cloudCredentials, "allow", [
            "--region", "ap-southeast-1", "--uid", AlibabaSeedTests.customerUID, "--service", service["serviceId"].string ?? "",
        ])
        let active = try await api.wait("\(base)/\(id)", until: "state", is: "ACTIVE")
        let endpoint = try #require(active.json["alicloudEndpointService"]["endpointId"].string, "\(active.json)")
        let addresses = try await Dig.addresses(
            "\(endpoint).\(service["serviceId"].string ?? "").ap-southeast-1.privatelink.aliyuncs.com", port: cloud.dnsPort)
        let address = try #require(addresses.first)
        #expect(try await DataPlaneTests.eventually { try await DataPlaneTests.selectOne(address, port: 3306) }, "MariaDB through the endpoint")

        // An AWS connection on this control plane, which has no AWS provider, fails saying so.
        let onAWS = try await PrivateLinkConnectionTests.create(api, cluster: awsCluster, service: "com.amazonaws.vpce.us-west-2.vpce-svc-0123456789abcdef0")
        let failed = try await api.wait("/v1beta1/clusters/\(awsCluster)/privateLinkConnections/\(onAWS.json["privateLinkConnectionId"].string ?? "")",
                                        until: "state", is: "FAILED")
        #expect(failed.json["message"].string?.contains("no AWS provider") == true, "\(failed.json)")

        #expect(try await api.delete("\(base)/\(id)").status == 200)
        #expect(try await api.wait("\(base)/\(id)") { $0.status == 404 }.status == 404)
        let left = try await AlibabaSeedTests.sdk(cloudURL: cloud.cloudURL, credentials: cloudCredentials, "connections", [
            "--region", "ap-southeast-1", "--uid", AlibabaSeedTests.customerUID, "--service", service["serviceId"].string ?? "",
        ])
        #expect(left["connections"].array.isEmpty)
    }
}
