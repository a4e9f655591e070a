import PosternAWS

extension ELBv2 {
    mutating func createTargetGroup(_ input: AWSValue) throws -> AWSValue {
        let name = try input.required("Name")
        try Self.checkName(name, kind: "target group")
        let targetType = input["TargetType"]?.string ?? "instance"
        guard targetType == "ip" || targetType == "instance" else {
            throw AWSServiceError("ValidationError", "The embedded cloud supports target types ip and instance, not \(targetType).")
        }
        let protocolName = try input.required("Protocol")
        guard ["TCP", "TLS", "UDP", "TCP_UDP"].contains(protocolName) else {
            throw AWSServiceError(
                "ValidationError", "The embedded cloud makes network load balancer target groups: use protocol TCP, TLS, UDP or TCP_UDP, not \(protocolName).")
        }
        guard let port = input["Port"]?.int, (1...65535).contains(port) else {
            throw AWSServiceError("ValidationError", "A target group needs a port from 1 to 65535.")
        }
        let vpc = try vpc(try input.required("VpcId"))
        if let existing = cloud.targetGroups.all.first(where: { owns(account: $0.account, region: $0.region) && $0.name == name }) {
            if existing.port == port && existing.protocolName == protocolName && existing.vpcID == vpc.id {
                return ["TargetGroups": [value(of: existing)]]
            }
            throw AWSServiceError("DuplicateTargetGroupName", "A target group with the same name '\(name)' exists, but with different settings")
        }
        let group = TargetGroup(
            arn: arn("targetgroup/\(name)/\(CloudID.hex(16))"), account: caller.account, region: caller.region.name, name: name,
            protocolName: protocolName, port: port, vpcID: vpc.id, targetType: targetType,
            healthCheckProtocol: input["HealthCheckProtocol"]?.string ?? "TCP",
            healthCheckPort: input["HealthCheckPort"]?.string ?? "traffic-port", createdAt: caller.now)
        cloud.targetGroups[group.arn] = group
        return ["TargetGroups": [value(of: group)]]
    }

    func describeTargetGroups(_ input: AWSValue) throws -> AWSValue {
        let arns = input.strings("TargetGroupArns"), names = input.strings("Names")
        for arn in arns { _ = try targetGroup(arn) }
        let balancerARN = input["LoadBalancerArn"]?.string
        if let balancerARN { _ = try loadBalancer(balancerARN) }
        let matching = cloud.targetGroups.all.filter { group in
            owns(account: group.account, region: group.region) && (arns.isEmpty || arns.contains(group.arn))
                && (names.isEmpty || names.contains(group.name))
                && (balancerARN.map { loadBalancerARNs(of: group).contains($0) } ?? true)
        }
        for name in names where !matching.contains(where: { $0.name == name }) {
            throw AWSServiceError("TargetGroupNotFound", "One or more target groups not found: '\(name)'")
        }
        let page = try Page(matching, input: input, limits: 1...400, maxName: "PageSize", tokenName: "Marker")
        return .object(["TargetGroups": .list(page.items.map(value(of:))), "NextMarker": page.nextToken.map(AWSValue.string)])
    }

    mutating func deleteTargetGroup(_ input: AWSValue) throws -> AWSValue {
        let group = try targetGroup(try input.required("TargetGroupArn"))
        if let listener = cloud.listeners.all.first(where: { $0.targetGroupARN == group.arn }) {
            throw AWSServiceError(
                "ResourceInUse", "Target group '\(group.arn)' is currently in use by a listener or a rule (\(listener.arn)); delete the listener first.")
        }
        cloud.targetGroups[group.arn] = nil
        return .structure([:])
    }

    mutating func registerTargets(_ input: AWSValue) throws -> AWSValue {
        var group = try targetGroup(try input.required("TargetGroupArn"))
        let vpcBlock = CIDR(try vpc(group.vpcID).cidrBlock)
        for target in input["Targets"]?.list ?? [] {
            let id = try target.required("Id")
            let port = target["Port"]?.int ?? group.port
            guard (1...65535).contains(port) else {
                throw AWSServiceError("ValidationError", "The port of target \(id) must be from 1 to 65535.")
            }
            if group.targetType == "ip" {
                guard let address = CIDR.address(id), Self.isRegistrable(address, vpc: vpcBlock) else {
                    throw AWSServiceError(
                        "InvalidTarget",
                        "The IP address '\(id)' is not a valid target: use an address in \(group.vpcID) (\(vpcBlock?.description ?? "")), another private range (10/8, 172.16/12, 192.168/16, 100.64/10), or, in the embedded cloud, a loopback address that reaches a service on this machine.")
                }
            }
            let entry = TargetGroup.Target(id: id, port: port, zoneName: target["AvailabilityZone"]?.string)
            if !group.targets.contains(where: { $0.id == id && $0.port == port }) { group.targets.append(entry) }
        }
        cloud.targetGroups[group.arn] = group
        return .structure([:])
    }

    mutating func deregisterTargets(_ input: AWSValue) throws -> AWSValue {
        var group = try targetGroup(try input.required("TargetGroupArn"))
        for target in input["Targets"]?.list ?? [] {
            let id = try target.required("Id")
            let port = target["Port"]?.int ?? group.port
            guard group.targets.contains(where: { $0.id == id && $0.port == port }) else {
                throw AWSServiceError("InvalidTarget", "The target \(id):\(port) is not registered in \(group.name).")
            }
            group.targets.removeAll { $0.id == id && $0.port == port }
        }
        cloud.targetGroups[group.arn] = group
        return .structure([:])
    }

    /// A target is `unused` until a listener of an active load balancer sends to its group, as
    /// in AWS; then `healthy`.
    func describeTargetHealth(_ input: AWSValue) throws -> AWSValue {
        let group = try targetGroup(try input.required("TargetGroupArn"))
        let asked = (input["Targets"]?.list ?? []).map { ($0["Id"]?.string ?? "", $0["Port"]?.int ?? group.port) }
        let targets = asked.isEmpty ? group.targets : asked.map { id, port in
            group.targets.first { $0.id == id && $0.port == port } ?? TargetGroup.Target(id: id, port: port, zoneName: nil)
        }
        let balancers = loadBalancerARNs(of: group).compactMap { cloud.loadBalancers[$0] }
        return ["TargetHealthDescriptions": .list(targets.map { target in
            let health: AWSValue
            if !group.targets.contains(target) {
                health = ["State": "unavailable", "Reason": "Target.NotRegistered", "Description": "Target is not registered to the target group"]
            } else if balancers.isEmpty {
                health = ["State": "unused", "Reason": "Target.NotInUse", "Description": "Target group is not configured to receive traffic from the load balancer"]
            } else if balancers.allSatisfy({ $0.state != "active" }) {
                health = ["State": "initial", "Reason": "Elb.RegistrationInProgress", "Description": "Target registration is in progress"]
            } else {
                health = ["State": "healthy"]
            }
            return ["Target": .object(["Id": .string(target.id), "Port": .integer(target.port), "AvailabilityZone": target.zoneName.map(AWSValue.string)]),
                    "HealthCheckPort": .string(group.healthCheckPort == "traffic-port" ? String(target.port) : group.healthCheckPort),
                    "TargetHealth": health]
        })]
    }

    func loadBalancerARNs(of group: TargetGroup) -> [String] {
        Array(Set(cloud.listeners.all.filter { $0.targetGroupARN == group.arn }.map(\.loadBalancerARN))).sorted()
    }

    func value(of group: TargetGroup) -> AWSValue {
        [
            "TargetGroupArn": .string(group.arn), "TargetGroupName": .string(group.name), "Protocol": .string(group.protocolName),
            "Port": .integer(group.port), "VpcId": .string(group.vpcID), "HealthCheckProtocol": .string(group.healthCheckProtocol),
            "HealthCheckPort": .string(group.healthCheckPort), "HealthCheckEnabled": true, "HealthCheckIntervalSeconds": 30,
            "HealthCheckTimeoutSeconds": 10, "HealthyThresholdCount": 5, "UnhealthyThresholdCount": 2,
            "LoadBalancerArns": .strings(loadBalancerARNs(of: group)), "TargetType": .string(group.targetType),
            "IpAddressType": "ipv4",
        ]
    }

    private static func isRegistrable(_ address: UInt32, vpc: CIDR?) -> Bool {
        if vpc?.contains(address: address) == true { return true }
        return ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "127.0.0.0/8"]
            .compactMap(CIDR.init).contains { $0.contains(address: address) }
    }
}
