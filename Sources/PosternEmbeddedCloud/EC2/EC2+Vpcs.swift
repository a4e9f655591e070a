import PosternAWS

extension EC2 {
    mutating func createVpc(_ input: AWSValue) throws -> AWSValue {
        let block = try input.required("CidrBlock")
        guard let cidr = CIDR(block), (16...28).contains(cidr.prefix) else {
            throw AWSServiceError(
                "InvalidVpc.Range",
                "The CIDR '\(block)' is invalid: a VPC's IPv4 block is a network address with a prefix from /16 to /28, such as 10.0.0.0/16.")
        }
        let tags = try [Tag](specifications: input, resourceType: "vpc")
        guard let slot = cloud.freeLoopbackSlot(in: caller.loopbackSlots) else {
            throw AWSServiceError(
                "VpcLimitExceeded",
                "The embedded cloud places each VPC at its own 127.<n>.0.0/16 on this machine, n from \(caller.loopbackSlots.lowerBound) to \(caller.loopbackSlots.upperBound), and all are taken: delete a VPC first, or widen postern serve --vpc-slots.")
        }
        try checkDryRun(input)
        let id = CloudID.make("vpc")
        let group = SecurityGroup(
            id: CloudID.make("sg"), account: caller.account, region: caller.region.name, vpcID: id, name: "default",
            description: "default VPC security group",
            ingress: [], egress: [SecurityGroupRule(ruleID: CloudID.make("sgr"), ipProtocol: "-1", cidrs: ["0.0.0.0/0"])],
            createdAt: caller.now)
        var defaultGroup = group
        defaultGroup.ingress = [SecurityGroupRule(ruleID: CloudID.make("sgr"), ipProtocol: "-1", sourceGroupIDs: [group.id])]
        cloud.securityGroups[group.id] = defaultGroup
        let vpc = Vpc(
            id: id, account: caller.account, region: caller.region.name, cidrBlock: cidr.description,
            defaultSecurityGroupID: group.id, loopbackSlot: slot, tags: tags, createdAt: caller.now)
        cloud.vpcs[id] = vpc
        return ["Vpc": value(of: vpc)]
    }

    func describeVpcs(_ input: AWSValue) throws -> AWSValue {
        let ids = input.strings("VpcIds")
        for id in ids { _ = try vpc(id) }
        let filters = try Filters(input, supported: ["vpc-id", "cidr", "cidr-block", "cidr-block-association.cidr-block", "state", "owner-id", "is-default"])
        let matching = cloud.vpcs.all.filter { vpc in
            owns(account: vpc.account, region: vpc.region) && (ids.isEmpty || ids.contains(vpc.id))
                && filters.match(tags: vpc.tags) { name in
                    switch name {
                    case "vpc-id": [vpc.id]
                    case "cidr", "cidr-block", "cidr-block-association.cidr-block": [vpc.cidrBlock]
                    case "state": ["available"]
                    case "owner-id": [vpc.account]
                    default: ["false"]
                    }
                }
        }
        let page = try Page(matching, input: input)
        return .object(["Vpcs": .list(page.items.map(value(of:))), "NextToken": page.nextToken.map(AWSValue.string)])
    }

    mutating func modifyVpcAttribute(_ input: AWSValue) throws -> AWSValue {
        var vpc = try vpc(try input.required("VpcId"))
        let support = input["EnableDnsSupport"]?["Value"]?.bool
        let hostnames = input["EnableDnsHostnames"]?["Value"]?.bool
        guard (support == nil) != (hostnames == nil) else {
            throw AWSServiceError(
                "InvalidParameterCombination",
                "Modify one attribute per request: either --enable-dns-support or --enable-dns-hostnames.")
        }
        if let support { vpc.enableDnsSupport = support }
        if let hostnames { vpc.enableDnsHostnames = hostnames }
        cloud.vpcs[vpc.id] = vpc
        return .structure([:])
    }

    func describeVpcAttribute(_ input: AWSValue) throws -> AWSValue {
        let vpc = try vpc(try input.required("VpcId"))
        switch try input.required("Attribute") {
        case "enableDnsSupport": return ["VpcId": .string(vpc.id), "EnableDnsSupport": ["Value": .boolean(vpc.enableDnsSupport)]]
        case "enableDnsHostnames":
            return ["VpcId": .string(vpc.id), "EnableDnsHostnames": ["Value": .boolean(vpc.enableDnsHostnames)]]
        case let other:
            throw AWSServiceError.invalidParameterValue("Attribute", other, "Use enableDnsSupport or enableDnsHostnames.")
        }
    }

    mutating func deleteVpc(_ input: AWSValue) throws -> AWSValue {
        let vpc = try vpc(try input.required("VpcId"))
        let subnets = cloud.subnets.all.filter { $0.vpcID == vpc.id }.map(\.id)
        let groups = cloud.securityGroups.all.filter { $0.vpcID == vpc.id && $0.id != vpc.defaultSecurityGroupID }.map(\.id)
        let dependents = subnets + groups
        guard dependents.isEmpty else {
            throw AWSServiceError(
                "DependencyViolation",
                "The vpc '\(vpc.id)' has dependencies and cannot be deleted: delete \(dependents.joined(separator: ", ")) first.")
        }
        try checkDryRun(input)
        cloud.securityGroups[vpc.defaultSecurityGroupID] = nil
        cloud.vpcs[vpc.id] = nil
        return .structure([:])
    }

    func value(of vpc: Vpc) -> AWSValue {
        [
            "VpcId": .string(vpc.id), "CidrBlock": .string(vpc.cidrBlock), "State": "available",
            "OwnerId": .string(vpc.account), "DhcpOptionsId": "default", "InstanceTenancy": "default",
            "IsDefault": false, "Tags": vpc.tags.value, "Ipv6CidrBlockAssociationSet": [],
            "CidrBlockAssociationSet": [
                ["AssociationId": .string("vpc-cidr-assoc-" + vpc.id.dropFirst(4)), "CidrBlock": .string(vpc.cidrBlock),
                 "CidrBlockState": ["State": "associated"]]
            ],
        ]
    }
}
