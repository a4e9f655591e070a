import Foundation
import Testing

/// The customer halves of the seed flows, run with the seeds' own aws commands against
/// `postern serve`.
@Suite struct SeedFlowTests {
    /// Seed 003, step 2: expose an RDS instance (port 3306) behind an internal NLB as an
    /// endpoint service that requires acceptance and allows TiDB Cloud's account.
    @Test func seed003ProviderExposesRDSAsEndpointService() async throws {
        let postern = try await PosternProcess()
        let aws = postern.aws(account: "111111111111", region: "us-west-2")

        let vpc = try await aws.call("ec2", "create-vpc", "--cidr-block", "10.0.0.0/16")["Vpc"]
        #expect(vpc["State"].string == "available")
        #expect(vpc["OwnerId"].string == "111111111111")
        let vpcID = vpc["VpcId"].string ?? ""

        var subnetIDs: [String] = []
        for (index, zone) in ["us-west-2a", "us-west-2b", "us-west-2c"].enumerated() {
            let subnet = try await aws.call(
                "ec2", "create-subnet", "--vpc-id", vpcID, "--cidr-block", "10.0.\(index + 1).0/24", "--availability-zone", zone)["Subnet"]
            #expect(subnet["AvailabilityZone"].string == zone)
            #expect(subnet["AvailabilityZoneId"].string?.hasPrefix("usw2-az") == true)
            #expect(subnet["AvailableIpAddressCount"].int == 251)
            subnetIDs.append(subnet["SubnetId"].string ?? "")
        }

        let group = try await aws.call(
            "ec2", "create-security-group", "--group-name", "rds-nlb", "--description", "MySQL/Aurora", "--vpc-id", vpcID)["GroupId"].string ?? ""
        let rule = try await aws.call(
            "ec2", "authorize-security-group-ingress", "--group-id", group, "--protocol", "tcp", "--port", "3306", "--cidr", "0.0.0.0/0")
        #expect(rule["SecurityGroupRules"][0]["FromPort"].int == 3306)
        let described = try await aws.call("ec2", "describe-security-groups", "--group-ids", group)["SecurityGroups"][0]
        #expect(described["IpPermissions"][0]["IpRanges"][0]["CidrIp"].string == "0.0.0.0/0")
        #expect(described["IpPermissions"][0]["ToPort"].int == 3306)

        let targetGroup = try await aws.call(
            "elbv2", "create-target-group", "--name", "rds-tg", "--protocol", "TCP", "--port", "3306", "--vpc-id", vpcID,
            "--target-type", "ip", "--ip-address-type", "ipv4")["TargetGroups"][0]
        #expect(targetGroup["TargetType"].string == "ip")
        #expect(targetGroup["Protocol"].string == "TCP")
        let groupARN = targetGroup["TargetGroupArn"].string ?? ""
        try await aws.call("elbv2", "register-targets", "--target-group-arn", groupARN, "--targets", "Id=10.0.1.25,Port=3306")
        let unused = try await aws.call("elbv2", "describe-target-health", "--target-group-arn", groupARN)
        #expect(unused["TargetHealthDescriptions"][0]["TargetHealth"]["State"].string == "unused")

        let balancer = try await aws.call(
            ["elbv2", "create-load-balancer", "--name", "rds-nlb", "--type", "network", "--scheme", "internal",
             "--ip-address-type", "ipv4", "--security-groups", group, "--subnets"] + subnetIDs)["LoadBalancers"][0]
        let balancerARN = balancer["LoadBalancerArn"].string ?? ""
        #expect(balancerARN.contains(":loadbalancer/net/rds-nlb/"))
        #expect(balancer["Scheme"].string == "internal")
        #expect(balancer["AvailabilityZones"].array.count == 3)
        let listener = try await aws.call(
            "elbv2", "create-listener", "--load-balancer-arn", balancerARN, "--protocol", "TCP", "--port", "3306",
            "--default-actions", "Type=forward,TargetGroupArn=\(groupARN)")["Listeners"][0]
        #expect(listener["Port"].int == 3306)
        let healthy = try await aws.call("elbv2", "describe-target-health", "--target-group-arn", groupARN)
        #expect(healthy["TargetHealthDescriptions"][0]["TargetHealth"]["State"].string == "healthy")

        let service = try await aws.call(
            "ec2", "create-vpc-endpoint-service-configuration", "--network-load-balancer-arns", balancerARN,
            "--acceptance-required", "--supported-ip-address-types", "ipv4")["ServiceConfiguration"]
        let serviceID = service["ServiceId"].string ?? ""
        #expect(service["ServiceName"].string == "com.amazonaws.vpce.us-west-2.\(serviceID)")
        #expect(serviceID.count == "vpce-svc-".count + 17)
        #expect(service["AcceptanceRequired"].bool == true)
        #expect(service["ServiceState"].string == "Available")
        #expect(service["AvailabilityZones"].strings == ["us-west-2a", "us-west-2b", "us-west-2c"])

        let permissions = try await aws.call(
            "ec2", "modify-vpc-endpoint-service-permissions", "--service-id", serviceID,
            "--add-allowed-principals", "arn:aws:iam::222222222222:root")
        #expect(permissions["ReturnValue"].bool == true)
        #expect(permissions["AddedPrincipals"][0]["PrincipalType"].string == "Account")
        let allowed = try await aws.call("ec2", "describe-vpc-endpoint-service-permissions", "--service-id", serviceID)
        #expect(allowed["AllowedPrincipals"].array.map { $0["Principal"].string } == ["arn:aws:iam::222222222222:root"])

        let visible = try await postern.aws(account: "222222222222", region: "us-west-2")
            .call("ec2", "describe-vpc-endpoint-services", "--service-names", service["ServiceName"].string ?? "")
        #expect(visible["ServiceDetails"][0]["Owner"].string == "111111111111")
        #expect(visible["ServiceDetails"][0]["AvailabilityZoneIds"].strings == service["AvailabilityZoneIds"].strings)
    }

    /// Seed 000, steps 3 to 5: the customer creates an interface endpoint to the cluster's
    /// endpoint service, the service's owner accepts it, and the customer enables private DNS.
    @Test func seed000CustomerConnectsFromAnotherAccount() async throws {
        let postern = try await PosternProcess()
        let platform = postern.aws(account: "380838443567", region: "us-east-1")
        let customer = postern.aws(account: "222222222222", region: "us-east-1")
        let service = try await EndpointServiceFixture.make(
            platform, zones: ["us-east-1a", "us-east-1b", "us-east-1c"], port: 4000,
            privateDNSName: "privatelink-19133.abcdefgh.clusters.tidb-cloud.com", allowing: ["222222222222"])
        try await platform.call("ec2", "start-vpc-endpoint-service-private-dns-verification", "--service-id", service.serviceID)
        let network = try await ConsumerNetwork.make(customer, zoneIDs: service.zoneIDs)

        let endpoint = try await customer.call(
            ["ec2", "create-vpc-endpoint", "--vpc-id", network.vpcID, "--region", "us-east-1", "--service-name", service.serviceName,
             "--vpc-endpoint-type", "Interface", "--subnet-ids"] + network.subnetIDs)["VpcEndpoint"]
        let endpointID = endpoint["VpcEndpointId"].string ?? ""
        #expect(endpoint["State"].string == "pendingAcceptance")
        #expect(endpoint["PrivateDnsEnabled"].bool == false)
        #expect(endpoint["NetworkInterfaceIds"].array.count == 3)
        let names = endpoint["DnsEntries"].array.compactMap { $0["DnsName"].string }
        #expect(names.count == 4)
        #expect(names.first?.hasPrefix("\(endpointID)-") == true)
        #expect(names.first?.hasSuffix(".\(service.serviceID).us-east-1.vpce.amazonaws.com") == true)

        let interfaces = try await customer.call(
            ["ec2", "describe-network-interfaces", "--network-interface-ids"] + endpoint["NetworkInterfaceIds"].strings)
        for interface in interfaces["NetworkInterfaces"].array {
            #expect(interface["PrivateIpAddress"].string?.hasPrefix("172.31.") == true)
            #expect(interface["InterfaceType"].string == "vpc_endpoint")
        }

        let connections = try await platform.call(
            "ec2", "describe-vpc-endpoint-connections", "--filters", "Name=service-id,Values=\(service.serviceID)")
        #expect(connections["VpcEndpointConnections"][0]["VpcEndpointId"].string == endpointID)
        #expect(connections["VpcEndpointConnections"][0]["VpcEndpointOwner"].string == "222222222222")
        #expect(connections["VpcEndpointConnections"][0]["VpcEndpointState"].string == "pendingAcceptance")

        let accepted = try await platform.call(
            "ec2", "accept-vpc-endpoint-connections", "--service-id", service.serviceID, "--vpc-endpoint-ids", endpointID)
        #expect(accepted["Unsuccessful"].array.isEmpty)
        let available = try await customer.call("ec2", "describe-vpc-endpoints", "--vpc-endpoint-ids", endpointID)
        #expect(available["VpcEndpoints"][0]["State"].string == "available")

        let modified = try await customer.call("ec2", "modify-vpc-endpoint", "--vpc-endpoint-id", endpointID, "--private-dns-enabled")
        #expect(modified["Return"].bool == true)
        let enabled = try await customer.call("ec2", "describe-vpc-endpoints", "--vpc-endpoint-ids", endpointID)["VpcEndpoints"][0]
        #expect(enabled["PrivateDnsEnabled"].bool == true)
        #expect(enabled["DnsEntries"].array.contains { $0["DnsName"].string == "privatelink-19133.abcdefgh.clusters.tidb-cloud.com" })

        let again = try await platform.call(
            "ec2", "accept-vpc-endpoint-connections", "--service-id", service.serviceID, "--vpc-endpoint-ids", endpointID)
        #expect(again["Unsuccessful"][0]["Error"]["Code"].string == "InvalidState")
    }
}
