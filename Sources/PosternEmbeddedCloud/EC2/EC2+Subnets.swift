import PosternAWS

extension EC2 {
    mutating func createSubnet(_ input: AWSValue) throws -> AWSValue {
        let vpc = try vpc(try input.required("VpcId"))
        let block = try input.required("CidrBlock")
        guard let cidr = CIDR(block), (16...28).contains(cidr.prefix) else {
            throw AWSServiceError(
                "InvalidParameterValue",
                "Value (\(block)) for parameter cidrBlock is invalid. This is not a valid CIDR block: use a network address with a prefix from /16 to /28.")
        }
        guard let vpcBlock = CIDR(vpc.cidrBlock), vpcBlock.contains(cidr) else {
            throw AWSServiceError("InvalidSubnet.Range", "The CIDR '\(block)' is invalid: it is not inside \(vpc.id)'s block \(vpc.cidrBlock).")
        }
        if let clash = cloud.subnets.all.first(where: { $0.vpcID == vpc.id && CIDR($0.cidrBlock)!.overlaps(cidr) }) {
            throw AWSServiceError("InvalidSubnet.Conflict", "The CIDR '\(block)' conflicts with another subnet (\(clash.id), \(clash.cidrBlock)).")
        }
        let zones = caller.zones
        let zone: Region.Zone
        if let name = input["AvailabilityZone"]?.string {
            guard let found = zones.first(where: { $0.name == name }) else {
                throw AWSServiceError(
                    "InvalidParameterValue",
                    "Value (\(name)) for parameter availabilityZone is invalid. Subnets can currently only be created in the following availability zones: \(zones.map(\.name).joined(separator: ", ")).")
            }
            zone = found
        } else if let id = input["AvailabilityZoneId"]?.string {
            guard let found = zones.first(where: { $0.id == id }) else {
                throw AWSServiceError(
                    "InvalidParameterValue",
                    "Value (\(id)) for parameter availabilityZoneId is invalid. Subnets can currently only be created in the following availability zone ids: \(zones.map(\.id).joined(separator: ", ")).")
            }
            zone = found
        } else {
            zone = zones[0]
        }
        let tags = try [Tag](specifications: input, resourceType: "subnet")
        try checkDryRun(input)
        let subnet = Subnet(
            id: CloudID.make("subnet"), account: caller.account, region: caller.region.name, vpcID: vpc.id,
            cidrBlock: cidr.description, zoneName: zone.name, zoneID: zone.id, tags: tags, createdAt: caller.now)
        cloud.subnets[subnet.id] = subnet
        return ["Subnet": value(of: subnet)]
    }

    func describeSubnets(_ input: AWSValue) throws -> AWSValue {
        let ids = input.strings("SubnetIds")
        for id in ids { _ = try subnet(id) }
        let filters = try Filters(
            input, supported: ["vpc-id", "subnet-id", "availability-zone", "availability-zone-id", "cidr-block", "cidr", "state", "owner-id"])
        let matching = cloud.subnets.all.filter { subnet in
            owns(account: subnet.account, region: subnet.region) && (ids.isEmpty || ids.contains(subnet.id))
                && filters.match(tags: subnet.tags) { name in
                    switch name {
                    case "vpc-id": [subnet.vpcID]
                    case "subnet-id": [subnet.id]
                    case "availability-zone": [subnet.zoneName]
                    case "availability-zone-id": [subnet.zoneID]
                    case "cidr-block", "cidr": [subnet.cidrBlock]
                    case "owner-id": [subnet.account]
                    default: ["available"]
                    }
                }
        }
        let page = try Page(matching, input: input)
        return .object(["Subnets": .list(page.items.map(value(of:))), "NextToken": page.nextToken.map(AWSValue.string)])
    }

    mutating func deleteSubnet(_ input: AWSValue) throws -> AWSValue {
        let subnet = try subnet(try input.required("SubnetId"))
        let interfaces = cloud.networkInterfaces.all.filter { $0.subnetID == subnet.id }
        if !interfaces.isEmpty {
            throw AWSServiceError(
                "DependencyViolation",
                "The subnet '\(subnet.id)' has dependencies and cannot be deleted: network interfaces \(interfaces.map(\.id).joined(separator: ", ")) of endpoints \(Set(interfaces.map(\.endpointID)).sorted().joined(separator: ", ")).")
        }
        if let balancer = cloud.loadBalancers.all.first(where: { $0.subnetIDs.contains(subnet.id) }) {
            throw AWSServiceError(
                "DependencyViolation", "The subnet '\(subnet.id)' has dependencies and cannot be deleted: load balancer \(balancer.name) uses it.")
        }
        try checkDryRun(input)
        cloud.subnets[subnet.id] = nil
        return .structure([:])
    }

    /// A free private address in the subnet. AWS keeps the first four and the last one.
    mutating func allocateAddress(in subnetID: String) throws -> String {
        guard cloud.subnets[subnetID] != nil else {
            throw AWSServiceError("InvalidSubnetID.NotFound", "The subnet ID '\(subnetID)' does not exist")
        }
        guard let address = cloud.allocateAddress(in: subnetID) else {
            throw AWSServiceError(
                "InsufficientFreeAddressesInSubnet", "The subnet '\(subnetID)' has no free addresses left for a network interface.")
        }
        return address
    }

    mutating func releaseAddress(_ address: String, in subnetID: String) { cloud.releaseAddress(address, in: subnetID) }

    func value(of subnet: Subnet) -> AWSValue {
        let size = CIDR(subnet.cidrBlock).map { Int($0.size) } ?? 0
        return [
            "SubnetId": .string(subnet.id), "VpcId": .string(subnet.vpcID), "CidrBlock": .string(subnet.cidrBlock),
            "AvailabilityZone": .string(subnet.zoneName), "AvailabilityZoneId": .string(subnet.zoneID),
            "AvailableIpAddressCount": .integer(max(0, size - 5 - subnet.usedOffsets.count)), "State": "available",
            "OwnerId": .string(subnet.account), "DefaultForAz": false, "MapPublicIpOnLaunch": false,
            "AssignIpv6AddressOnCreation": false, "Ipv6CidrBlockAssociationSet": [], "Ipv6Native": false,
            "PrivateDnsNameOptionsOnLaunch": [
                "HostnameType": "ip-name", "EnableResourceNameDnsARecord": false, "EnableResourceNameDnsAAAARecord": false,
            ],
            "SubnetArn": .string("arn:aws:ec2:\(subnet.region):\(subnet.account):subnet/\(subnet.id)"),
            "Tags": subnet.tags.value,
        ]
    }
}
