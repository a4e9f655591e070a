import Foundation
import Testing

/// The rules AWS enforces on PrivateLink, each seen through awscli with AWS's own error code.
@Suite struct PrivateLinkRulesTests {
    @Test func unknownServiceNameIsRefused() async throws {
        let postern = try await PosternProcess()
        let customer = postern.aws(account: "222222222222")
        let network = try await ConsumerNetwork.make(customer, zoneIDs: [], dnsAttributes: false)
        let message = try await customer.failure(
            "InvalidServiceName", "ec2", "create-vpc-endpoint", "--vpc-id", network.vpcID, "--vpc-endpoint-type", "Interface",
            "--service-name", "com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0")
        #expect(message.contains("does not exist"))
    }

    @Test func malformedServiceNameIsRefused() async throws {
        let postern = try await PosternProcess()
        let customer = postern.aws(account: "222222222222")
        let network = try await ConsumerNetwork.make(customer, zoneIDs: [], dnsAttributes: false)
        let message = try await customer.failure(
            "InvalidServiceName", "ec2", "create-vpc-endpoint", "--vpc-id", network.vpcID, "--vpc-endpoint-type", "Interface",
            "--service-name", "vpce-svc-0123456789abcdef0")
        #expect(message.contains("com.amazonaws.vpce.<region>.vpce-svc-<id>"))
    }

    @Test func consumerOutsideAllowedPrincipalsIsRefused() async throws {
        let postern = try await PosternProcess()
        let provider = postern.aws(account: "111111111111")
        let customer = postern.aws(account: "222222222222")
        let service = try await EndpointServiceFixture.make(provider, zones: ["us-east-1a"], allowing: ["333333333333"])
        let network = try await ConsumerNetwork.make(customer, zoneIDs: service.zoneIDs)
        let create = ["ec2", "create-vpc-endpoint", "--vpc-id", network.vpcID, "--vpc-endpoint-type", "Interface",
                      "--service-name", service.serviceName, "--subnet-ids", network.subnetIDs[0]]
        let message = try await customer.failure("InvalidServiceName", "ec2", "describe-vpc-endpoint-services", "--service-names", service.serviceName)
        #expect(message.contains("--add-allowed-principals arn:aws:iam::222222222222:root"))
        let result = try await customer.run(create)
        #expect(result.stderr.contains("(InvalidServiceName)"))

        try await provider.call(
            "ec2", "modify-vpc-endpoint-service-permissions", "--service-id", service.serviceID,
            "--add-allowed-principals", "arn:aws:iam::222222222222:root")
        let endpoint = try await customer.call(create)
        #expect(endpoint["VpcEndpoint"]["State"].string == "pendingAcceptance")
    }

    /// Seed 000: "the VPC endpoint service does not support the AZ of the subnet".
    @Test func endpointInUnsupportedAZIsRefused() async throws {
        let postern = try await PosternProcess()
        let provider = postern.aws(account: "111111111111")
        let customer = postern.aws(account: "222222222222")
        let service = try await EndpointServiceFixture.make(
            provider, zones: ["us-east-1a", "us-east-1b", "us-east-1c"], allowing: ["222222222222"])
        let zones = try await customer.call("ec2", "describe-availability-zones")["AvailabilityZones"].array.compactMap { $0["ZoneId"].string }
        #expect(zones.count == 6)
        let extra = try #require(zones.first { !service.zoneIDs.contains($0) })
        let network = try await ConsumerNetwork.make(customer, zoneIDs: [service.zoneIDs[0], extra])
        let message = try await customer.failure(
            "InvalidParameter", "ec2", "create-vpc-endpoint", "--vpc-id", network.vpcID, "--vpc-endpoint-type", "Interface",
            "--service-name", service.serviceName, "--subnet-ids", network.subnetIDs[0], network.subnetIDs[1])
        #expect(message.contains("does not support the availability zone of the subnet: \(network.subnetIDs[1])"))
        let none = try await customer.call("ec2", "describe-vpc-endpoints")
        #expect(none["VpcEndpoints"].array.isEmpty)
    }

    /// Seed 000 troubleshooting: private DNS needs enableDnsSupport and enableDnsHostnames.
    @Test func privateDNSNeedsBothVPCAttributes() async throws {
        let postern = try await PosternProcess()
        let provider = postern.aws(account: "111111111111")
        let customer = postern.aws(account: "222222222222")
        let service = try await EndpointServiceFixture.make(
            provider, zones: ["us-east-1a"], acceptanceRequired: false, privateDNSName: "db.example.com", allowing: ["222222222222"])
        try await provider.call("ec2", "start-vpc-endpoint-service-private-dns-verification", "--service-id", service.serviceID)
        let network = try await ConsumerNetwork.make(customer, zoneIDs: service.zoneIDs, dnsAttributes: false)
        let support = try await customer.call("ec2", "describe-vpc-attribute", "--vpc-id", network.vpcID, "--attribute", "enableDnsSupport")
        #expect(support["EnableDnsSupport"]["Value"].bool == true)
        let endpoint = try await customer.call(
            "ec2", "create-vpc-endpoint", "--vpc-id", network.vpcID, "--vpc-endpoint-type", "Interface",
            "--service-name", service.serviceName, "--subnet-ids", network.subnetIDs[0])["VpcEndpoint"]
        #expect(endpoint["State"].string == "available")
        let id = endpoint["VpcEndpointId"].string ?? ""

        let message = try await customer.failure(
            "InvalidParameter", "ec2", "modify-vpc-endpoint", "--vpc-endpoint-id", id, "--private-dns-enabled")
        #expect(message.contains("enableDnsSupport and enableDnsHostnames"))
        #expect(message.contains("--enable-dns-hostnames"))

        try await customer.call("ec2", "modify-vpc-attribute", "--vpc-id", network.vpcID, "--enable-dns-hostnames", #"{"Value":true}"#)
        try await customer.call("ec2", "modify-vpc-endpoint", "--vpc-endpoint-id", id, "--private-dns-enabled")
        let enabled = try await customer.call("ec2", "describe-vpc-endpoints", "--vpc-endpoint-ids", id)
        #expect(enabled["VpcEndpoints"][0]["PrivateDnsEnabled"].bool == true)
    }

    @Test func crossRegionServiceNeedsSupportedRegion() async throws {
        let postern = try await PosternProcess()
        let provider = postern.aws(account: "111111111111", region: "us-east-1")
        let customer = postern.aws(account: "222222222222", region: "us-west-2")
        let service = try await EndpointServiceFixture.make(provider, zones: ["us-east-1a"], allowing: ["222222222222"])
        let network = try await ConsumerNetwork.make(customer, zoneIDs: ["usw2-az1"])
        let create = ["ec2", "create-vpc-endpoint", "--vpc-id", network.vpcID, "--vpc-endpoint-type", "Interface",
                      "--service-name", service.serviceName, "--service-region", "us-east-1", "--subnet-ids", network.subnetIDs[0]]
        let refused = try await customer.run(create)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("(InvalidServiceName)"))
        #expect(refused.stderr.contains("--add-supported-regions us-west-2"))

        try await provider.call(
            "ec2", "modify-vpc-endpoint-service-configuration", "--service-id", service.serviceID, "--add-supported-regions", "us-west-2")
        let endpoint = try await customer.call(create)["VpcEndpoint"]
        #expect(endpoint["ServiceRegion"].string == "us-east-1")
        #expect(endpoint["State"].string == "pendingAcceptance")
    }

    @Test func serviceWithEndpointsCannotBeDeleted() async throws {
        let postern = try await PosternProcess()
        let provider = postern.aws(account: "111111111111")
        let customer = postern.aws(account: "222222222222")
        let service = try await EndpointServiceFixture.make(provider, zones: ["us-east-1a"], allowing: ["222222222222"])
        let network = try await ConsumerNetwork.make(customer, zoneIDs: service.zoneIDs)
        let endpoint = try await customer.call(
            "ec2", "create-vpc-endpoint", "--vpc-id", network.vpcID, "--vpc-endpoint-type", "Interface",
            "--service-name", service.serviceName, "--subnet-ids", network.subnetIDs[0])["VpcEndpoint"]["VpcEndpointId"].string ?? ""

        let refused = try await provider.call("ec2", "delete-vpc-endpoint-service-configurations", "--service-ids", service.serviceID)
        #expect(refused["Unsuccessful"][0]["Error"]["Code"].string == "ExistingVpcEndpointConnections")
        #expect(refused["Unsuccessful"][0]["ResourceId"].string == service.serviceID)
        try await provider.failure("ResourceInUse", "elbv2", "delete-load-balancer", "--load-balancer-arn", service.loadBalancerARN)

        let rejected = try await provider.call(
            "ec2", "reject-vpc-endpoint-connections", "--service-id", service.serviceID, "--vpc-endpoint-ids", endpoint)
        #expect(rejected["Unsuccessful"].array.isEmpty)
        let state = try await customer.call("ec2", "describe-vpc-endpoints", "--vpc-endpoint-ids", endpoint)
        #expect(state["VpcEndpoints"][0]["State"].string == "rejected")
        let deleted = try await provider.call("ec2", "delete-vpc-endpoint-service-configurations", "--service-ids", service.serviceID)
        #expect(deleted["Unsuccessful"].array.isEmpty)
        try await provider.failure(
            "InvalidVpcEndpointServiceId.NotFound", "ec2", "describe-vpc-endpoint-service-configurations", "--service-ids", service.serviceID)
    }

    @Test func duplicateClientTokenReturnsTheFirstEndpoint() async throws {
        let postern = try await PosternProcess()
        let provider = postern.aws(account: "111111111111")
        let customer = postern.aws(account: "222222222222")
        let service = try await EndpointServiceFixture.make(provider, zones: ["us-east-1a", "us-east-1b"], allowing: ["222222222222"])
        let network = try await ConsumerNetwork.make(customer, zoneIDs: service.zoneIDs)
        let create = ["ec2", "create-vpc-endpoint", "--vpc-id", network.vpcID, "--vpc-endpoint-type", "Interface",
                      "--service-name", service.serviceName, "--subnet-ids", network.subnetIDs[0], "--client-token", "plc-42"]
        let first = try await customer.call(create)["VpcEndpoint"]["VpcEndpointId"].string
        let second = try await customer.call(create)["VpcEndpoint"]["VpcEndpointId"].string
        #expect(first != nil && first == second)
        let all = try await customer.call("ec2", "describe-vpc-endpoints")
        #expect(all["VpcEndpoints"].array.count == 1)

        var different = create
        different[different.firstIndex(of: network.subnetIDs[0])!] = network.subnetIDs[1]
        let message = try await customer.failure("IdempotentParameterMismatch", different)
        #expect(message.contains("plc-42"))
    }
}
