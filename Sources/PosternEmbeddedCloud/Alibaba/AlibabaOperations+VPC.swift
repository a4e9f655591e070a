import PosternAlibaba

/// VPC 2016-04-28: VPCs and vSwitches (a vSwitch is a VPC's subnet in one zone).
extension AlibabaOperations {
    mutating func vpcOperation(_ action: String, _ input: AlibabaInput) throws -> AlibabaJSON? {
        switch action {
        case "CreateVpc": try createVpc(input)
        case "DescribeVpcs": try describeVpcs(input)
        case "DeleteVpc": try deleteVpc(input)
        case "CreateVSwitch": try createVSwitch(input)
        case "DescribeVSwitches": try describeVSwitches(input)
        case "DeleteVSwitch": try deleteVSwitch(input)
        case "DescribeZones": describeZones(localNames: true)
        default: nil
        }
    }

    /// The embedded cloud maps each VPC onto a /16 of loopback, so a VPC's block is a /16 or
    /// smaller; without one it is 192.168.0.0/16.
    mutating func createVpc(_ input: AlibabaInput) throws -> AlibabaJSON {
        if let token = input["ClientToken"], let made = cloud.vpcs.all.first(where: { owns(account: $0.account, region: $0.region) && $0.clientToken == token }) {
            return ["VpcId": .string(made.id), "ResourceGroupId": .string(Self.resourceGroup)]
        }
        let block = input["CidrBlock"] ?? "192.168.0.0/16"
        guard let cidr = CIDR(block), (16...28).contains(cidr.prefix) else {
            throw AlibabaServiceError(
                "InvalidCidrBlock.Malformed",
                "The CidrBlock '\(block)' is not usable here: the embedded cloud places each VPC in its own 127.<n>.0.0/16, so give a network address with a prefix from /16 to /28, such as 192.168.0.0/16.")
        }
        guard let slot = cloud.freeLoopbackSlot(in: caller.loopbackSlots) else {
            throw AlibabaServiceError(
                "QuotaExceeded.Vpc",
                "Every loopback slot (\(caller.loopbackSlots.lowerBound)-\(caller.loopbackSlots.upperBound)) holds a VPC already: delete one, or widen postern serve --vpc-slots.")
        }
        try checkDryRun(input)
        let id = Self.id("vpc")
        cloud.vpcs[id] = Vpc(
            id: id, account: caller.account, region: region.id, cidrBlock: cidr.description, enableDnsSupport: true, enableDnsHostnames: true,
            defaultSecurityGroupID: "", loopbackSlot: slot, name: input["VpcName"], description: input["Description"], clientToken: input["ClientToken"],
            createdAt: caller.now)
        return ["VpcId": .string(id), "VRouterId": .string(Self.id("vrt")), "RouteTableId": .string(Self.id("vtb")),
                "ResourceGroupId": .string(Self.resourceGroup)]
    }

    func describeVpcs(_ input: AlibabaInput) throws -> AlibabaJSON {
        let ids = input["VpcId"].map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } } ?? []
        let matching = cloud.vpcs.all.filter { vpc in
            owns(account: vpc.account, region: vpc.region) && (ids.isEmpty || ids.contains(vpc.id))
                && (input["VpcName"] == nil || vpc.name == input["VpcName"])
        }
        let page = try input.numberedPage(matching)
        return [
            "Vpcs": ["Vpc": .array(page.items.map(value(of:)))], "TotalCount": .int(matching.count),
            "PageNumber": .int(page.number), "PageSize": .int(page.size),
        ]
    }

    mutating func deleteVpc(_ input: AlibabaInput) throws -> AlibabaJSON {
        let vpc = try vpc(try input.required("VpcId"))
        if let subnet = cloud.subnets.all.first(where: { $0.vpcID == vpc.id }) {
            throw AlibabaServiceError("DependencyViolation.VSwitch", "The VPC \(vpc.id) still has the vSwitch \(subnet.id): delete its vSwitches first.")
        }
        if let group = cloud.securityGroups.all.first(where: { $0.vpcID == vpc.id }) {
            throw AlibabaServiceError("DependencyViolation.SecurityGroup", "The VPC \(vpc.id) still has the security group \(group.id): delete it first.")
        }
        try checkDryRun(input)
        cloud.vpcs[vpc.id] = nil
        return [:]
    }

    mutating func createVSwitch(_ input: AlibabaInput) throws -> AlibabaJSON {
        if let token = input["ClientToken"], let made = cloud.subnets.all.first(where: { owns(account: $0.account, region: $0.region) && $0.clientToken == token }) {
            return ["VSwitchId": .string(made.id)]
        }
        let vpc = try vpc(try input.required("VpcId"))
        let zone = try zone(try input.required("ZoneId"))
        let block = try input.required("CidrBlock")
        guard let cidr = CIDR(block), let vpcBlock = CIDR(vpc.cidrBlock), vpcBlock.contains(cidr), (16...29).contains(cidr.prefix) else {
            throw AlibabaServiceError(
                "InvalidCidrBlock.Malformed", "The CidrBlock '\(block)' must be a block of \(vpc.id)'s \(vpc.cidrBlock) with a prefix from /16 to /29.")
        }
        if let other = cloud.subnets.all.first(where: { $0.vpcID == vpc.id && CIDR($0.cidrBlock).map(cidr.overlaps) == true }) {
            throw AlibabaServiceError("InvalidCidrBlock.Overlapped", "The CidrBlock \(block) overlaps \(other.id)'s \(other.cidrBlock): choose another block of \(vpc.cidrBlock).")
        }
        try checkDryRun(input)
        let id = Self.id("vsw")
        cloud.subnets[id] = Subnet(
            id: id, account: caller.account, region: region.id, vpcID: vpc.id, cidrBlock: cidr.description, zoneName: zone, zoneID: zone,
            name: input["VSwitchName"], clientToken: input["ClientToken"], createdAt: caller.now)
        return ["VSwitchId": .string(id)]
    }

    func describeVSwitches(_ input: AlibabaInput) throws -> AlibabaJSON {
        let ids = input["VSwitchId"].map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } } ?? []
        let matching = cloud.subnets.all.filter { subnet in
            owns(account: subnet.account, region: subnet.region) && (ids.isEmpty || ids.contains(subnet.id))
                && (input["VpcId"] == nil || subnet.vpcID == input["VpcId"]) && (input["ZoneId"] == nil || subnet.zoneID == input["ZoneId"])
        }
        let page = try input.numberedPage(matching)
        return [
            "VSwitches": ["VSwitch": .array(page.items.map(value(of:)))], "TotalCount": .int(matching.count),
            "PageNumber": .int(page.number), "PageSize": .int(page.size),
        ]
    }

    mutating func deleteVSwitch(_ input: AlibabaInput) throws -> AlibabaJSON {
        let subnet = try vSwitch(try input.required("VSwitchId"))
        if let interface = cloud.networkInterfaces.all.first(where: { $0.subnetID == subnet.id }) {
            throw AlibabaServiceError("DependencyViolation", "The vSwitch \(subnet.id) holds the endpoint \(interface.endpointID)'s address: delete the endpoint first.")
        }
        if let balancer = cloud.loadBalancers.all.first(where: { $0.subnetIDs.contains(subnet.id) }) {
            throw AlibabaServiceError("DependencyViolation", "The vSwitch \(subnet.id) holds the load balancer \(balancer.id): delete it first.")
        }
        try checkDryRun(input)
        cloud.subnets[subnet.id] = nil
        return [:]
    }

    /// The region's zones, as VPC (`LocalName`) and PrivateLink (`Zones.Zone`) list them.
    func describeZones(localNames: Bool) -> AlibabaJSON {
        ["Zones": ["Zone": .array(region.zoneIDs.map { ["ZoneId": .string($0), "LocalName": .string(region.localName(ofZone: $0))] })]]
    }

    func value(of vpc: Vpc) -> AlibabaJSON {
        [
            "VpcId": .string(vpc.id), "RegionId": .string(vpc.region), "Status": "Available", "VpcName": .optional(vpc.name),
            "Description": .optional(vpc.description), "CidrBlock": .string(vpc.cidrBlock), "CreationTime": Self.time(vpc.createdAt),
            "IsDefault": false, "OwnerId": Self.uid(vpc.account), "ResourceGroupId": .string(Self.resourceGroup),
            "DnsHostnameStatus": "ENABLED",
            "VSwitchIds": ["VSwitchId": .strings(cloud.subnets.all.filter { $0.vpcID == vpc.id }.map(\.id))],
        ]
    }

    func value(of subnet: Subnet) -> AlibabaJSON {
        let size = CIDR(subnet.cidrBlock).map { Int($0.size) } ?? 0
        return [
            "VSwitchId": .string(subnet.id), "VpcId": .string(subnet.vpcID), "ZoneId": .string(subnet.zoneID),
            "CidrBlock": .string(subnet.cidrBlock), "Status": "Available", "VSwitchName": .optional(subnet.name),
            "AvailableIpAddressCount": .int(max(0, size - 5 - subnet.usedOffsets.count)), "CreationTime": Self.time(subnet.createdAt),
            "IsDefault": false, "OwnerId": Self.uid(subnet.account), "ResourceGroupId": .string(Self.resourceGroup),
        ]
    }

    static let resourceGroup = "rg-acfmdefault0000"
}
