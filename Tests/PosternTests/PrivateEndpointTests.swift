import Foundation
import Testing

/// Seed 000 (private endpoints into a Dedicated cluster) over the API: the platform makes each
/// node group's endpoint service, the customer (awscli, another account) makes an endpoint
/// to it, registers it, and Postern accepts it.
@Suite struct PrivateEndpointTests {
    static let platformAccount = "100000000000"

    struct DedicatedCluster {
        let id: String
        let nodeGroupID: String
        var base: String { "/dedicated/v1beta1/clusters/\(id)/tidbNodeGroups/\(nodeGroupID)" }
    }

    /// A Dedicated cluster in us-west-2 whose private link service is ACTIVE, and that service.
    static func activeCluster(_ api: ControlPlaneClient, nodes: Int = 2, seconds: Double = 45) async throws -> (DedicatedCluster, JSON) {
        let created = try await api.post("/dedicated/v1beta1/clusters", #"""
            {"displayName": "orders", "regionId": "aws-us-west-2", "port": 4000,
             "tidbNodeSetting": {"nodeSpecKey": "8C16G", "tidbNodeGroups": [{"nodeCount": \#(nodes)}]},
             "tikvNodeSetting": {"nodeCount": 3, "nodeSpecKey": "8C32G", "storageSizeGi": 500}}
            """#)
        #expect(created.status == 200, "\(created.json)")
        #expect(created.json["state"].string == "CREATING")
        let id = try #require(created.json["clusterId"].string)
        let group = try #require(created.json["tidbNodeSetting"]["tidbNodeGroups"][0]["tidbNodeGroupId"].string)
        #expect(created.json["tidbNodeSetting"]["tidbNodeGroups"][0]["displayName"].string == "DefaultGroup")
        let cluster = DedicatedCluster(id: id, nodeGroupID: group)
        let service = try await api.wait("\(cluster.base)/privateLinkService", until: "state", is: "ACTIVE", seconds: seconds)
        #expect(service.json["state"].string == "ACTIVE", "\(service.json)")
        return (cluster, service.json)
    }

    @Test func seed000EndpointIsRegisteredAcceptedAndDeleted() async throws {
        try await Self.walkSeed000(try await PosternProcess())
    }

    /// Seed 000 end to end: the node group's service made, the customer's endpoint discovered,
    /// registered, accepted, given private DNS, and deleted, each step checked in the cloud.
    static func walkSeed000(_ postern: any PosternServing) async throws {
        let api = try postern.api()
        let (cluster, service) = try await Self.activeCluster(api)
        let serviceName = try #require(service["serviceName"].string)
        let dnsName = try #require(service["serviceDnsName"].string)
        #expect(serviceName.hasPrefix("com.amazonaws.vpce.us-west-2.vpce-svc-"))
        #expect(dnsName.hasPrefix("privatelink-\(cluster.nodeGroupID)."))
        #expect(dnsName.hasSuffix(".clusters.tidb-cloud.com"))
        #expect(!service["availableZones"].strings.isEmpty)
        #expect(service["regionId"].string == "aws-us-west-2")
        #expect(service["cloudProvider"].string == "aws")
        let described = try await api.get("/dedicated/v1beta1/clusters/\(cluster.id)")
        let endpoint = described.json["tidbNodeSetting"]["tidbNodeGroups"][0]["endpoints"][0]
        #expect(endpoint["host"].string == dnsName)
        #expect(endpoint["connectionType"].string == "PRIVATE_ENDPOINT")
        #expect(try await api.get("\(cluster.base)/privateEndpointConnections").json["totalSize"].int == 0,
                "the console's Not Configured: the service is ACTIVE and has no endpoint")

        // What the platform made, as its own account sees it in the cloud.
        let platform = postern.aws(account: Self.platformAccount, region: "us-west-2")
        let configuration = try await platform.call(
            "ec2", "describe-vpc-endpoint-service-configurations", "--filters", "Name=service-name,Values=\(serviceName)")["ServiceConfigurations"][0]
        #expect(configuration["AcceptanceRequired"].bool == true)
        #expect(configuration["PrivateDnsName"].string == dnsName)
        let balancer = try await platform.call("elbv2", "describe-load-balancers", "--names", "postern-\(cluster.nodeGroupID)")["LoadBalancers"][0]
        #expect(balancer["Type"].string == "network")
        #expect(balancer["Scheme"].string == "internal")
        let listener = try await platform.call("elbv2", "describe-listeners", "--load-balancer-arn", balancer["LoadBalancerArn"].string ?? "")
        #expect(listener["Listeners"][0]["Port"].int == 4000)
        let group = try await platform.call("elbv2", "describe-target-groups", "--names", "postern-\(cluster.nodeGroupID)")["TargetGroups"][0]
        let targets = try await platform.call("elbv2", "describe-target-health", "--target-group-arn", group["TargetGroupArn"].string ?? "")
        #expect(targets["TargetHealthDescriptions"].array.count == 2)
        #expect(targets["TargetHealthDescriptions"].array.allSatisfy { $0["Target"]["Port"].int == 4000 })

        // Seed 000 step 3: the customer's interface endpoint, with the seed's command.
        let customer = postern.aws(account: "333333333333", region: "us-west-2")
        let network = try await ConsumerNetwork.make(customer, zoneIDs: service["availableZones"].strings)
        let made = try await customer.call(
            ["ec2", "create-vpc-endpoint", "--vpc-id", network.vpcID, "--region", "us-west-2", "--service-name", serviceName,
             "--vpc-endpoint-type", "Interface", "--subnet-ids"] + network.subnetIDs)["VpcEndpoint"]
        let endpointID = try #require(made["VpcEndpointId"].string)
        #expect(made["State"].string == "pendingAcceptance")

        let discovered = try await api.wait("/dedicated/v1beta1/clusters/-/tidbNodeGroups/-/privateEndpointConnections") {
            $0.json["privateEndpointConnections"][0]["endpointState"].string == "DISCOVERED"
        }
        #expect(discovered.json["privateEndpointConnections"][0]["endpointId"].string == endpointID, "\(discovered.json)")

        // Step 4: register the endpoint; Postern accepts it.
        let registered = try await api.post("\(cluster.base)/privateEndpointConnections", #"{"endpointId": "\#(endpointID)"}"#)
        #expect(registered.status == 200, "\(registered.json)")
        #expect(registered.json["endpointState"].string == "PENDING")
        #expect(registered.json["tidbNodeGroupId"].string == cluster.nodeGroupID)
        let connectionID = try #require(registered.json["privateEndpointConnectionId"].string)
        let path = "\(cluster.base)/privateEndpointConnections/\(connectionID)"
        let active = try await api.wait(path, until: "endpointState", is: "ACTIVE", seconds: 45)
        #expect(active.json["endpointState"].string == "ACTIVE", "\(active.json)")
        #expect(active.json["host"].string == dnsName)
        #expect(active.json["port"].int == 4000)
        #expect(active.json["privateLinkServiceName"].string == serviceName)
        #expect(active.json["labels"]["tidb.cloud/project"].string == "default")
        let edit = try await api.post("\(cluster.base)/privateEndpointConnections", #"{"endpointId": "\#(endpointID)"}"#)
        #expect(edit.status == 400)
        #expect(edit.json["message"].string?.contains("cannot be edited") == true)

        // Step 5: private DNS, with the seed's command.
        let available = try await customer.call("ec2", "describe-vpc-endpoints", "--vpc-endpoint-ids", endpointID)["VpcEndpoints"][0]
        #expect(available["State"].string == "available")
        try await customer.call("ec2", "modify-vpc-endpoint", "--vpc-endpoint-id", endpointID, "--private-dns-enabled")
        let enabled = try await customer.call("ec2", "describe-vpc-endpoints", "--vpc-endpoint-ids", endpointID)["VpcEndpoints"][0]
        #expect(enabled["DnsEntries"].array.contains { $0["DnsName"].string == dnsName })

        // Listing across clusters and node groups, and paging.
        let all = try await api.get("/dedicated/v1beta1/clusters/-/tidbNodeGroups/-/privateEndpointConnections?pageSize=500")
        #expect(all.json["totalSize"].int == 1)
        #expect(all.json["privateEndpointConnections"][0]["endpointState"].string == "ACTIVE")

        // Delete: the endpoint's connection is rejected, and the connection is gone.
        let deleted = try await api.delete(path)
        #expect(deleted.status == 200)
        #expect(deleted.json.isEmptyObject)
        let gone = try await api.wait(path) { $0.status == 404 }
        #expect(gone.status == 404)
        let rejected = try await customer.call("ec2", "describe-vpc-endpoints", "--vpc-endpoint-ids", endpointID)["VpcEndpoints"][0]
        #expect(rejected["State"].string == "rejected")
        let history = try await api.get("\(path)/events").json["events"].array
        #expect(history.compactMap { $0["state"].string } == ["DISCOVERED", "PENDING", "ACTIVE", "DELETING", "DELETED"], "\(history)")
        let admin = try postern.adminKey.publicKey
        #expect(history.map { $0["actor"].string ?? "" } == ["system", admin, "system", admin, "system"])
        let serviceHistory = try await api.get("\(cluster.base)/privateLinkService/events").json["events"].array
        #expect(serviceHistory.compactMap { $0["state"].string } == ["CREATING", "ACTIVE"])
    }

    /// Private DNS needs both VPC attributes (seed 000 troubleshooting), on the platform's service too.
    @Test func privateDNSWithoutTheVPCAttributesIsRefused() async throws {
        let postern = try await PosternProcess()
        let api = try postern.api()
        let (cluster, service) = try await Self.activeCluster(api, nodes: 1)
        let customer = postern.aws(account: "333333333333", region: "us-west-2")
        let network = try await ConsumerNetwork.make(customer, zoneIDs: [service["availableZones"].strings[0]], dnsAttributes: false)
        let endpointID = try await customer.call(
            "ec2", "create-vpc-endpoint", "--vpc-id", network.vpcID, "--service-name", service["serviceName"].string ?? "",
            "--vpc-endpoint-type", "Interface", "--subnet-ids", network.subnetIDs[0])["VpcEndpoint"]["VpcEndpointId"].string ?? ""
        let id = try await api.post("\(cluster.base)/privateEndpointConnections", #"{"endpointId": "\#(endpointID)"}"#)
            .json["privateEndpointConnectionId"].string ?? ""
        _ = try await api.wait("\(cluster.base)/privateEndpointConnections/\(id)", until: "endpointState", is: "ACTIVE", seconds: 45)
        let message = try await customer.failure(
            "InvalidParameter", "ec2", "modify-vpc-endpoint", "--vpc-endpoint-id", endpointID, "--private-dns-enabled")
        #expect(message.contains("enableDnsSupport and enableDnsHostnames"))
    }

    /// The rules of point 2 for private endpoints, each with its error.
    @Test func privateEndpointRules() async throws {
        let postern = try await PosternProcess()
        let api = try postern.api()
        let (cluster, service) = try await Self.activeCluster(api, nodes: 1)

        let essential = try await PrivateLinkConnectionTests.activeCluster(api)
        let onEssential = try await api.post(
            "/dedicated/v1beta1/clusters/\(essential)/tidbNodeGroups/1/privateEndpointConnections", #"{"endpointId": "vpce-0a1b2c3d4e5f67890"}"#)
        #expect(onEssential.status == 400)
        #expect(onEssential.json["message"].string?.contains("only for TiDB Cloud Dedicated clusters") == true, "\(onEssential.json)")

        let gcp = try await api.post("/dedicated/v1beta1/clusters", #"""
            {"displayName": "gcp-one", "regionId": "gcp-us-central1", "tidbNodeSetting": {"tidbNodeGroups": [{"nodeCount": 1}]}}
            """#)
        #expect(gcp.status == 400)
        #expect(gcp.json["message"].string?.contains("hosted in AWS") == true, "\(gcp.json)")
        let twoGroups = try await api.post("/dedicated/v1beta1/clusters", #"""
            {"displayName": "two-groups", "regionId": "aws-us-west-2", "tidbNodeSetting": {"tidbNodeGroups": [{"nodeCount": 1}, {"nodeCount": 1}]}}
            """#)
        #expect(twoGroups.status == 400)
        #expect(twoGroups.json["message"].string?.contains("exactly one node group") == true)

        let malformed = try await api.post("\(cluster.base)/privateEndpointConnections", #"{"endpointId": "endpoint-1"}"#)
        #expect(malformed.status == 400)
        #expect(malformed.json["message"].string?.contains("create-vpc-endpoint") == true)

        // Same region only: an endpoint that never asked for the service (here: one in another region) FAILS, and can be retried.
        let elsewhere = postern.aws(account: "333333333333", region: "us-east-1")
        let farService = try await EndpointServiceFixture.make(elsewhere, zones: ["us-east-1a"], acceptanceRequired: false, allowing: ["333333333333"])
        let farNetwork = try await ConsumerNetwork.make(elsewhere, zoneIDs: farService.zoneIDs)
        let farEndpoint = try await elsewhere.call(
            "ec2", "create-vpc-endpoint", "--vpc-id", farNetwork.vpcID, "--service-name", farService.serviceName,
            "--vpc-endpoint-type", "Interface", "--subnet-ids", farNetwork.subnetIDs[0])["VpcEndpoint"]["VpcEndpointId"].string ?? ""
        let far = try await api.post("\(cluster.base)/privateEndpointConnections", #"{"endpointId": "\#(farEndpoint)"}"#)
        let farPath = "\(cluster.base)/privateEndpointConnections/\(far.json["privateEndpointConnectionId"].string ?? "")"
        let failed = try await api.wait(farPath, until: "endpointState", is: "FAILED", seconds: 60)
        #expect(failed.json["endpointState"].string == "FAILED")
        #expect(failed.json["message"].string?.contains("private endpoints do not cross regions") == true, "\(failed.json)")
        #expect(failed.json["message"].string?.contains("--region us-west-2 --service-name \(service["serviceName"].string ?? "")") == true)
        let retried = try await api.post("\(cluster.base)/privateEndpointConnections", #"{"endpointId": "\#(farEndpoint)"}"#)
        #expect(retried.status == 200)
        #expect(retried.json["endpointState"].string == "PENDING", "a FAILED endpoint can be retried")
        #expect(retried.json["privateEndpointConnectionId"].string == far.json["privateEndpointConnectionId"].string)

        // One private link service per node group: the cloud holds exactly one endpoint service for it.
        let platform = postern.aws(account: Self.platformAccount, region: "us-west-2")
        let services = try await platform.call("ec2", "describe-vpc-endpoint-service-configurations")["ServiceConfigurations"]
        #expect(services.array.count == 1)
        let unknownGroup = try await api.get("/dedicated/v1beta1/clusters/\(cluster.id)/tidbNodeGroups/1/privateLinkService")
        #expect(unknownGroup.status == 404)
    }

    /// Deleting the cluster rejects its ACTIVE endpoint connection and deletes its private link
    /// service, in the cloud too.
    @Test func clusterDeletionTakesItsServiceAlong() async throws {
        let postern = try await PosternProcess()
        let api = try postern.api()
        let (cluster, service) = try await Self.activeCluster(api, nodes: 1)
        let serviceName = try #require(service["serviceName"].string)
        let customer = postern.aws(account: "333333333333", region: "us-west-2")
        let network = try await ConsumerNetwork.make(customer, zoneIDs: service["availableZones"].strings)
        let endpointID = try #require(try await customer.call(
            ["ec2", "create-vpc-endpoint", "--vpc-id", network.vpcID, "--service-name", serviceName, "--vpc-endpoint-type", "Interface",
             "--subnet-ids"] + network.subnetIDs)["VpcEndpoint"]["VpcEndpointId"].string)
        let registered = try await api.post("\(cluster.base)/privateEndpointConnections", #"{"endpointId": "\#(endpointID)"}"#)
        let connectionID = try #require(registered.json["privateEndpointConnectionId"].string, "\(registered.json)")
        let active = try await api.wait("\(cluster.base)/privateEndpointConnections/\(connectionID)", until: "endpointState", is: "ACTIVE", seconds: 45)
        #expect(active.json["endpointState"].string == "ACTIVE")

        let deleting = try await api.delete("/dedicated/v1beta1/clusters/\(cluster.id)")
        #expect(deleting.json["state"].string == "DELETING")
        let gone = try await api.wait("/dedicated/v1beta1/clusters/\(cluster.id)", seconds: 45) { $0.status == 404 }
        #expect(gone.status == 404)
        let rejected = try await customer.call("ec2", "describe-vpc-endpoints", "--vpc-endpoint-ids", endpointID)["VpcEndpoints"][0]
        #expect(rejected["State"].string == "rejected", "the cluster's deletion rejects its endpoints: \(rejected)")
        let history = try await api.get("\(cluster.base)/privateEndpointConnections/\(connectionID)/events").json["events"].array
        #expect(history.compactMap { $0["state"].string }.suffix(2) == ["DELETING", "DELETED"], "\(history)")
        #expect(try await api.get("/dedicated/v1beta1/clusters/-/tidbNodeGroups/-/privateEndpointConnections").json["totalSize"].int == 0)
        let platform = postern.aws(account: Self.platformAccount, region: "us-west-2")
        #expect(try await platform.call("ec2", "describe-vpc-endpoint-service-configurations")["ServiceConfigurations"].array.isEmpty)
        #expect(try await platform.call("elbv2", "describe-load-balancers")["LoadBalancers"].array.isEmpty)
        #expect(try await platform.call("elbv2", "describe-target-groups")["TargetGroups"].array.isEmpty)
    }

    /// Restarts while the service is being made and while the endpoint is being accepted lose
    /// nothing and make no second load balancer, service or connection.
    @Test func restartsMidFlowMakeNothingTwice() async throws {
        // Long enough for a loaded machine to see the service CREATING before it is ACTIVE.
        var postern = try await PosternProcess(delay: "8s")
        let directory = postern.dataDirectory
        var api = try postern.api()
        let created = try await api.post("/dedicated/v1beta1/clusters", #"""
            {"displayName": "restarts", "regionId": "aws-us-west-2", "tidbNodeSetting": {"tidbNodeGroups": [{"nodeCount": 1}]}}
            """#)
        let cluster = DedicatedCluster(
            id: created.json["clusterId"].string ?? "", nodeGroupID: created.json["tidbNodeSetting"]["tidbNodeGroups"][0]["tidbNodeGroupId"].string ?? "")
        let creating = try await api.wait("\(cluster.base)/privateLinkService", until: "state", is: "CREATING")
        #expect(creating.json["state"].string == "CREATING")
        postern.stop()

        postern = try await PosternProcess(delay: "3s", dataDirectory: directory)
        api = try postern.api()
        let service = try await api.wait("\(cluster.base)/privateLinkService", until: "state", is: "ACTIVE", seconds: 45).json
        #expect(service["state"].string == "ACTIVE", "\(service)")
        let customer = postern.aws(account: "333333333333", region: "us-west-2")
        let network = try await ConsumerNetwork.make(customer, zoneIDs: [service["availableZones"].strings.first ?? ""])
        let endpointID = try await customer.call(
            "ec2", "create-vpc-endpoint", "--vpc-id", network.vpcID, "--service-name", service["serviceName"].string ?? "",
            "--vpc-endpoint-type", "Interface", "--subnet-ids", network.subnetIDs[0])["VpcEndpoint"]["VpcEndpointId"].string ?? ""
        _ = try await customer.call("ec2", "describe-vpc-endpoints", "--vpc-endpoint-ids", endpointID)
        let registered = try await api.post("\(cluster.base)/privateEndpointConnections", #"{"endpointId": "\#(endpointID)"}"#)
        let path = "\(cluster.base)/privateEndpointConnections/\(registered.json["privateEndpointConnectionId"].string ?? "")"
        #expect(registered.json["endpointState"].string == "PENDING", "\(registered.json)")
        postern.stop()

        postern = try await PosternProcess(delay: "3s", dataDirectory: directory)
        api = try postern.api()
        let active = try await api.wait(path, until: "endpointState", is: "ACTIVE", seconds: 40)
        #expect(active.json["endpointState"].string == "ACTIVE", "\(active.json)")
        #expect(try await api.get("\(cluster.base)/privateEndpointConnections").json["totalSize"].int == 1)
        let platform = postern.aws(account: Self.platformAccount, region: "us-west-2")
        #expect(try await platform.call("ec2", "describe-vpc-endpoint-service-configurations")["ServiceConfigurations"].array.count == 1)
        #expect(try await platform.call("elbv2", "describe-load-balancers")["LoadBalancers"].array.count == 1)
        #expect(try await platform.call("elbv2", "describe-target-groups")["TargetGroups"].array.count == 1)
        let listeners = try await platform.call(
            "elbv2", "describe-listeners", "--load-balancer-arn",
            try await platform.call("elbv2", "describe-load-balancers")["LoadBalancers"][0]["LoadBalancerArn"].string ?? "")
        #expect(listeners["Listeners"].array.count == 1)
    }
}
