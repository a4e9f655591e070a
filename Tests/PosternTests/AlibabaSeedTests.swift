import Foundation
import Testing

/// Seed 004 on Alibaba Cloud: an Essential cluster's private link connection to the customer's
/// Alibaba endpoint service, allowed by the customer, given a TiDB Cloud managed domain under
/// `alicloud.plc.tidbcloud.com` that resolves (PrivateZone) in the platform's VPC, carrying
/// MariaDB, and deleted; and the connection's failures, each with Alibaba Cloud's reason.
@Suite struct AlibabaSeedTests {
    static let platformUID = "1100000000000000"
    static let customerUID = "2222222222222222"

    /// Fixtures/alibaba-sdk.py against a `postern serve`'s embedded cloud.
    static func sdk(_ postern: PosternProcess, _ scenario: String, _ arguments: [String]) async throws -> JSON {
        try await sdk(cloudURL: postern.cloudURL, credentials: postern.dataDirectory.appendingPathComponent("alibaba-credentials"), scenario, arguments)
    }

    /// Fixtures/alibaba-sdk.py against the cloud at `cloudURL`, its keys in `credentials`.
    static func sdk(cloudURL: String, credentials: URL, _ scenario: String, _ arguments: [String]) async throws -> JSON {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/alibaba-sdk.py")
        let result = try await Subprocess.run(
            ["python3", script.path, scenario, "--endpoint", cloudURL.replacingOccurrences(of: "http://", with: ""),
             "--credentials", credentials.path] + arguments)
        guard result.status == 0, let last = result.stdout.split(separator: "\n").last else {
            throw PosternTestError("alibaba-sdk.py \(scenario) failed (\(result.status)): \(result.stdout)\(result.stderr)")
        }
        return JSON(parsing: String(last))
    }

    static func create(_ api: ControlPlaneClient, cluster: String, service: String) async throws -> ControlPlaneClient.Reply {
        try await api.post(
            "/v1beta1/clusters/\(cluster)/privateLinkConnections",
            #"{"privateLinkConnection": {"clusterId": "\#(cluster)", "displayName": "rds-link", "type": "ALICLOUD_ENDPOINT_SERVICE", "alicloudEndpointService": {"name": "\#(service)"}}}"#)
    }

    @Test func seed004OnAlibabaCloudCarriesMariaDBThroughAnAttachedDomain() async throws {
        let database = try await MariaDB.port()
        let postern = try await PosternProcess()
        let api = try postern.api()
        let cluster = try await PrivateLinkConnectionTests.activeCluster(api, region: "regions/alicloud-ap-southeast-1")
        let base = "/v1beta1/clusters/\(cluster)/privateLinkConnections"
        let zones = try await api.get("\(base):getAvailabilityZones")
        #expect(zones.json["accountId"].string == Self.platformUID, "\(zones.json)")
        #expect(zones.json["azIds"].strings == ["ap-southeast-1a", "ap-southeast-1b", "ap-southeast-1c"])

        let service = try await Self.sdk(postern, "customer-service", [
            "--region", "ap-southeast-1", "--uid", Self.customerUID, "--zones", "ap-southeast-1a,ap-southeast-1b", "--allow", Self.platformUID,
            "--backend-port", String(database),
        ])
        let serviceName = try #require(service["serviceName"].string)
        let serviceID = try #require(service["serviceId"].string)
        let created = try await Self.create(api, cluster: cluster, service: serviceName)
        #expect(created.status == 200, "\(created.json)")
        #expect(created.json["type"].string == "ALICLOUD_ENDPOINT_SERVICE")
        #expect(created.json["alicloudEndpointService"]["name"].string == serviceName)
        let id = try #require(created.json["privateLinkConnectionId"].string)

        let pending = try await api.wait("\(base)/\(id)", until: "state", is: "PENDING_ACCEPTANCE")
        let endpoint = try #require(pending.json["alicloudEndpointService"]["endpointId"].string, "\(pending.json)")
        #expect(endpoint.hasPrefix("ep-"))
        #expect(pending.json["alicloudEndpointService"]["availabilityZoneIds"].strings == ["ap-southeast-1a", "ap-southeast-1b"])
        let allowed = try await Self.sdk(postern, "allow", ["--region", "ap-southeast-1", "--uid", Self.customerUID, "--service", serviceID])
        #expect(allowed["allowed"].strings == [endpoint])
        #expect(allowed["owners"].array.map(\.description) == [Self.platformUID])
        let active = try await api.wait("\(base)/\(id)", until: "state", is: "ACTIVE")
        #expect(active.json["state"].string == "ACTIVE", "\(active.json)")

        // The endpoint's domain resolves anywhere; MariaDB answers through it.
        let domain = "\(endpoint).\(serviceID).ap-southeast-1.privatelink.aliyuncs.com"
        let addresses = try await Dig.addresses(domain, port: postern.dnsPort)
        #expect(addresses.count == 2, "one address per zone: \(addresses)")
        let address = try #require(addresses.first)
        #expect(try await DataPlaneTests.eventually { try await DataPlaneTests.selectOne(address, port: 3306) })
        let usage = try await api.get("\(base)/\(id)/usage")
        #expect(usage.json["connections"].int ?? 0 >= 1, "the data plane meters Alibaba Cloud endpoints too: \(usage.json)")
        #expect(usage.json["bytesOut"].int ?? 0 > 0)

        // A TiDB Cloud managed domain: *.<unique>.alicloud.plc.tidbcloud.com, in the platform VPC's view.
        let dryRun = try await api.post("\(base)/\(id):attachDomains", #"{"attachDomain": {"type": "TIDBCLOUD_MANAGED"}, "validateOnly": true}"#)
        let unique = try #require(dryRun.json["uniqueName"].string, "\(dryRun.json)")
        #expect(dryRun.json["domains"].array.compactMap { $0["name"].string } == ["*.\(unique).alicloud.plc.tidbcloud.com"], "\(dryRun.json)")
        let attached = try await api.post("\(base)/\(id):attachDomains", #"{"attachDomain": {"type": "TIDBCLOUD_MANAGED", "uniqueName": "\#(unique)"}}"#)
        #expect(attached.status == 200, "\(attached.json)")
        _ = try await api.wait("\(base)/\(id)") { $0.json["attachedDomains"][0]["domains"].array.first?["state"].string == "ACTIVE" }
        let view = Dig.view(of: address)
        let broker = "b1.\(unique).alicloud.plc.tidbcloud.com"
        let resolved = try await Dig.addresses(broker, port: postern.dnsPort, from: view)
        #expect(!resolved.isEmpty && Set(resolved).isSubset(of: Set(addresses)), "\(broker) → \(resolved), the endpoint is \(addresses)")
        #expect(try await Dig.status(broker, port: postern.dnsPort) == "REFUSED", "outside the platform VPC the name is not answered")
        let through = try #require(resolved.first)
        #expect(try await DataPlaneTests.selectOne(through, port: 3306), "MariaDB through the attached domain's address")

        // Deleted: the domain's zone and the endpoint go.
        let deleting = try await api.delete("\(base)/\(id)")
        #expect(deleting.json["state"].string == "DELETING")
        let gone = try await api.wait("\(base)/\(id)") { $0.status == 404 }
        #expect(gone.status == 404)
        let left = try await Self.sdk(postern, "connections", ["--region", "ap-southeast-1", "--uid", Self.customerUID, "--service", serviceID])
        #expect(left["connections"].array.isEmpty, "\(left)")
        #expect(try await DataPlaneTests.eventually { try await Dig.status(domain, port: postern.dnsPort) == "NXDOMAIN" })
        #expect(try await DataPlaneTests.eventually { try await Dig.addresses(broker, port: postern.dnsPort, from: view).isEmpty })
    }

    /// The platform's requests fail a third of the time (errors, and answers lost after the
    /// change was made), and the connection still ends ACTIVE with its domain, and the platform
    /// holds exactly one of each thing: every create is found again by name or client token.
    @Test func lostAnswersAndErrorsMakeNothingTwice() async throws {
        let postern = try await PosternProcess(arguments: ["--faults", "error=0.15,lose-response=0.2,account=\(Self.platformUID)"])
        let api = try postern.api()
        let cluster = try await PrivateLinkConnectionTests.activeCluster(api, region: "regions/alicloud-ap-southeast-1", seconds: 60)
        let base = "/v1beta1/clusters/\(cluster)/privateLinkConnections"
        let service = try await Self.sdk(postern, "customer-service", [
            "--region", "ap-southeast-1", "--uid", Self.customerUID, "--zones", "ap-southeast-1a,ap-southeast-1b", "--allow", Self.platformUID,
        ])
        let id = try #require(try await Self.create(api, cluster: cluster, service: service["serviceName"].string ?? "").json["privateLinkConnectionId"].string)
        _ = try await api.wait("\(base)/\(id)", until: "state", is: "PENDING_ACCEPTANCE", seconds: 90)
        _ = try await Self.sdk(postern, "allow", ["--region", "ap-southeast-1", "--uid", Self.customerUID, "--service", service["serviceId"].string ?? ""])
        let active = try await api.wait("\(base)/\(id)", until: "state", is: "ACTIVE", seconds: 90)
        #expect(active.json["state"].string == "ACTIVE", "\(active.json)")
        let attached = try await api.post("\(base)/\(id):attachDomains", #"{"attachDomain": {"type": "TIDBCLOUD_MANAGED", "uniqueName": "faulty"}}"#)
        #expect(attached.status == 200, "\(attached.json)")
        let domains = try await api.wait("\(base)/\(id)", seconds: 90) { $0.json["attachedDomains"][0]["domains"].array.first?["state"].string == "ACTIVE" }
        #expect(domains.json["attachedDomains"][0]["domains"][0]["state"].string == "ACTIVE", "\(domains.json)")
        let held = try await Self.sdk(postern, "inventory", ["--region", "ap-southeast-1", "--uid", Self.platformUID])
        #expect(held["vpcs"].int == 1, "\(held)")
        #expect(held["vSwitches"].int == 3)
        #expect(held["securityGroups"].int == 1)
        #expect(held["endpoints"].int == 1)
        #expect(held["zones"].int == 1)
        #expect(held["probeFailures"].int ?? 0 >= 1, "the platform's requests really were failing: \(held)")
    }

    @Test func connectionsFailWithAlibabaCloudsReason() async throws {
        let postern = try await PosternProcess()
        let api = try postern.api()
        let cluster = try await PrivateLinkConnectionTests.activeCluster(api, region: "regions/alicloud-ap-southeast-1")
        let base = "/v1beta1/clusters/\(cluster)/privateLinkConnections"
        func failure(_ service: String, on cluster: String) async throws -> String {
            let id = try await Self.create(api, cluster: cluster, service: service).json["privateLinkConnectionId"].string ?? ""
            let failed = try await api.wait("/v1beta1/clusters/\(cluster)/privateLinkConnections/\(id)", until: "state", is: "FAILED")
            return failed.json["message"].string ?? ""
        }
        let missing = try await failure("com.aliyuncs.privatelink.ap-southeast-1.epsrv-doesnotexist00000000", on: cluster)
        #expect(missing.contains("EndpointServiceNotFound") && missing.contains("does not exist"), "\(missing)")

        let closed = try await Self.sdk(postern, "customer-service", [
            "--region", "ap-southeast-1", "--uid", "3333333333333333", "--zones", "ap-southeast-1a,ap-southeast-1b",
        ])
        let notAllowed = try await failure(closed["serviceName"].string ?? "", on: cluster)
        #expect(notAllowed.contains("EndpointServiceNotAuthorized") && notAllowed.contains("Add UID \(Self.platformUID)"), "\(notAllowed)")

        // In cn-hangzhou the platform is in its first three zones (b, g, h); a service in j and k shares none.
        let hangzhou = try await PrivateLinkConnectionTests.activeCluster(api, region: "regions/alicloud-cn-hangzhou")
        let zones = try await api.get("/v1beta1/clusters/\(hangzhou)/privateLinkConnections:getAvailabilityZones")
        #expect(zones.json["azIds"].strings == ["cn-hangzhou-b", "cn-hangzhou-g", "cn-hangzhou-h"])
        let elsewhere = try await Self.sdk(postern, "customer-service", [
            "--region", "cn-hangzhou", "--uid", Self.customerUID, "--zones", "cn-hangzhou-j,cn-hangzhou-k", "--allow", Self.platformUID,
        ])
        let noSharedZone = try await failure(elsewhere["serviceName"].string ?? "", on: hangzhou)
        #expect(noSharedZone.contains("none of which the cluster is in"), "\(noSharedZone)")
        #expect(try await api.get("\(base)?state=FAILED").json["totalSize"].int == 2)
    }
}
