import Foundation
import Testing

/// A provider's database behind an internal network load balancer and an endpoint service, made
/// with the commands of seed 003 ("Expose the Amazon RDS instance as an endpoint service").
struct EndpointServiceFixture {
    let vpcID: String
    let subnetIDs: [String]
    let zoneIDs: [String]
    let targetGroupARN: String
    let loadBalancerARN: String
    let serviceID: String
    let serviceName: String

    static func make(
        _ aws: AWSCLI, zones: [String], port: Int = 3306, acceptanceRequired: Bool = true, privateDNSName: String? = nil,
        allowing consumers: [String] = [], target: String = "10.0.1.10"
    ) async throws -> EndpointServiceFixture {
        let vpc = try await aws.call("ec2", "create-vpc", "--cidr-block", "10.0.0.0/16")["Vpc"]["VpcId"].string ?? ""
        var subnets: [String] = []
        var zoneIDs: [String] = []
        for (index, zone) in zones.enumerated() {
            let subnet = try await aws.call(
                "ec2", "create-subnet", "--vpc-id", vpc, "--cidr-block", "10.0.\(index + 1).0/24", "--availability-zone", zone)["Subnet"]
            subnets.append(subnet["SubnetId"].string ?? "")
            zoneIDs.append(subnet["AvailabilityZoneId"].string ?? "")
        }
        let group = try await aws.call(
            "elbv2", "create-target-group", "--name", "db-tg", "--protocol", "TCP", "--port", String(port), "--vpc-id", vpc,
            "--target-type", "ip")["TargetGroups"][0]["TargetGroupArn"].string ?? ""
        try await aws.call("elbv2", "register-targets", "--target-group-arn", group, "--targets", target.contains(":") ? "Id=\(target.split(separator: ":")[0]),Port=\(target.split(separator: ":")[1])" : "Id=\(target),Port=\(port)")
        let balancer = try await aws.call(
            ["elbv2", "create-load-balancer", "--name", "db-nlb", "--type", "network", "--scheme", "internal", "--subnets"] + subnets
        )["LoadBalancers"][0]["LoadBalancerArn"].string ?? ""
        try await aws.call(
            "elbv2", "create-listener", "--load-balancer-arn", balancer, "--protocol", "TCP", "--port", String(port),
            "--default-actions", "Type=forward,TargetGroupArn=\(group)")
        var arguments = ["ec2", "create-vpc-endpoint-service-configuration", "--network-load-balancer-arns", balancer,
                         acceptanceRequired ? "--acceptance-required" : "--no-acceptance-required"]
        if let privateDNSName { arguments += ["--private-dns-name", privateDNSName] }
        let service = try await aws.call(arguments)["ServiceConfiguration"]
        let serviceID = service["ServiceId"].string ?? ""
        if !consumers.isEmpty {
            try await aws.call(
                ["ec2", "modify-vpc-endpoint-service-permissions", "--service-id", serviceID, "--add-allowed-principals"]
                    + consumers.map { "arn:aws:iam::\($0):root" })
        }
        return EndpointServiceFixture(
            vpcID: vpc, subnetIDs: subnets, zoneIDs: zoneIDs, targetGroupARN: group, loadBalancerARN: balancer, serviceID: serviceID,
            serviceName: service["ServiceName"].string ?? "")
    }
}

/// A consumer's VPC with a subnet in each of the given zones (by zone id, since zone names
/// differ between accounts).
struct ConsumerNetwork {
    let vpcID: String
    let subnetIDs: [String]
    let securityGroupID: String

    static func make(_ aws: AWSCLI, zoneIDs: [String], dnsAttributes: Bool = true, admitting port: Int? = 4000) async throws -> ConsumerNetwork {
        let vpc = try await aws.call("ec2", "create-vpc", "--cidr-block", "172.31.0.0/16")["Vpc"]["VpcId"].string ?? ""
        if dnsAttributes {
            try await aws.call("ec2", "modify-vpc-attribute", "--vpc-id", vpc, "--enable-dns-support", #"{"Value":true}"#)
            try await aws.call("ec2", "modify-vpc-attribute", "--vpc-id", vpc, "--enable-dns-hostnames", #"{"Value":true}"#)
        }
        var subnets: [String] = []
        for (index, zoneID) in zoneIDs.enumerated() {
            subnets.append(try await aws.call(
                "ec2", "create-subnet", "--vpc-id", vpc, "--cidr-block", "172.31.\(index + 1).0/24", "--availability-zone-id", zoneID
            )["Subnet"]["SubnetId"].string ?? "")
        }
        let group = try await aws.call(
            "ec2", "create-security-group", "--group-name", "tidb-client", "--description", "TiDB client", "--vpc-id", vpc)["GroupId"].string ?? ""
        if let port {
            try await aws.call("ec2", "authorize-security-group-ingress", "--group-id", group, "--protocol", "tcp", "--port", String(port), "--cidr", "172.31.0.0/16")
        }
        return ConsumerNetwork(vpcID: vpc, subnetIDs: subnets, securityGroupID: group)
    }
}
