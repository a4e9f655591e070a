import Foundation
import Testing

/// Seed 004 (private link connections for dataflow) over the API, with the customer's side in
/// the embedded cloud through awscli.
@Suite struct PrivateLinkConnectionTests {
    static let platformAccount = "100000000000"

    /// An ACTIVE Essential cluster in `region`, and its id.
    static func activeCluster(_ api: ControlPlaneClient, region: String = "regions/aws-us-west-2", seconds: Double = 30) async throws -> String {
        let id = try await api.post("/v1beta1/clusters", #"{"displayName": "dataflow", "region": {"name": "\#(region)"}}"#)
            .json["clusterId"].string ?? ""
        let active = try await api.wait("/v1beta1/clusters/\(id)", until: "state", is: "ACTIVE", seconds: seconds)
        #expect(active.json["state"].string == "ACTIVE")
        return id
    }

    static func create(_ api: ControlPlaneClient, cluster: String, service: String, region: String? = nil, type: String = "AWS_ENDPOINT_SERVICE")
        async throws -> ControlPlaneClient.Reply
    {
        let regionField = region.map { #", "region": "\#($0)""# } ?? ""
        return try await api.post(
            "/v1beta1/clusters/\(cluster)/privateLinkConnections",
            #"{"privateLinkConnection": {"clusterId": "\#(cluster)", "displayName": "rds-link", "type": "\#(type)", "awsEndpointService": {"name": "\#(service)"\#(regionField)}}}"#)
    }

    @Test func seed004ConnectionIsAcceptedByTheCustomerAndDeleted() async throws {
        try await Self.walkSeed004(try await PosternProcess())
    }

    /// Seed 004 with seed 003's endpoint service, end to end: the connection is made, accepted
    /// by the customer, given domains, and deleted, each step checked in the cloud.
    static func walkSeed004(_ postern: any PosternServing) async throws {
        let api = try postern.api()
        let cluster = try await Self.activeCluster(api)
        let base = "/v1beta1/clusters/\(cluster)/privateLinkConnections"

        let zones = try await api.get("/v1beta1/clusters/\(cluster)/privateLinkConnections:getAvailabilityZones")
        #expect(zones.json["accountId"].string == Self.platformAccount)
        #expect(zones.json["azIds"].strings == ["usw2-az1", "usw2-az2", "usw2-az3"])

        let customer = postern.aws(account: "222222222222", region: "us-west-2")
        let service = try await EndpointServiceFixture.make(
            customer, zones: ["us-west-2a", "us-west-2b", "us-west-2c"], allowing: [zones.json["accountId"].string ?? ""])

        let created = try await Self.create(api, cluster: cluster, service: service.serviceName)
        #expect(created.status == 200)
        #expect(created.json["state"].string == "CREATING")
        #expect(created.json["clusterId"].string == cluster)
        #expect(created.json["type"].string == "AWS_ENDPOINT_SERVICE")
        let id = try #require(created.json["privateLinkConnectionId"].string)
        #expect(id.hasPrefix("plc-"))

        let pending = try await api.wait("\(base)/\(id)", until: "state", is: "PENDING_ACCEPTANCE")
        #expect(pending.json["state"].string == "PENDING_ACCEPTANCE", "\(pending.json)")
        let endpoint = try #require(pending.json["awsEndpointService"]["endpointId"].string)
        let shared = Set(service.zoneIDs).intersection(zones.json["azIds"].strings)
        #expect(!shared.isEmpty)
        #expect(Set(pending.json["awsEndpointService"]["availabilityZoneIds"].strings) == shared)

        let connections = try await customer.call(
            "ec2", "describe-vpc-endpoint-connections", "--filters", "Name=service-id,Values=\(service.serviceID)")["VpcEndpointConnections"]
        #expect(connections.array.count == 1)
        #expect(connections[0]["VpcEndpointId"].string == endpoint)
        #expect(connections[0]["VpcEndpointOwner"].string == Self.platformAccount)
        #expect(connections[0]["VpcEndpointState"].string == "pendingAcceptance")
        try await customer.call("ec2", "accept-vpc-endpoint-connections", "--service-id", service.serviceID, "--vpc-endpoint-ids", endpoint)

        let active = try await api.wait("\(base)/\(id)", until: "state", is: "ACTIVE")
        #expect(active.json["state"].string == "ACTIVE")
        #expect(active.json["awsEndpointService"]["endpointId"].string == endpoint)
        #expect(try await api.get("\(base)?state=ACTIVE").json["totalSize"].int == 1)
        #expect(try await api.get("\(base)?state=FAILED").json["totalSize"].int == 0)
        let listed = try await api.get(base)
        #expect(listed.json["privateLinkConnections"][0]["privateLinkConnectionId"].string == id)
        #expect(listed.json["privateLinkConnections"][0]["createTime"].string != nil)

        let platform = postern.aws(account: Self.platformAccount, region: "us-west-2")
        try await Self.attachAndDetachDomains(api, connection: "\(base)/\(id)", endpoint: endpoint, platform: platform, zones: shared.sorted())

        let deleting = try await api.delete("\(base)/\(id)")
        #expect(deleting.json["state"].string == "DELETING")
        let gone = try await api.wait("\(base)/\(id)") { $0.status == 404 }
        #expect(gone.status == 404)
        #expect(try await Self.domainZones(platform).isEmpty, "deleting the connection removes its attached domains' zones")
        let history = try await api.get("\(base)/\(id)/events").json["events"].array
        let own = history.filter { $0["resource"].string == "clusters/\(cluster)/privateLinkConnections/\(id)" }
        #expect(own.compactMap { $0["state"].string } == ["CREATING", "PENDING_ACCEPTANCE", "ACTIVE", "DELETING", "DELETED"], "\(history)")
        let admin = try postern.adminKey.publicKey
        #expect(own.first?["actor"].string == admin)
        #expect(own[1]["actor"].string == "system")
        #expect(history.contains { $0["resource"].string?.contains("/attachDomains/") == true && $0["state"].string == "DETACHED" })
        let after = try await customer.call(
            "ec2", "describe-vpc-endpoint-connections", "--filters", "Name=service-id,Values=\(service.serviceID)")["VpcEndpointConnections"]
        #expect(after.array.count == 1)
        #expect(after[0]["VpcEndpointId"].string == endpoint)
        #expect(after[0]["VpcEndpointState"].string == "deleted")
    }

    /// Deleting an Essential cluster deletes its connections through their own deletion: the
    /// endpoint is deleted in the cloud (the customer sees it `deleted`) and the attached
    /// domains' zone is removed.
    @Test func clusterDeletionTakesItsConnectionsAndDomainsAlong() async throws {
        let postern = try await PosternProcess()
        let api = try postern.api()
        let cluster = try await Self.activeCluster(api)
        let base = "/v1beta1/clusters/\(cluster)/privateLinkConnections"
        let customer = postern.aws(account: "222222222222", region: "us-west-2")
        let service = try await EndpointServiceFixture.make(customer, zones: ["us-west-2a", "us-west-2b"], allowing: [Self.platformAccount])
        let id = try #require(try await Self.create(api, cluster: cluster, service: service.serviceName).json["privateLinkConnectionId"].string)
        let pending = try await api.wait("\(base)/\(id)", until: "state", is: "PENDING_ACCEPTANCE")
        let endpoint = try #require(pending.json["awsEndpointService"]["endpointId"].string)
        try await customer.call("ec2", "accept-vpc-endpoint-connections", "--service-id", service.serviceID, "--vpc-endpoint-ids", endpoint)
        _ = try await api.wait("\(base)/\(id)", until: "state", is: "ACTIVE")
        let dryRun = try await api.post("\(base)/\(id):attachDomains", #"{"attachDomain": {"type": "TIDBCLOUD_MANAGED"}, "validateOnly": true}"#)
        let unique = try #require(dryRun.json["uniqueName"].string)
        let attached = try await api.post("\(base)/\(id):attachDomains", #"{"attachDomain": {"type": "TIDBCLOUD_MANAGED", "uniqueName": "\#(unique)"}}"#)
        #expect(attached.status == 200, "\(attached.json)")
        _ = try await api.wait("\(base)/\(id)") { $0.json["attachedDomains"][0]["domains"].array.first?["state"].string == "ACTIVE" }
        let platform = postern.aws(account: Self.platformAccount, region: "us-west-2")
        #expect(try await Self.domainZones(platform) == ["\(unique).aws.plc.tidbcloud.com."])

        let deleting = try await api.delete("/v1beta1/clusters/\(cluster)")
        #expect(deleting.json["state"].string == "DELETING")
        let gone = try await api.wait("/v1beta1/clusters/\(cluster)", seconds: 45) { $0.status == 404 }
        #expect(gone.status == 404)
        #expect(try await api.get("\(base)/\(id)").status == 404)
        let history = try await api.get("\(base)/\(id)/events").json["events"].array
        let own = history.filter { $0["resource"].string == "clusters/\(cluster)/privateLinkConnections/\(id)" }.compactMap { $0["state"].string }
        #expect(own.suffix(2) == ["DELETING", "DELETED"], "\(history)")
        #expect(history.contains { $0["resource"].string?.contains("/attachDomains/") == true && $0["state"].string == "DETACHED" })
        let after = try await customer.call(
            "ec2", "describe-vpc-endpoint-connections", "--filters", "Name=service-id,Values=\(service.serviceID)")["VpcEndpointConnections"]
        #expect(after[0]["VpcEndpointId"].string == endpoint)
        #expect(after[0]["VpcEndpointState"].string == "deleted")
        #expect(try await Self.domainZones(platform).isEmpty, "the attached domains' zone is gone")
    }

    /// Seed 004's "Attach domains": a TIDBCLOUD_MANAGED dry run makes the unique name, the real
    /// attach puts a record per zone in a private zone of the platform VPC; CONFLUENT likewise;
    /// detach removes them. The TIDBCLOUD_MANAGED domains stay, for the connection's deletion.
    static func attachAndDetachDomains(
        _ api: ControlPlaneClient, connection: String, endpoint: String, platform: AWSCLI, zones: [String]
    ) async throws {
        let dryRun = try await api.post("\(connection):attachDomains", #"{"attachDomain": {"type": "TIDBCLOUD_MANAGED", "uniqueName": ""}, "validateOnly": true}"#)
        #expect(dryRun.status == 200, "\(dryRun.json)")
        let unique = try #require(dryRun.json["uniqueName"].string)
        #expect(unique.count == 26)
        #expect(Set(dryRun.json["domains"].array.compactMap { $0["name"].string })
                == Set(zones.map { "*.\($0).\(unique).aws.plc.tidbcloud.com" }))
        #expect(try await api.get(connection).json["attachedDomains"].array.isEmpty, "a dry run saves nothing")

        let managed = try await api.post("\(connection):attachDomains", #"{"attachDomain": {"type": "TIDBCLOUD_MANAGED", "uniqueName": "\#(unique)"}, "validateOnly": false}"#)
        #expect(managed.status == 200, "\(managed.json)")
        let managedID = try #require(managed.json["attachDomainId"].string)
        let again = try await api.post("\(connection):attachDomains", #"{"attachDomain": {"type": "TIDBCLOUD_MANAGED", "uniqueName": "\#(unique)"}}"#)
        #expect(again.status == 409, "the same unique name twice")

        let confluent = try await api.post("\(connection):attachDomains", #"{"attachDomain": {"type": "CONFLUENT", "uniqueName": "domnprzqrog.us-west-2"}}"#)
        #expect(confluent.status == 200, "\(confluent.json)")
        let confluentID = try #require(confluent.json["attachDomainId"].string)
        #expect(confluent.json["domains"].array.compactMap { $0["name"].string }.contains("*.domnprzqrog.us-west-2.aws.confluent.cloud"))

        let shown = try await api.wait(connection, seconds: 45) { reply in
            let domains = reply.json["attachedDomains"].array.flatMap { $0["domains"].array }
            return domains.count == 2 * zones.count + 1 && domains.allSatisfy { $0["state"].string == "ACTIVE" }
        }
        let attached = shown.json["attachedDomains"].array
        #expect(attached.compactMap { $0["attachDomainId"].string } == [managedID, confluentID], "\(shown.json)")
        #expect(attached.allSatisfy { $0["uniqueName"].string != nil })

        let records = try await domainRecords(platform)
        for zone in zones {
            let name = "\\052.\(zone).\(unique).aws.plc.tidbcloud.com."
            #expect(records[name]?.contains(endpoint) == true, "\(name) → \(records[name] ?? "nothing")")
        }
        #expect(records["\\052.domnprzqrog.us-west-2.aws.confluent.cloud."]?.hasPrefix(endpoint + "-") == true)

        let detached = try await api.post("\(connection):detachDomains", #"{"attachDomainId": "\#(confluentID)"}"#)
        #expect(detached.status == 200)
        #expect(detached.json["domains"].array.allSatisfy { $0["state"].string == "DELETING" })
        let left = try await api.wait(connection) { $0.json["attachedDomains"].array.count == 1 }
        #expect(left.json["attachedDomains"][0]["attachDomainId"].string == managedID)
        #expect(try await domainZones(platform) == ["\(unique).aws.plc.tidbcloud.com."])
        #expect(try await api.post("\(connection):detachDomains", #"{"attachDomainId": "\#(confluentID)"}"#).status == 404)
    }

    /// The platform's private zones for attached domains, by name.
    static func domainZones(_ platform: AWSCLI) async throws -> [String] {
        let vpc = try await platform.call("ec2", "describe-vpcs", "--filters", "Name=tag:postern:platform,Values=true")["Vpcs"][0]["VpcId"].string ?? ""
        let zones = try await platform.call("route53", "list-hosted-zones-by-vpc", "--vpc-id", vpc, "--vpc-region", "us-west-2")
        return zones["HostedZoneSummaries"].array.compactMap { $0["Name"].string }.sorted()
    }

    /// Every CNAME in the platform's private zones: name → target.
    static func domainRecords(_ platform: AWSCLI) async throws -> [String: String] {
        var records: [String: String] = [:]
        let zones = try await platform.call("route53", "list-hosted-zones")["HostedZones"].array
        for zone in zones {
            let sets = try await platform.call("route53", "list-resource-record-sets", "--hosted-zone-id", zone["Id"].string ?? "")
            for set in sets["ResourceRecordSets"].array where set["Type"].string == "CNAME" {
                records[set["Name"].string ?? ""] = set["ResourceRecords"][0]["Value"].string
            }
        }
        return records
    }

    /// The rules on attached domains, each answered at once with the fix.
    @Test func domainRulesAreCheckedAtOnce() async throws {
        let postern = try await PosternProcess()
        let api = try postern.api()
        let cluster = try await Self.activeCluster(api)
        let customer = postern.aws(account: "222222222222", region: "us-west-2")
        let service = try await EndpointServiceFixture.make(customer, zones: ["us-west-2a"], allowing: [Self.platformAccount])
        let id = try await Self.create(api, cluster: cluster, service: service.serviceName).json["privateLinkConnectionId"].string ?? ""
        let connection = "/v1beta1/clusters/\(cluster)/privateLinkConnections/\(id)"
        func attach(_ body: String) async throws -> ControlPlaneClient.Reply { try await api.post("\(connection):attachDomains", body) }

        // A connection without an endpoint (FAILED: its service does not exist) takes no domains.
        let failedID = try await Self.create(api, cluster: cluster, service: "com.amazonaws.vpce.us-west-2.vpce-svc-0123456789abcdef0")
            .json["privateLinkConnectionId"].string ?? ""
        let failed = "/v1beta1/clusters/\(cluster)/privateLinkConnections/\(failedID)"
        _ = try await api.wait(failed, until: "state", is: "FAILED")
        let early = try await api.post("\(failed):attachDomains", #"{"attachDomain": {"type": "TIDBCLOUD_MANAGED", "uniqueName": ""}, "validateOnly": true}"#)
        #expect(early.status == 400)
        #expect(early.json["message"].string?.contains("is FAILED; attach domains once its endpoint exists") == true, "\(early.json)")
        _ = try await api.wait(connection, until: "state", is: "PENDING_ACCEPTANCE")

        let noName = try await attach(#"{"attachDomain": {"type": "TIDBCLOUD_MANAGED", "uniqueName": ""}, "validateOnly": false}"#)
        #expect(noName.status == 400)
        #expect(noName.json["message"].string?.contains("run with validateOnly true first") == true, "\(noName.json)")
        let badLabel = try await attach(#"{"attachDomain": {"type": "TIDBCLOUD_MANAGED", "uniqueName": "Not_A_Label"}}"#)
        #expect(badLabel.status == 400)
        #expect(badLabel.json["message"].string?.contains("DNS label") == true)
        let confluentNoName = try await attach(#"{"attachDomain": {"type": "CONFLUENT", "uniqueName": ""}, "validateOnly": true}"#)
        #expect(confluentNoName.status == 400)
        #expect(confluentNoName.json["message"].string?.contains("domnprzqrog.us-east-1") == true, "\(confluentNoName.json)")
        let otherRegion = try await attach(#"{"attachDomain": {"type": "CONFLUENT", "uniqueName": "domnprzqrog.us-east-1"}}"#)
        #expect(otherRegion.status == 400)
        #expect(otherRegion.json["message"].string?.contains("same region") == true, "\(otherRegion.json)")
        let unknownType = try await attach(#"{"attachDomain": {"type": "MSK"}}"#)
        #expect(unknownType.status == 400)
        let unknownConnection = try await api.post(
            "/v1beta1/clusters/\(cluster)/privateLinkConnections/plc-nothere:attachDomains", #"{"attachDomain": {"type": "TIDBCLOUD_MANAGED"}}"#)
        #expect(unknownConnection.status == 404)
        #expect(try await api.get(connection).json["attachedDomains"].array.isEmpty)
    }

    @Test func connectionTypeMustMatchTheClustersCloud() async throws {
        let postern = try await PosternProcess()
        let api = try postern.api()
        let alibaba = try await Self.activeCluster(api, region: "regions/alicloud-ap-southeast-1")
        let refused = try await Self.create(api, cluster: alibaba, service: "com.amazonaws.vpce.ap-southeast-1.vpce-svc-0123456789abcdef0")
        #expect(refused.status == 400)
        #expect(refused.json["message"].string?.contains("use ALICLOUD_ENDPOINT_SERVICE") == true, "\(refused.json)")
    }

    @Test func serviceNameAndRegionAreCheckedAtOnce() async throws {
        let postern = try await PosternProcess()
        let api = try postern.api()
        let cluster = try await Self.activeCluster(api)
        let malformed = try await Self.create(api, cluster: cluster, service: "vpce-svc-0123456789abcdef0")
        #expect(malformed.status == 400)
        #expect(malformed.json["message"].string?.contains("com.amazonaws.vpce.") == true)
        let elsewhere = try await Self.create(api, cluster: cluster, service: "com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0")
        #expect(elsewhere.status == 400)
        #expect(elsewhere.json["message"].string?.contains("awsEndpointService.region") == true)
        let noType = try await api.post(
            "/v1beta1/clusters/\(cluster)/privateLinkConnections", #"{"privateLinkConnection": {"clusterId": "\#(cluster)", "displayName": "x", "type": "GCP"}}"#)
        #expect(noType.status == 400)
        #expect(try await api.get("/v1beta1/clusters/\(cluster)/privateLinkConnections").json["totalSize"].int == 0)
    }

    /// Known only from the cloud: the service does not allow the platform's account.
    @Test func serviceThatDoesNotAllowThePlatformFails() async throws {
        let postern = try await PosternProcess()
        let api = try postern.api()
        let cluster = try await Self.activeCluster(api)
        let customer = postern.aws(account: "222222222222", region: "us-west-2")
        let service = try await EndpointServiceFixture.make(customer, zones: ["us-west-2a"])
        let id = try await Self.create(api, cluster: cluster, service: service.serviceName).json["privateLinkConnectionId"].string ?? ""
        let failed = try await api.wait("/v1beta1/clusters/\(cluster)/privateLinkConnections/\(id)", until: "state", is: "FAILED")
        #expect(failed.json["state"].string == "FAILED")
        let message = failed.json["message"].string ?? ""
        #expect(message.contains("InvalidServiceName"))
        #expect(message.contains("arn:aws:iam::\(Self.platformAccount):root"))
    }

    /// Known only from the cloud: the service does not exist.
    @Test func serviceThatDoesNotExistFails() async throws {
        let postern = try await PosternProcess()
        let api = try postern.api()
        let cluster = try await Self.activeCluster(api)
        let id = try await Self.create(api, cluster: cluster, service: "com.amazonaws.vpce.us-west-2.vpce-svc-0123456789abcdef0")
            .json["privateLinkConnectionId"].string ?? ""
        let failed = try await api.wait("/v1beta1/clusters/\(cluster)/privateLinkConnections/\(id)", until: "state", is: "FAILED")
        #expect(failed.json["state"].string == "FAILED")
        #expect(failed.json["message"].string?.contains("InvalidServiceName") == true, "\(failed.json)")
        #expect(failed.json["message"].string?.contains("Check that 'com.amazonaws.vpce.us-west-2.vpce-svc-0123456789abcdef0' exists") == true)
    }

    /// Known only from the cloud: the service shares no zone with the cluster (which spans three).
    @Test func serviceInNoZoneOfTheClusterFails() async throws {
        let postern = try await PosternProcess()
        let api = try postern.api()
        let cluster = try await Self.activeCluster(api)
        let zones = try await api.get("/v1beta1/clusters/\(cluster)/privateLinkConnections:getAvailabilityZones").json["azIds"].strings
        #expect(zones == ["usw2-az1", "usw2-az2", "usw2-az3"])
        let customer = postern.aws(account: "222222222222", region: "us-west-2")
        let named = try await customer.call("ec2", "describe-availability-zones", "--zone-ids", "usw2-az4")["AvailabilityZones"][0]["ZoneName"]
        let service = try await EndpointServiceFixture.make(customer, zones: [named.string ?? ""], allowing: [Self.platformAccount])
        #expect(service.zoneIDs == ["usw2-az4"])
        let id = try await Self.create(api, cluster: cluster, service: service.serviceName).json["privateLinkConnectionId"].string ?? ""
        let failed = try await api.wait("/v1beta1/clusters/\(cluster)/privateLinkConnections/\(id)", until: "state", is: "FAILED")
        #expect(failed.json["state"].string == "FAILED")
        #expect(failed.json["message"].string?.contains("is in zones usw2-az4, none of which the cluster is in (usw2-az1") == true, "\(failed.json)")
    }

    /// A service in another region: the request must name its region, and the service must
    /// accept endpoints from the cluster's region.
    @Test func crossRegionServiceNeedsItsRegionAndItsConsent() async throws {
        let postern = try await PosternProcess()
        let api = try postern.api()
        let cluster = try await Self.activeCluster(api)
        let customer = postern.aws(account: "222222222222", region: "us-east-1")
        let service = try await EndpointServiceFixture.make(customer, zones: ["us-east-1a"], allowing: [Self.platformAccount])
        let refused = try await Self.create(api, cluster: cluster, service: service.serviceName, region: "us-east-1")
        let path = "/v1beta1/clusters/\(cluster)/privateLinkConnections/\(refused.json["privateLinkConnectionId"].string ?? "")"
        let failed = try await api.wait(path, until: "state", is: "FAILED")
        #expect(failed.json["message"].string?.contains("InvalidServiceName") == true, "\(failed.json)")
        #expect(failed.json["awsEndpointService"]["region"].string == "us-east-1")

        try await customer.call("ec2", "modify-vpc-endpoint-service-configuration", "--service-id", service.serviceID, "--add-supported-regions", "us-west-2")
        let accepted = try await Self.create(api, cluster: cluster, service: service.serviceName, region: "us-east-1")
        let pending = try await api.wait(
            "/v1beta1/clusters/\(cluster)/privateLinkConnections/\(accepted.json["privateLinkConnectionId"].string ?? "")",
            until: "state", is: "PENDING_ACCEPTANCE")
        #expect(pending.json["state"].string == "PENDING_ACCEPTANCE", "\(pending.json)")
    }

    /// A restart between the steps loses nothing and makes no second endpoint.
    @Test func restartMidFlowMakesNoSecondEndpoint() async throws {
        var postern = try await PosternProcess()
        let directory = postern.dataDirectory
        var api = try postern.api()
        let cluster = try await Self.activeCluster(api)
        let customer = postern.aws(account: "222222222222", region: "us-west-2")
        let service = try await EndpointServiceFixture.make(customer, zones: ["us-west-2a", "us-west-2b"], allowing: [Self.platformAccount])
        let id = try await Self.create(api, cluster: cluster, service: service.serviceName).json["privateLinkConnectionId"].string ?? ""
        let path = "/v1beta1/clusters/\(cluster)/privateLinkConnections/\(id)"
        _ = try await api.wait(path, until: "state", is: "PENDING_ACCEPTANCE")
        postern.stop()

        postern = try await PosternProcess(dataDirectory: directory)
        api = try postern.api()
        let again = postern.aws(account: "222222222222", region: "us-west-2")
        let endpoints = try await again.call(
            "ec2", "describe-vpc-endpoint-connections", "--filters", "Name=service-id,Values=\(service.serviceID)")["VpcEndpointConnections"]
        #expect(endpoints.array.count == 1)
        try await again.call(
            "ec2", "accept-vpc-endpoint-connections", "--service-id", service.serviceID, "--vpc-endpoint-ids", endpoints[0]["VpcEndpointId"].string ?? "")
        let active = try await api.wait(path, until: "state", is: "ACTIVE")
        #expect(active.json["state"].string == "ACTIVE")
        let platformVPCs = try await postern.aws(account: Self.platformAccount, region: "us-west-2").call(
            "ec2", "describe-vpcs", "--filters", "Name=tag:postern:platform,Values=true")
        #expect(platformVPCs["Vpcs"].array.count == 1)
    }
}
