import Foundation
import PosternAWS
import PosternAWSProvider
import PosternControl
import Testing

/// The AWS provider's calls that moto implements, against a moto server, with awscli reading
/// back what they made. (moto leaves out endpoint acceptance, DescribeVpcEndpointConnections
/// and private DNS verification; the embedded cloud covers those.)
@Suite struct AWSProviderMotoTests {
    static let key = "AKIAPOSTERNTESTS0000"

    static func provider(_ moto: MotoProcess) -> AWSProvider {
        AWSProvider(client: AWSClient(
            credentials: AWSCredentials(accessKeyID: key, secretAccessKey: "secret"), endpoint: URL(string: moto.url)!,
            timeout: AWSClientTests.patientTimeout))
    }

    @Test func essentialPathOnMoto() async throws {
        let moto = try await MotoProcess()
        defer { moto.stop() }
        let aws = AWSCLI(endpoint: moto.url, accessKeyID: Self.key, region: "us-west-2")

        // The platform network, found by its tag the second time (a fresh provider, as after a restart).
        let network = try await Self.provider(moto).platformNetwork(region: "us-west-2")
        let again = try await Self.provider(moto).platformNetwork(region: "us-west-2")
        #expect(again.vpcID == network.vpcID)
        #expect(again.subnets == network.subnets)
        let vpcs = try await aws.call("ec2", "describe-vpcs", "--filters", "Name=tag:postern:platform,Values=true")["Vpcs"]
        #expect(vpcs.array.count == 1)
        #expect(vpcs[0]["CidrBlock"].string == "10.250.0.0/16")
        let subnets = try await aws.call("ec2", "describe-subnets", "--filters", "Name=vpc-id,Values=\(network.vpcID)")["Subnets"]
        #expect(subnets.array.count == network.subnets.count)
        #expect(Set(subnets.array.compactMap { $0["AvailabilityZoneId"].string }) == Set(network.zoneIDs))
        let groups = try await aws.call("ec2", "describe-security-groups", "--group-ids", network.securityGroupID)["SecurityGroups"]
        #expect(groups[0]["GroupName"].string == "postern-platform")

        // A customer's endpoint service, and the connection's endpoint to it.
        let service = try await EndpointServiceFixture.make(aws, zones: ["us-west-2a", "us-west-2b"])
        let endpoint = try await Self.provider(moto).ensureEndpoint(
            connectionID: "plc-moto", serviceName: service.serviceName, serviceRegion: "us-west-2", network: network)
        #expect(endpoint.id.hasPrefix("vpce-"))
        let tagged = try await aws.call("ec2", "describe-vpc-endpoints", "--filters", "Name=tag:postern:private-link-connection,Values=plc-moto")
        #expect(tagged["VpcEndpoints"].array.count == 1)
        #expect(tagged["VpcEndpoints"][0]["ServiceName"].string == service.serviceName)
        #expect(tagged["VpcEndpoints"][0]["VpcId"].string == network.vpcID)
        #expect(try await Self.provider(moto).endpoints(connectionID: "plc-moto", region: "us-west-2").map(\.id) == [endpoint.id])

        // Attached domains: a private zone in the platform VPC with a CNAME per domain.
        let records = DomainRecords(
            reference: "adm-moto", region: "us-west-2", zoneName: "abc.aws.plc.tidbcloud.com", endpointID: endpoint.id,
            names: [.init(name: "*.usw2-az1.abc.aws.plc.tidbcloud.com", zoneID: "usw2-az1")])
        try await Self.provider(moto).ensureDomainRecords(records)
        try await Self.provider(moto).ensureDomainRecords(records)
        let zones = try await aws.call("route53", "list-hosted-zones-by-vpc", "--vpc-id", network.vpcID, "--vpc-region", "us-west-2")
        #expect(zones["HostedZoneSummaries"].array.compactMap { $0["Name"].string } == ["abc.aws.plc.tidbcloud.com."])
        let zoneID = zones["HostedZoneSummaries"][0]["HostedZoneId"].string ?? ""
        let sets = try await aws.call("route53", "list-resource-record-sets", "--hosted-zone-id", zoneID)["ResourceRecordSets"]
        let cnames = sets.array.filter { $0["Type"].string == "CNAME" }
        #expect(cnames.count == 1)
        #expect(cnames.first?["ResourceRecords"][0]["Value"].string?.contains(endpoint.id) == true, "\(sets)")
        try await Self.provider(moto).removeDomainRecords(zoneName: "abc.aws.plc.tidbcloud.com", region: "us-west-2")
        let after = try await aws.call("route53", "list-hosted-zones-by-vpc", "--vpc-id", network.vpcID, "--vpc-region", "us-west-2")
        #expect(after["HostedZoneSummaries"].array.isEmpty)

        try await Self.provider(moto).deleteEndpoints(connectionID: "plc-moto", region: "us-west-2")
        #expect(try await Self.provider(moto).endpoints(connectionID: "plc-moto", region: "us-west-2").isEmpty)
    }

    @Test func dedicatedServiceOnMoto() async throws {
        let moto = try await MotoProcess()
        defer { moto.stop() }
        let aws = AWSCLI(endpoint: moto.url, accessKeyID: Self.key, region: "us-west-2")
        let spec = PrivateLinkServiceSpec(
            reference: "1234567890", region: "us-west-2", port: 4000, nodeCount: 3,
            privateDNSName: "privatelink-1234567890.abcdefghijkl.clusters.tidb-cloud.com")
        let status = try await Self.provider(moto).ensurePrivateLinkService(spec)
        let again = try await Self.provider(moto).ensurePrivateLinkService(spec)
        #expect(again.serviceID == status.serviceID, "found by its tag, not made twice")
        #expect(status.serviceName.hasSuffix(status.serviceID))

        let group = try await aws.call("elbv2", "describe-target-groups", "--names", "postern-1234567890")["TargetGroups"][0]
        #expect(group["Port"].int == 4000)
        #expect(group["TargetType"].string == "ip")
        let health = try await aws.call("elbv2", "describe-target-health", "--target-group-arn", group["TargetGroupArn"].string ?? "")
        #expect(health["TargetHealthDescriptions"].array.count == 3)
        let balancer = try await aws.call("elbv2", "describe-load-balancers", "--names", "postern-1234567890")["LoadBalancers"][0]
        #expect(balancer["Type"].string == "network")
        #expect(balancer["Scheme"].string == "internal")
        let listeners = try await aws.call("elbv2", "describe-listeners", "--load-balancer-arn", balancer["LoadBalancerArn"].string ?? "")
        #expect(listeners["Listeners"].array.count == 1)
        #expect(listeners["Listeners"][0]["Port"].int == 4000)
        let services = try await aws.call("ec2", "describe-vpc-endpoint-service-configurations")["ServiceConfigurations"]
        #expect(services.array.count == 1)
        #expect(services[0]["AcceptanceRequired"].bool == true)
        #expect(services[0]["PrivateDnsName"].string == spec.privateDNSName)
        let permissions = try await aws.call("ec2", "describe-vpc-endpoint-service-permissions", "--service-id", status.serviceID)
        #expect(permissions["AllowedPrincipals"].array.compactMap { $0["Principal"].string } == ["*"])

        var gone = false
        for _ in 0..<5 where !gone { gone = try await Self.provider(moto).deletePrivateLinkService(reference: "1234567890", region: "us-west-2") }
        #expect(gone)
        #expect(try await aws.call("ec2", "describe-vpc-endpoint-service-configurations")["ServiceConfigurations"].array.isEmpty)
        #expect(try await aws.call("elbv2", "describe-load-balancers")["LoadBalancers"].array.isEmpty)
        #expect(try await aws.call("elbv2", "describe-target-groups")["TargetGroups"].array.isEmpty)
    }
}
