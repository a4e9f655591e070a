import PosternAWS

extension EC2 {
    mutating func createSecurityGroup(_ input: AWSValue) throws -> AWSValue {
        let name = try input.required("GroupName")
        let description = try input.required("Description")
        guard let vpcID = input["VpcId"]?.string else {
            throw AWSServiceError(
                "VPCIdNotSpecified", "No default VPC for this user: the embedded cloud has none, so pass --vpc-id.")
        }
        let vpc = try vpc(vpcID)
        guard !name.lowercased().hasPrefix("sg-"), name != "default" else {
            throw AWSServiceError.invalidParameterValue("GroupName", name, "Group names may not be 'default' or start with 'sg-'.")
        }
        if cloud.securityGroups.all.contains(where: { $0.vpcID == vpc.id && $0.name == name }) {
            throw AWSServiceError("InvalidGroup.Duplicate", "The security group '\(name)' already exists for VPC '\(vpc.id)'")
        }
        let tags = try [Tag](specifications: input, resourceType: "security-group")
        try checkDryRun(input)
        let group = SecurityGroup(
            id: CloudID.make("sg"), account: caller.account, region: caller.region.name, vpcID: vpc.id, name: name,
            description: description,
            egress: [SecurityGroupRule(ruleID: CloudID.make("sgr"), ipProtocol: "-1", cidrs: ["0.0.0.0/0"])],
            tags: tags, createdAt: caller.now)
        cloud.securityGroups[group.id] = group
        return .object(["GroupId": .string(group.id), "SecurityGroupArn": .string(arn(of: group)), "Tags": tags.isEmpty ? nil : tags.value])
    }

    mutating func authorizeSecurityGroupIngress(_ input: AWSValue) throws -> AWSValue {
        var group: SecurityGroup
        if let id = input["GroupId"]?.string {
            group = try securityGroup(id)
        } else {
            throw AWSServiceError.missingParameter("GroupId")
        }
        var permissions = input["IpPermissions"]?.list ?? []
        if let ipProtocol = input["IpProtocol"]?.string {
            permissions.append(.object([
                "IpProtocol": .string(ipProtocol), "FromPort": input["FromPort"], "ToPort": input["ToPort"],
                "IpRanges": input["CidrIp"].map { [["CidrIp": $0]] },
            ]))
        }
        guard !permissions.isEmpty else {
            throw AWSServiceError("MissingParameter", "The request must contain IpPermissions (or --protocol, --port and --cidr).")
        }
        var added: [SecurityGroupRule] = []
        for permission in permissions {
            let ipProtocol = (permission["IpProtocol"]?.string ?? "-1").lowercased()
            guard ["tcp", "udp", "icmp", "-1", "6", "17", "1", "all"].contains(ipProtocol) else {
                throw AWSServiceError.invalidParameterValue("IpProtocol", ipProtocol, "Use tcp, udp, icmp or -1.")
            }
            let normalized = ipProtocol == "6" ? "tcp" : ipProtocol == "17" ? "udp" : ipProtocol == "all" ? "-1" : ipProtocol
            let from = permission["FromPort"]?.int, to = permission["ToPort"]?.int
            if normalized == "tcp" || normalized == "udp" {
                guard let from, let to, (0...65535).contains(from), (from...65535).contains(to) else {
                    throw AWSServiceError(
                        "InvalidParameterValue", "Invalid port range for \(normalized): give FromPort and ToPort between 0 and 65535, FromPort ≤ ToPort.")
                }
            }
            var sources: [SecurityGroupRule] = []
            for range in permission["IpRanges"]?.list ?? [] {
                let block = range["CidrIp"]?.string ?? ""
                guard let cidr = CIDR(block) else {
                    throw AWSServiceError.invalidParameterValue("CidrIp", block, "It must be an IPv4 network such as 10.0.0.0/16.")
                }
                sources.append(SecurityGroupRule(
                    ruleID: CloudID.make("sgr"), ipProtocol: normalized, fromPort: from, toPort: to, cidrs: [cidr.description],
                    description: range["Description"]?.string))
            }
            for pair in permission["UserIdGroupPairs"]?.list ?? [] {
                let source = try securityGroup(try pair.required("GroupId"))
                sources.append(SecurityGroupRule(
                    ruleID: CloudID.make("sgr"), ipProtocol: normalized, fromPort: from, toPort: to, sourceGroupIDs: [source.id],
                    description: pair["Description"]?.string))
            }
            for rule in sources {
                let duplicate = (group.ingress + added).contains {
                    $0.ipProtocol == rule.ipProtocol && $0.fromPort == rule.fromPort && $0.toPort == rule.toPort
                        && $0.cidrs == rule.cidrs && $0.sourceGroupIDs == rule.sourceGroupIDs
                }
                if duplicate {
                    let peer = rule.cidrs.first ?? rule.sourceGroupIDs.first ?? ""
                    throw AWSServiceError(
                        "InvalidPermission.Duplicate",
                        "the specified rule \"peer: \(peer), \(rule.ipProtocol.uppercased()), from port: \(rule.fromPort ?? -1), to port: \(rule.toPort ?? -1), ALLOW\" already exists")
                }
                added.append(rule)
            }
        }
        try checkDryRun(input)
        group.ingress += added
        cloud.securityGroups[group.id] = group
        return ["Return": true, "SecurityGroupRules": .list(added.map { ruleValue($0, group: group) })]
    }

    func describeSecurityGroups(_ input: AWSValue) throws -> AWSValue {
        let ids = input.strings("GroupIds")
        for id in ids { _ = try securityGroup(id) }
        let names = input.strings("GroupNames")
        let filters = try Filters(input, supported: ["vpc-id", "group-id", "group-name", "owner-id", "description"])
        let matching = cloud.securityGroups.all.filter { group in
            owns(account: group.account, region: group.region) && (ids.isEmpty || ids.contains(group.id))
                && (names.isEmpty || names.contains(group.name))
                && filters.match(tags: group.tags) { name in
                    switch name {
                    case "vpc-id": [group.vpcID]
                    case "group-id": [group.id]
                    case "group-name": [group.name]
                    case "owner-id": [group.account]
                    default: [group.description]
                    }
                }
        }
        let page = try Page(matching, input: input)
        return .object(["SecurityGroups": .list(page.items.map(value(of:))), "NextToken": page.nextToken.map(AWSValue.string)])
    }

    mutating func deleteSecurityGroup(_ input: AWSValue) throws -> AWSValue {
        let group = try securityGroup(try input.required("GroupId"))
        if group.name == "default" {
            throw AWSServiceError("CannotDelete", "the specified group: \"\(group.id)\" name: \"default\" cannot be deleted by a user")
        }
        if let endpoint = cloud.endpoints.all.first(where: { $0.isLive && $0.securityGroupIDs.contains(group.id) }) {
            throw AWSServiceError(
                "DependencyViolation", "resource \(group.id) has a dependent object: endpoint \(endpoint.id) uses it.")
        }
        try checkDryRun(input)
        cloud.securityGroups[group.id] = nil
        return ["Return": true, "GroupId": .string(group.id)]
    }

    func arn(of group: SecurityGroup) -> String { "arn:aws:ec2:\(group.region):\(group.account):security-group/\(group.id)" }

    func value(of group: SecurityGroup) -> AWSValue {
        [
            "GroupId": .string(group.id), "GroupName": .string(group.name), "Description": .string(group.description),
            "VpcId": .string(group.vpcID), "OwnerId": .string(group.account), "SecurityGroupArn": .string(arn(of: group)),
            "IpPermissions": permissions(group.ingress, owner: group.account),
            "IpPermissionsEgress": permissions(group.egress, owner: group.account), "Tags": group.tags.value,
        ]
    }

    /// AWS's grouped view: one permission per protocol and port range, with its sources.
    private func permissions(_ rules: [SecurityGroupRule], owner: String) -> AWSValue {
        var order: [String] = []
        var grouped: [String: [SecurityGroupRule]] = [:]
        for rule in rules {
            let key = "\(rule.ipProtocol)/\(rule.fromPort ?? -1)/\(rule.toPort ?? -1)"
            if grouped[key] == nil { order.append(key) }
            grouped[key, default: []].append(rule)
        }
        return .list(order.map { key in
            let rules = grouped[key]!
            return .object([
                "IpProtocol": .string(rules[0].ipProtocol), "FromPort": rules[0].fromPort.map(AWSValue.integer),
                "ToPort": rules[0].toPort.map(AWSValue.integer),
                "IpRanges": .list(rules.flatMap { rule in
                    rule.cidrs.map { .object(["CidrIp": .string($0), "Description": rule.description.map(AWSValue.string)]) }
                }),
                "UserIdGroupPairs": .list(rules.flatMap { rule in
                    rule.sourceGroupIDs.map { ["GroupId": .string($0), "UserId": .string(owner)] }
                }),
                "Ipv6Ranges": [], "PrefixListIds": [],
            ])
        })
    }

    private func ruleValue(_ rule: SecurityGroupRule, group: SecurityGroup) -> AWSValue {
        .object([
            "SecurityGroupRuleId": .string(rule.ruleID), "GroupId": .string(group.id), "GroupOwnerId": .string(group.account),
            "IsEgress": false, "IpProtocol": .string(rule.ipProtocol), "FromPort": .integer(rule.fromPort ?? -1),
            "ToPort": .integer(rule.toPort ?? -1), "CidrIpv4": rule.cidrs.first.map(AWSValue.string),
            "ReferencedGroupInfo": rule.sourceGroupIDs.first.map { ["GroupId": .string($0), "UserId": .string(group.account)] },
            "Description": rule.description.map(AWSValue.string), "Tags": [],
            "SecurityGroupRuleArn": .string("arn:aws:ec2:\(group.region):\(group.account):security-group-rule/\(rule.ruleID)"),
        ])
    }
}
