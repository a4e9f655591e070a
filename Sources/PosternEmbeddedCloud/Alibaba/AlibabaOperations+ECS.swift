import PosternAlibaba

/// ECS 2014-05-26: the security groups that guard endpoints' zones. Only accept rules are
/// kept; what no rule accepts is refused, as in a group without drop rules.
extension AlibabaOperations {
    mutating func ecs(_ action: String, _ input: AlibabaInput) throws -> AlibabaJSON? {
        switch action {
        case "CreateSecurityGroup": try createSecurityGroup(input)
        case "AuthorizeSecurityGroup": try authorizeSecurityGroup(input)
        case "RevokeSecurityGroup": try revokeSecurityGroup(input)
        case "DescribeSecurityGroups": try describeSecurityGroups(input)
        case "DescribeSecurityGroupAttribute": try describeSecurityGroupAttribute(input)
        case "DeleteSecurityGroup": try deleteSecurityGroup(input)
        case "DescribeZones": describeZones(localNames: true)
        default: nil
        }
    }

    mutating func createSecurityGroup(_ input: AlibabaInput) throws -> AlibabaJSON {
        if let token = input["ClientToken"],
            let made = cloud.securityGroups.all.first(where: { owns(account: $0.account, region: $0.region) && $0.clientToken == token })
        {
            return ["SecurityGroupId": .string(made.id)]
        }
        guard let vpcID = input["VpcId"] else {
            throw AlibabaServiceError("MissingParameter", "The embedded cloud has no classic network: give the security group a VpcId.")
        }
        let vpc = try vpc(vpcID)
        try checkDryRun(input)
        let id = Self.id("sg")
        cloud.securityGroups[id] = SecurityGroup(
            id: id, account: caller.account, region: region.id, vpcID: vpc.id, name: input["SecurityGroupName"] ?? "",
            description: input["Description"] ?? "", createdAt: caller.now, clientToken: input["ClientToken"])
        return ["SecurityGroupId": .string(id)]
    }

    mutating func authorizeSecurityGroup(_ input: AlibabaInput) throws -> AlibabaJSON {
        var group = try securityGroup(try input.required("SecurityGroupId"))
        let permissions = input.objects("Permissions")
        let rules = try (permissions.isEmpty ? [input] : permissions).map(rule(from:))
        try checkDryRun(input)
        for rule in rules where !group.ingress.contains(where: { $0.sameAccess(as: rule) }) {
            group.ingress.append(rule)
        }
        cloud.securityGroups[group.id] = group
        return [:]
    }

    mutating func revokeSecurityGroup(_ input: AlibabaInput) throws -> AlibabaJSON {
        var group = try securityGroup(try input.required("SecurityGroupId"))
        let ruleIDs = input.list("SecurityGroupRuleId")
        try checkDryRun(input)
        if !ruleIDs.isEmpty {
            group.ingress.removeAll { ruleIDs.contains($0.ruleID) }
        } else {
            let permissions = input.objects("Permissions")
            let rules = try (permissions.isEmpty ? [input] : permissions).map(rule(from:))
            group.ingress.removeAll { existing in rules.contains(where: existing.sameAccess(as:)) }
        }
        cloud.securityGroups[group.id] = group
        return [:]
    }

    func describeSecurityGroups(_ input: AlibabaInput) throws -> AlibabaJSON {
        var ids = input.list("SecurityGroupIds")
        if let list = input["SecurityGroupIds"], list.hasPrefix("[") {
            ids = list.trimmingCharacters(in: ["[", "]"]).split(separator: ",").map { $0.trimmingCharacters(in: [" ", "\""]) }
        }
        if let one = input["SecurityGroupId"] { ids.append(one) }
        let matching = cloud.securityGroups.all.filter { group in
            owns(account: group.account, region: group.region) && !group.vpcID.isEmpty && (ids.isEmpty || ids.contains(group.id))
                && (input["VpcId"] == nil || group.vpcID == input["VpcId"])
                && (input["SecurityGroupName"] == nil || group.name == input["SecurityGroupName"])
        }
        let page = try input.numberedPage(matching, maxSize: 100)
        return [
            "RegionId": .string(region.id), "TotalCount": .int(matching.count), "PageNumber": .int(page.number), "PageSize": .int(page.size),
            "SecurityGroups": ["SecurityGroup": .array(page.items.map { group in
                [
                    "SecurityGroupId": .string(group.id), "SecurityGroupName": .string(group.name), "Description": .string(group.description),
                    "VpcId": .string(group.vpcID), "SecurityGroupType": "normal", "CreationTime": Self.time(group.createdAt),
                    "ResourceGroupId": .string(Self.resourceGroup), "ServiceManaged": false, "RuleCount": .int(group.ingress.count),
                    "Tags": ["Tag": []],
                ]
            })],
        ]
    }

    func describeSecurityGroupAttribute(_ input: AlibabaInput) throws -> AlibabaJSON {
        let group = try securityGroup(try input.required("SecurityGroupId"))
        let direction = input["Direction"] ?? "all"
        let permissions: [AlibabaJSON] = direction == "egress" ? [] : group.ingress.flatMap { rule -> [AlibabaJSON] in
            let base: [String: AlibabaJSON] = [
                "Direction": "ingress", "IpProtocol": .string(rule.ipProtocol == "-1" ? "ALL" : rule.ipProtocol.uppercased()),
                "PortRange": .string(rule.ipProtocol == "-1" ? "-1/-1" : "\(rule.fromPort ?? 1)/\(rule.toPort ?? 65535)"),
                "Policy": "Accept", "Priority": "1", "SecurityGroupRuleId": .string(rule.ruleID), "Description": .optional(rule.description),
                "NicType": "intranet",
            ]
            return rule.cidrs.map { cidr in .object(base.merging(["SourceCidrIp": .string(cidr)]) { $1 }) }
                + rule.sourceGroupIDs.map { source in .object(base.merging(["SourceGroupId": .string(source)]) { $1 }) }
        }
        return [
            "SecurityGroupId": .string(group.id), "SecurityGroupName": .string(group.name), "Description": .string(group.description),
            "VpcId": .string(group.vpcID), "RegionId": .string(region.id), "InnerAccessPolicy": "Accept",
            "Permissions": ["Permission": .array(permissions)],
        ]
    }

    mutating func deleteSecurityGroup(_ input: AlibabaInput) throws -> AlibabaJSON {
        let group = try securityGroup(try input.required("SecurityGroupId"))
        if let interface = cloud.networkInterfaces.all.first(where: { $0.securityGroupIDs.contains(group.id) }) {
            throw AlibabaServiceError("DependencyViolation", "The security group \(group.id) guards the endpoint \(interface.endpointID): delete the endpoint first.")
        }
        try checkDryRun(input)
        cloud.securityGroups[group.id] = nil
        return [:]
    }

    /// One ingress permission: `IpProtocol` (TCP, UDP, ICMP, ALL), `PortRange` (`3306/3306`,
    /// `-1/-1` for all) and `SourceCidrIp` or `SourceGroupId`.
    private func rule(from input: AlibabaInput) throws -> SecurityGroupRule {
        let ipProtocol = try input.required("IpProtocol").lowercased()
        guard ["tcp", "udp", "icmp", "gre", "all"].contains(ipProtocol) else {
            throw AlibabaServiceError.invalidParameter("IpProtocol", ipProtocol, expected: "TCP, UDP, ICMP, GRE or ALL")
        }
        if let policy = input["Policy"], policy.lowercased() != "accept" {
            throw AlibabaServiceError(
                "InvalidParameter", "The embedded cloud keeps accept rules only (Policy '\(policy)'): traffic no rule accepts is refused, so leave a drop rule out.")
        }
        var from: Int?, to: Int?
        if ipProtocol == "tcp" || ipProtocol == "udp" {
            let range = try input.required("PortRange")
            let parts = range.split(separator: "/").compactMap { Int($0) }
            guard parts.count == 2, (1...65535).contains(parts[0]), (parts[0]...65535).contains(parts[1]) else {
                throw AlibabaServiceError.invalidParameter("PortRange", range, expected: "a range such as 3306/3306 (from 1 to 65535)")
            }
            (from, to) = (parts[0], parts[1])
        }
        let cidr = input["SourceCidrIp"], source = input["SourceGroupId"]
        guard cidr != nil || source != nil else {
            throw AlibabaServiceError("MissingParameter", "An ingress rule needs SourceCidrIp or SourceGroupId.")
        }
        if let cidr, CIDR(cidr) == nil && CIDR(cidr + "/32") == nil {
            throw AlibabaServiceError.invalidParameter("SourceCidrIp", cidr, expected: "an IPv4 block such as 192.168.0.0/16")
        }
        if let source { _ = try securityGroup(source) }
        return SecurityGroupRule(
            ruleID: Self.id("sgr"), ipProtocol: ipProtocol == "all" ? "-1" : ipProtocol, fromPort: from, toPort: to,
            cidrs: cidr.map { [CIDR($0) == nil ? $0 + "/32" : $0] } ?? [], sourceGroupIDs: source.map { [$0] } ?? [],
            description: input["Description"])
    }
}

extension SecurityGroupRule {
    func sameAccess(as other: SecurityGroupRule) -> Bool {
        ipProtocol == other.ipProtocol && fromPort == other.fromPort && toPort == other.toPort && cidrs == other.cidrs
            && sourceGroupIDs == other.sourceGroupIDs
    }
}
