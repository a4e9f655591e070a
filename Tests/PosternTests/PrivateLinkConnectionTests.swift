import Foundation
import Testing

/// Seed 004 (private link connections for dataflow) over the API, with the customer's side in
/// the embedded cloud through awscli.
@Suite struct PrivateLinkConnectionTests {
    static let platformAccount = "100000000000"

    /// An ACTIVE Essential cluster in `region`, and its id.
    static func activeCluster(_ api: ControlPlaneClient, region: String = "regions/aws-us-west-2") async throws -> String {
        let id = try await api.post("/v1beta1/clusters", #"{"displayName": "dataflow", "region": {"name": "\#(region)"}}"#)
            .json["clusterId"].string ?? ""
        let active = try await api.wait("/v1beta1/clusters/\(id)", until: "state", is: "ACTIVE")
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
        let postern = try await PosternProcess()
        let api = try postern.api()
        let cluster = try await Self.activeCluster(api)
        let base = "/v1beta1/clusters/\(cluster)/privateLinkConnections"

        let zones = try await api.get("/v1beta1/clusters/\(cluster)/privateLinkConnections:getAvailabilityZones")
        #expect(zones.json["accountId"].string == Self.platformAccount)
        #expect(zones.json["azIds"].strings == ["usw2-az1", "usw2-az2", "usw2-az3", "usw2-az4"])

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
        #expect(Set(pending.json["awsEndpointService"]["availabilityZoneIds"].strings) == Set(service.zoneIDs))

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

        let deleting = try await api.delete("\(base)/\(id)")
        #expect(deleting.json["state"].string == "DELETING")
        let gone = try await api.wait("\(base)/\(id)") { $0.status == 404 }
        #expect(gone.status == 404)
        let after = try await customer.call(
            "ec2", "describe-vpc-endpoint-connections", "--filters", "Name=service-id,Values=\(service.serviceID)")["VpcEndpointConnections"]
        #expect(after.array.count == 1)
        #expect(after[0]["VpcEndpointId"].string == endpoint)
        #expect(after[0]["VpcEndpointState"].string == "deleted")
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
