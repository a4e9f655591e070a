import PosternAlibaba
import PosternDataPlane

/// NLB 2022-04-30: network load balancers, their server groups (servers by IP) and TCP
/// listeners, the resource an Alibaba Cloud endpoint service fronts.
extension AlibabaOperations {
    mutating func nlb(_ action: String, _ input: AlibabaInput) throws -> AlibabaJSON? {
        switch action {
        case "CreateLoadBalancer": try createLoadBalancer(input)
        case "GetLoadBalancerAttribute": try getLoadBalancerAttribute(input)
        case "ListLoadBalancers": try listLoadBalancers(input)
        case "DeleteLoadBalancer": try deleteLoadBalancer(input)
        case "CreateServerGroup": try createServerGroup(input)
        case "AddServersToServerGroup": try addServers(input)
        case "ListServerGroups": try listServerGroups(input)
        case "DeleteServerGroup": try deleteServerGroup(input)
        case "ListServerGroupServers": try listServerGroupServers(input)
        case "CreateListener": try createListener(input)
        case "ListListeners": try listListeners(input)
        default: nil
        }
    }

    mutating func createLoadBalancer(_ input: AlibabaInput) throws -> AlibabaJSON {
        if let token = input["ClientToken"],
            let made = cloud.loadBalancers.all.first(where: { $0.id.hasPrefix("nlb-") && owns(account: $0.account, region: $0.region) && $0.clientToken == token })
        {
            return ["LoadbalancerId": .string(made.id)]
        }
        let vpc = try vpc(try input.required("VpcId"), code: "ResourceNotFound.vpc")
        let mappings = input.objects("ZoneMappings")
        guard mappings.count >= 2 else {
            throw AlibabaServiceError(
                "IllegalParam.ZoneMappings", "A network load balancer spans at least two zones: give ZoneMappings.1 and ZoneMappings.2 (ZoneId and VSwitchId each).")
        }
        var subnetIDs: [String] = []
        for mapping in mappings {
            let subnet = try vSwitch(try mapping.required("VSwitchId"), code: "ResourceNotFound.vSwitch")
            let zone = try mapping.required("ZoneId")
            guard subnet.vpcID == vpc.id, subnet.zoneID == zone else {
                throw AlibabaServiceError(
                    "IllegalParam.ZoneMappings", "The vSwitch \(subnet.id) is in \(subnet.vpcID) zone \(subnet.zoneID), not in \(vpc.id) zone \(zone).")
            }
            subnetIDs.append(subnet.id)
        }
        let type = input["AddressType"] ?? "Intranet"
        try checkDryRun(input)
        let id = Self.id("nlb")
        var balancer = LoadBalancer(
            arn: id, account: caller.account, region: region.id, name: input["LoadBalancerName"] ?? id, type: "network",
            scheme: type.lowercased(), vpcID: vpc.id, subnetIDs: subnetIDs, securityGroupIDs: [], ipAddressType: "ipv4",
            dnsName: "\(id).\(region.id).nlb.aliyuncsslb.com", state: "provisioning", next: nil, createdAt: caller.now, clientToken: input["ClientToken"])
        if caller.delay == 0 { balancer.state = "active" } else { balancer.next = Transition(state: "active", at: caller.readyAt) }
        cloud.loadBalancers[id] = balancer
        return ["LoadbalancerId": .string(id), "OrderId": .int(Int.random(in: 100_000_000...999_999_999))]
    }

    func loadBalancer(_ id: String) throws -> LoadBalancer {
        guard let balancer = cloud.loadBalancers[id], id.hasPrefix("nlb-"), owns(account: balancer.account, region: balancer.region) else {
            throw AlibabaServiceError("ResourceNotFound.loadBalancer", "The specified resource \(id) is not found.")
        }
        return balancer
    }

    func getLoadBalancerAttribute(_ input: AlibabaInput) throws -> AlibabaJSON {
        value(of: try loadBalancer(try input.required("LoadBalancerId")))
    }

    func listLoadBalancers(_ input: AlibabaInput) throws -> AlibabaJSON {
        let ids = input.list("LoadBalancerIds")
        let matching = cloud.loadBalancers.all.filter { balancer in
            balancer.id.hasPrefix("nlb-") && owns(account: balancer.account, region: balancer.region) && (ids.isEmpty || ids.contains(balancer.id))
                && (input["VpcIds.1"] == nil || input.list("VpcIds").contains(balancer.vpcID))
                && (input.list("LoadBalancerNames").isEmpty || input.list("LoadBalancerNames").contains(balancer.name))
        }
        let page = try input.page(matching, limits: 1...100, defaultSize: 20)
        return ["LoadBalancers": .array(page.items.map(value(of:))), "TotalCount": .int(matching.count), "MaxResults": .int(page.maxResults),
                "NextToken": .optional(page.nextToken)]
    }

    mutating func deleteLoadBalancer(_ input: AlibabaInput) throws -> AlibabaJSON {
        let balancer = try loadBalancer(try input.required("LoadBalancerId"))
        if let service = cloud.endpointServices.all.first(where: { $0.loadBalancerARNs.contains(balancer.id) }) {
            throw AlibabaServiceError(
                "ResourceInUse.loadBalancer",
                "The load balancer \(balancer.id) is a resource of the endpoint service \(service.id): detach it (DetachResourceFromVpcEndpointService) or delete the service first.")
        }
        try checkDryRun(input)
        for listener in cloud.listeners.all where listener.loadBalancerARN == balancer.id { cloud.listeners[listener.id] = nil }
        cloud.loadBalancers[balancer.id] = nil
        return ["JobId": .string(Self.jobID())]
    }

    mutating func createServerGroup(_ input: AlibabaInput) throws -> AlibabaJSON {
        if let token = input["ClientToken"],
            let made = cloud.targetGroups.all.first(where: { $0.id.hasPrefix("sgp-") && owns(account: $0.account, region: $0.region) && $0.clientToken == token })
        {
            return ["ServerGroupId": .string(made.id), "JobId": .string(Self.jobID())]
        }
        let name = try input.required("ServerGroupName")
        let vpc = try vpc(try input.required("VpcId"), code: "ResourceNotFound.vpc")
        let type = input["ServerGroupType"] ?? "Instance"
        guard type == "Ip" else {
            throw AlibabaServiceError(
                "IllegalParam.ServerGroupType", "The embedded cloud has no ECS instances: make the server group with ServerGroupType Ip and add servers by address.")
        }
        let protocolName = input["Protocol"] ?? "TCP"
        guard protocolName == "TCP" else {
            throw AlibabaServiceError.invalidParameter("Protocol", protocolName, expected: "TCP (the embedded cloud relays TCP)")
        }
        try checkDryRun(input)
        let id = Self.id("sgp")
        cloud.targetGroups[id] = TargetGroup(
            arn: id, account: caller.account, region: region.id, name: name, protocolName: protocolName, port: 0, vpcID: vpc.id,
            targetType: "ip", healthCheckProtocol: "TCP", healthCheckPort: "traffic-port", createdAt: caller.now, clientToken: input["ClientToken"])
        return ["ServerGroupId": .string(id), "JobId": .string(Self.jobID())]
    }

    func serverGroup(_ id: String) throws -> TargetGroup {
        guard let group = cloud.targetGroups[id], id.hasPrefix("sgp-"), owns(account: group.account, region: group.region) else {
            throw AlibabaServiceError("ResourceNotFound.serverGroup", "The specified resource \(id) is not found.")
        }
        return group
    }

    /// Servers by address (`ServerType` Ip): the VPC's addresses, or this machine's loopback
    /// ones (a database on 127.0.0.1 stands for one in the VPC).
    mutating func addServers(_ input: AlibabaInput) throws -> AlibabaJSON {
        var group = try serverGroup(try input.required("ServerGroupId"))
        let servers = input.objects("Servers")
        guard !servers.isEmpty else { throw AlibabaServiceError.missingParameter("Servers.1.ServerId") }
        let vpcBlock = cloud.vpcs[group.vpcID].flatMap { CIDR($0.cidrBlock) }
        var added: [TargetGroup.Target] = []
        for server in servers {
            let type = try server.required("ServerType")
            guard type == "Ip" else {
                throw AlibabaServiceError.invalidParameter("ServerType", type, expected: "Ip (the server group is of type Ip)")
            }
            let address = try server["ServerIp"] ?? server.required("ServerId")
            guard let ip = IPv4Address(address), ip.isLoopback || vpcBlock?.contains(address: ip.value) == true else {
                throw AlibabaServiceError.invalidParameter(
                    "ServerIp", address, expected: "an address of \(group.vpcID) (\(cloud.vpcs[group.vpcID]?.cidrBlock ?? "")) or of loopback")
            }
            guard let port = try server.int("Port"), (1...65535).contains(port) else {
                throw AlibabaServiceError.invalidParameter("Port", server["Port"] ?? "", expected: "a port from 1 to 65535")
            }
            added.append(TargetGroup.Target(id: address, port: port, zoneName: nil))
        }
        try checkDryRun(input)
        for target in added where !group.targets.contains(target) { group.targets.append(target) }
        cloud.targetGroups[group.id] = group
        return ["ServerGroupId": .string(group.id), "JobId": .string(Self.jobID())]
    }

    func listServerGroups(_ input: AlibabaInput) throws -> AlibabaJSON {
        let ids = input.list("ServerGroupIds"), names = input.list("ServerGroupNames")
        let matching = cloud.targetGroups.all.filter { group in
            group.id.hasPrefix("sgp-") && owns(account: group.account, region: group.region) && (ids.isEmpty || ids.contains(group.id))
                && (names.isEmpty || names.contains(group.name))
        }
        let page = try input.page(matching, limits: 1...100, defaultSize: 20)
        return [
            "ServerGroups": .array(page.items.map { group in
                ["ServerGroupId": .string(group.id), "ServerGroupName": .string(group.name), "ServerGroupType": "Ip", "Protocol": .string(group.protocolName),
                 "VpcId": .string(group.vpcID), "ServerCount": .int(group.targets.count), "ServerGroupStatus": "Available", "RegionId": .string(group.region),
                 "RelatedLoadBalancerIds": .strings(cloud.listeners.all.filter { $0.targetGroupARN == group.id }.map(\.loadBalancerARN))]
            }),
            "TotalCount": .int(matching.count), "MaxResults": .int(page.maxResults), "NextToken": .optional(page.nextToken),
        ]
    }

    mutating func deleteServerGroup(_ input: AlibabaInput) throws -> AlibabaJSON {
        let group = try serverGroup(try input.required("ServerGroupId"))
        if let listener = cloud.listeners.all.first(where: { $0.targetGroupARN == group.id }) {
            throw AlibabaServiceError(
                "ResourceInUse.serverGroup", "The server group \(group.id) is used by the listener \(listener.id) of \(listener.loadBalancerARN): delete it first.")
        }
        try checkDryRun(input)
        cloud.targetGroups[group.id] = nil
        return ["JobId": .string(Self.jobID())]
    }

    func listServerGroupServers(_ input: AlibabaInput) throws -> AlibabaJSON {
        let group = try serverGroup(try input.required("ServerGroupId"))
        let page = try input.page(group.targets, limits: 1...100, defaultSize: 20)
        return [
            "Servers": .array(page.items.map { target in
                ["ServerGroupId": .string(group.id), "ServerId": .string(target.id), "ServerIp": .string(target.id), "ServerType": "Ip",
                 "Port": .int(target.port), "Status": "Available", "Weight": 100, "ZoneId": .null]
            }),
            "TotalCount": .int(group.targets.count), "MaxResults": .int(page.maxResults), "NextToken": .optional(page.nextToken),
        ]
    }

    mutating func createListener(_ input: AlibabaInput) throws -> AlibabaJSON {
        let balancer = try loadBalancer(try input.required("LoadBalancerId"))
        let protocolName = try input.required("ListenerProtocol")
        guard protocolName == "TCP" else {
            throw AlibabaServiceError.invalidParameter("ListenerProtocol", protocolName, expected: "TCP (the embedded cloud relays TCP)")
        }
        guard let port = try input.int("ListenerPort"), (1...65535).contains(port) else {
            throw AlibabaServiceError.invalidParameter("ListenerPort", input["ListenerPort"] ?? "", expected: "a port from 1 to 65535")
        }
        let group = try serverGroup(try input.required("ServerGroupId"))
        guard group.vpcID == balancer.vpcID else {
            throw AlibabaServiceError("IllegalParam.ServerGroupId", "The server group \(group.id) is in \(group.vpcID), not in the load balancer's VPC \(balancer.vpcID).")
        }
        if cloud.listeners.all.contains(where: { $0.loadBalancerARN == balancer.id && $0.port == port }) {
            throw AlibabaServiceError("Conflict.Port", "The load balancer \(balancer.id) already listens on \(port).")
        }
        try checkDryRun(input)
        let id = Self.id("lsn")
        cloud.listeners[id] = Listener(
            arn: id, account: caller.account, region: region.id, loadBalancerARN: balancer.id, protocolName: protocolName, port: port,
            targetGroupARN: group.id, createdAt: caller.now)
        return ["ListenerId": .string(id), "JobId": .string(Self.jobID())]
    }

    func listListeners(_ input: AlibabaInput) throws -> AlibabaJSON {
        let balancers = input.list("LoadBalancerIds"), ids = input.list("ListenerIds")
        let matching = cloud.listeners.all.filter { listener in
            listener.id.hasPrefix("lsn-") && owns(account: listener.account, region: listener.region)
                && (balancers.isEmpty || balancers.contains(listener.loadBalancerARN)) && (ids.isEmpty || ids.contains(listener.id))
        }
        let page = try input.page(matching, limits: 1...100, defaultSize: 20)
        return [
            "Listeners": .array(page.items.map { listener in
                ["ListenerId": .string(listener.id), "ListenerPort": .int(listener.port), "ListenerProtocol": .string(listener.protocolName),
                 "ListenerStatus": "Running", "LoadBalancerId": .string(listener.loadBalancerARN), "ServerGroupId": .string(listener.targetGroupARN),
                 "RegionId": .string(listener.region)]
            }),
            "TotalCount": .int(matching.count), "MaxResults": .int(page.maxResults), "NextToken": .optional(page.nextToken),
        ]
    }

    func value(of balancer: LoadBalancer) -> AlibabaJSON {
        let status = balancer.state == "active" ? "Active" : "Provisioning"
        return [
            "LoadBalancerId": .string(balancer.id), "LoadBalancerName": .string(balancer.name), "LoadBalancerType": "Network",
            "LoadBalancerStatus": .string(status), "LoadBalancerBusinessStatus": "Normal", "AddressType": balancer.scheme == "internet" ? "Internet" : "Intranet",
            "AddressIpVersion": "ipv4", "VpcId": .string(balancer.vpcID), "DNSName": .string(balancer.dnsName), "RegionId": .string(balancer.region),
            "CreateTime": Self.time(balancer.createdAt), "CrossZoneEnabled": true, "ResourceGroupId": .string(Self.resourceGroup),
            "ZoneMappings": .array(balancer.subnetIDs.compactMap { cloud.subnets[$0] }.map { subnet in
                ["VSwitchId": .string(subnet.id), "ZoneId": .string(subnet.zoneID), "Status": .string(status), "LoadBalancerAddresses": []]
            }),
        ]
    }

    static func jobID() -> String { CloudID.requestID().lowercased() }
}
