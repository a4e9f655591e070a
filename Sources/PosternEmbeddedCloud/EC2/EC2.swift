import PosternAWS

/// EC2's operations on a draft of the cloud, as one caller performs them.
struct EC2 {
    var cloud: CloudState
    let caller: Caller

    mutating func perform(_ operation: String, _ input: AWSValue) throws -> AWSValue {
        switch operation {
        case "CreateVpc": return try createVpc(input)
        case "DescribeVpcs": return try describeVpcs(input)
        case "ModifyVpcAttribute": return try modifyVpcAttribute(input)
        case "DescribeVpcAttribute": return try describeVpcAttribute(input)
        case "DeleteVpc": return try deleteVpc(input)
        case "CreateSubnet": return try createSubnet(input)
        case "DescribeSubnets": return try describeSubnets(input)
        case "DeleteSubnet": return try deleteSubnet(input)
        case "CreateSecurityGroup": return try createSecurityGroup(input)
        case "AuthorizeSecurityGroupIngress": return try authorizeSecurityGroupIngress(input)
        case "DescribeSecurityGroups": return try describeSecurityGroups(input)
        case "DeleteSecurityGroup": return try deleteSecurityGroup(input)
        case "DescribeAvailabilityZones": return try describeAvailabilityZones(input)
        case "DescribeRegions": return try describeRegions(input)
        case "CreateVpcEndpointServiceConfiguration": return try createEndpointService(input)
        case "DescribeVpcEndpointServiceConfigurations": return try describeEndpointServiceConfigurations(input)
        case "ModifyVpcEndpointServiceConfiguration": return try modifyEndpointService(input)
        case "DeleteVpcEndpointServiceConfigurations": return try deleteEndpointServices(input)
        case "StartVpcEndpointServicePrivateDnsVerification": return try startPrivateDNSVerification(input)
        case "ModifyVpcEndpointServicePermissions": return try modifyEndpointServicePermissions(input)
        case "DescribeVpcEndpointServicePermissions": return try describeEndpointServicePermissions(input)
        case "DescribeVpcEndpointServices": return try describeEndpointServices(input)
        case "CreateVpcEndpoint": return try createEndpoint(input)
        case "DescribeVpcEndpoints": return try describeEndpoints(input)
        case "ModifyVpcEndpoint": return try modifyEndpoint(input)
        case "DeleteVpcEndpoints": return try deleteEndpoints(input)
        case "DescribeVpcEndpointConnections": return try describeEndpointConnections(input)
        case "AcceptVpcEndpointConnections": return try acceptEndpointConnections(input)
        case "RejectVpcEndpointConnections": return try rejectEndpointConnections(input)
        case "DescribeNetworkInterfaces": return try describeNetworkInterfaces(input)
        default: throw AWSServiceError.invalidAction(operation, service: "EC2")
        }
    }

    /// EC2's answer to `DryRun=true` once a request has passed every check.
    func checkDryRun(_ input: AWSValue) throws {
        if input.bool("DryRun") == true {
            throw AWSServiceError("DryRunOperation", "Request would have succeeded, but DryRun flag is set.", status: 412)
        }
    }

    /// Whether a resource is the caller's, in the caller's region.
    func owns(account: String, region: String) -> Bool { account == caller.account && region == caller.region.name }

    func vpc(_ id: String) throws -> Vpc {
        guard let vpc = cloud.vpcs[id], owns(account: vpc.account, region: vpc.region) else {
            throw AWSServiceError("InvalidVpcID.NotFound", "The vpc ID '\(id)' does not exist")
        }
        return vpc
    }

    func subnet(_ id: String) throws -> Subnet {
        guard let subnet = cloud.subnets[id], owns(account: subnet.account, region: subnet.region) else {
            throw AWSServiceError("InvalidSubnetID.NotFound", "The subnet ID '\(id)' does not exist")
        }
        return subnet
    }

    func securityGroup(_ id: String) throws -> SecurityGroup {
        guard let group = cloud.securityGroups[id], owns(account: group.account, region: group.region) else {
            throw AWSServiceError("InvalidGroup.NotFound", "The security group '\(id)' does not exist")
        }
        return group
    }
}
