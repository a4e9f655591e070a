import PosternAWS

extension ELBv2 {
    mutating func createLoadBalancer(_ input: AWSValue) throws -> AWSValue {
        let name = try input.required("Name")
        try Self.checkName(name, kind: "load balancer")
        let type = input["Type"]?.string ?? "application"
        guard type == "network" else {
            throw AWSServiceError(
                "ValidationError", "The embedded cloud makes network load balancers only (the kind endpoint services need): pass --type network.")
        }
        let scheme = input["Scheme"]?.string ?? "internet-facing"
        guard scheme == "internal" || scheme == "internet-facing" else {
            throw AWSServiceError("InvalidScheme", "The scheme '\(scheme)' is invalid: use internal or internet-facing.")
        }
        var subnetIDs = input.strings("Subnets")
        subnetIDs += (input["SubnetMappings"]?.list ?? []).compactMap { $0["SubnetId"]?.string }
        guard !subnetIDs.isEmpty else {
            throw AWSServiceError("ValidationError", "A network load balancer needs at least one subnet: pass --subnets.")
        }
        var subnets: [Subnet] = []
        for id in subnetIDs {
            guard let subnet = cloud.subnets[id], owns(account: subnet.account, region: subnet.region) else {
                throw AWSServiceError("SubnetNotFound", "The subnet ID '\(id)' is not valid")
            }
            if let other = subnets.first(where: { $0.zoneName == subnet.zoneName }) {
                throw AWSServiceError(
                    "InvalidConfigurationRequest",
                    "A load balancer cannot be attached to multiple subnets in the same Availability Zone (\(other.id) and \(id) are both in \(subnet.zoneName))")
            }
            if let first = subnets.first, first.vpcID != subnet.vpcID {
                throw AWSServiceError("InvalidSubnet", "The subnets \(first.id) and \(id) are in different VPCs; a load balancer lives in one VPC.")
            }
            subnets.append(subnet)
        }
        let groups = input.strings("SecurityGroups")
        for id in groups where cloud.securityGroups[id].map({ !owns(account: $0.account, region: $0.region) }) ?? true {
            throw AWSServiceError("InvalidSecurityGroup", "The security group '\(id)' does not exist")
        }
        if let existing = cloud.loadBalancers.all.first(where: { owns(account: $0.account, region: $0.region) && $0.name == name }) {
            throw AWSServiceError("DuplicateLoadBalancerName", "A load balancer with the same name '\(name)' exists (\(existing.arn))")
        }
        let suffix = CloudID.hex(16)
        var balancer = LoadBalancer(
            arn: arn("loadbalancer/net/\(name)/\(suffix)"), account: caller.account, region: caller.region.name, name: name,
            type: type, scheme: scheme, vpcID: subnets[0].vpcID, subnetIDs: subnets.map(\.id), securityGroupIDs: groups,
            ipAddressType: input["IpAddressType"]?.string ?? "ipv4",
            dnsName: "\(name)-\(suffix.prefix(16)).elb.\(caller.region.name).amazonaws.com", state: "provisioning",
            next: Transition(state: "active", at: caller.readyAt), tags: [Tag](list: input["Tags"]), createdAt: caller.now)
        if caller.delay == 0 {
            balancer.state = "active"
            balancer.next = nil
        }
        cloud.loadBalancers[balancer.arn] = balancer
        return ["LoadBalancers": [value(of: balancer)]]
    }

    func describeLoadBalancers(_ input: AWSValue) throws -> AWSValue {
        let arns = input.strings("LoadBalancerArns"), names = input.strings("Names")
        for arn in arns { _ = try loadBalancer(arn) }
        let matching = cloud.loadBalancers.all.filter { balancer in
            owns(account: balancer.account, region: balancer.region) && (arns.isEmpty || arns.contains(balancer.arn))
                && (names.isEmpty || names.contains(balancer.name))
        }
        for name in names where !matching.contains(where: { $0.name == name }) {
            throw AWSServiceError("LoadBalancerNotFound", "Load balancers '[\(name)]' not found")
        }
        let page = try Page(matching, input: input, limits: 1...400, maxName: "PageSize", tokenName: "Marker")
        return .object(["LoadBalancers": .list(page.items.map(value(of:))), "NextMarker": page.nextToken.map(AWSValue.string)])
    }

    mutating func deleteLoadBalancer(_ input: AWSValue) throws -> AWSValue {
        let arn = try input.required("LoadBalancerArn")
        guard let balancer = cloud.loadBalancers[arn], owns(account: balancer.account, region: balancer.region) else {
            return .structure([:])
        }
        if let service = cloud.endpointServices.all.first(where: { $0.loadBalancerARNs.contains(arn) }) {
            throw AWSServiceError(
                "ResourceInUse",
                "Load balancer '\(arn)' cannot be deleted because it is currently associated with another service: endpoint service \(service.id). Delete the endpoint service first.")
        }
        for listener in cloud.listeners.all where listener.loadBalancerARN == arn { cloud.listeners[listener.arn] = nil }
        cloud.loadBalancers[arn] = nil
        return .structure([:])
    }

    func value(of balancer: LoadBalancer) -> AWSValue {
        [
            "LoadBalancerArn": .string(balancer.arn), "DNSName": .string(balancer.dnsName),
            "CanonicalHostedZoneId": .string(caller.region.loadBalancerHostedZoneID), "CreatedTime": .timestamp(balancer.createdAt),
            "LoadBalancerName": .string(balancer.name), "Scheme": .string(balancer.scheme), "VpcId": .string(balancer.vpcID),
            "State": ["Code": .string(balancer.state)], "Type": .string(balancer.type),
            "AvailabilityZones": .list(balancer.subnetIDs.compactMap { cloud.subnets[$0] }.map { subnet in
                ["ZoneName": .string(subnet.zoneName), "SubnetId": .string(subnet.id), "LoadBalancerAddresses": []]
            }),
            "SecurityGroups": .strings(balancer.securityGroupIDs), "IpAddressType": .string(balancer.ipAddressType),
        ]
    }
}
