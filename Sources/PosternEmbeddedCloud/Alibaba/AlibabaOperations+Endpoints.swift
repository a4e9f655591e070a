import PosternAlibaba

/// PrivateLink 2020-04-15, the consumer's side: interface endpoints, one address per zone in
/// a vSwitch, behind security groups. An endpoint is `Creating` until the cloud's delay has
/// passed, then `Active`; its connection is `Disconnected` until the service's owner allows it
/// (or at once `Connected` when the service accepts by itself).
extension AlibabaOperations {
    mutating func createEndpoint(_ input: AlibabaInput) throws -> AlibabaJSON {
        let vpc = try vpc(try input.required("VpcId"), code: "VpcNotFound")
        let service = try consumableService(serviceID: input["ServiceId"], serviceName: input["ServiceName"])
        let groupIDs = input.list("SecurityGroupId")
        guard !groupIDs.isEmpty else {
            throw AlibabaServiceError("EndpointMustContainSecurityGroup", "An endpoint needs at least one security group: pass SecurityGroupId.1.")
        }
        for id in groupIDs {
            let group = try securityGroup(id, code: "SecurityGroupNotFound")
            guard group.vpcID == vpc.id else {
                throw AlibabaServiceError("SecurityGroupNotFound", "The security group \(id) is in \(group.vpcID), not in the endpoint's VPC \(vpc.id).")
            }
        }
        let zones = input.objects("Zone")
        guard !zones.isEmpty else {
            throw AlibabaServiceError("MissingParameter", "An endpoint needs a zone: pass Zone.1.ZoneId and Zone.1.VSwitchId.")
        }
        let supported = self.zones(of: service)
        var chosen: [(subnet: Subnet, ip: String?)] = []
        for zone in zones {
            let zoneID = try zone.required("ZoneId")
            let subnet = try vSwitch(try zone.required("VSwitchId"), code: "VSwitchNotFound")
            guard subnet.vpcID == vpc.id, subnet.zoneID == zoneID else {
                throw AlibabaServiceError("VSwitchNotFound", "The vSwitch \(subnet.id) is in \(subnet.vpcID) zone \(subnet.zoneID), not in \(vpc.id) zone \(zoneID).")
            }
            guard supported.contains(zoneID) else {
                throw AlibabaServiceError(
                    "EndpointServiceNotSupportedZone",
                    "The endpoint service \(service.id) does not serve \(zoneID): it serves \(supported.isEmpty ? "no zone yet (it has no resource)" : supported.joined(separator: ", ")). Choose vSwitches in those zones.")
            }
            guard !chosen.contains(where: { $0.subnet.zoneID == zoneID }) else {
                throw AlibabaServiceError("EndpointZoneDuplicated", "The zone \(zoneID) is given twice: an endpoint has one address per zone.")
            }
            chosen.append((subnet, zone["ip"] ?? zone["Ip"]))
        }
        if let name = input["EndpointName"], !Self.isValidName(name) {
            throw AlibabaServiceError.invalidParameter("EndpointName", name, expected: "2 to 128 characters, starting with a letter")
        }
        if let token = input["ClientToken"], let existing = cloud.endpoints.all.first(where: {
            $0.isAlibaba && owns(account: $0.account, region: $0.region) && $0.clientToken == token
        }) {
            return value(of: existing, detailed: false)
        }
        try checkDryRun(input)
        let id = Self.id("ep")
        var endpoint = VpcEndpoint(
            id: id, account: caller.account, region: region.id, vpcID: vpc.id, serviceID: service.id, serviceName: service.name,
            serviceRegion: service.region, state: EndpointState.pending, next: nil, subnetIDs: [], securityGroupIDs: groupIDs,
            networkInterfaceIDs: [], privateDNSEnabled: false, dnsSuffix: "", policyDocument: "", clientToken: input["ClientToken"],
            requestFingerprint: nil, connectionID: "", createdAt: caller.now, name: input["EndpointName"], description: input["EndpointDescription"])
        let settled = service.acceptanceRequired ? EndpointState.pendingAcceptance : EndpointState.available
        if caller.delay == 0 { endpoint.state = settled } else { endpoint.next = Transition(state: settled, at: caller.readyAt) }
        for (subnet, ip) in chosen {
            guard let address = cloud.allocateAddress(in: subnet.id, preferring: ip) else {
                throw AlibabaServiceError(
                    ip == nil ? "ResourceNotEnough.VSwitchIp" : "EniIpUnavailable",
                    ip.map { "The address \($0) is not free in \(subnet.id) (\(subnet.cidrBlock))." } ?? "The vSwitch \(subnet.id) has no free address left.")
            }
            let interface = NetworkInterface(
                id: Self.id("eni"), account: caller.account, region: region.id, vpcID: vpc.id, subnetID: subnet.id, zoneName: subnet.zoneID,
                privateIPAddress: address, securityGroupIDs: groupIDs, endpointID: id, createdAt: caller.now)
            cloud.networkInterfaces[interface.id] = interface
            endpoint.subnetIDs.append(subnet.id)
            endpoint.networkInterfaceIDs.append(interface.id)
        }
        cloud.endpoints[id] = endpoint
        return value(of: endpoint, detailed: false)
    }

    /// The service a consumer names, by id or name: it must exist, be `Active`, and allow the
    /// caller (its owner, or an account on its allow-list).
    private func consumableService(serviceID: String?, serviceName: String?) throws -> EndpointService {
        guard serviceID != nil || serviceName != nil else {
            throw AlibabaServiceError("MissingParameter", "Name the endpoint service: ServiceId (epsrv-…) or ServiceName (com.aliyuncs.privatelink.<region>.epsrv-…).")
        }
        let found = cloud.endpointServices.all.first { service in
            service.isAlibaba && service.region == region.id && (serviceID == nil || service.id == serviceID)
                && (serviceName == nil || service.name == serviceName)
        }
        guard let service = found else {
            throw AlibabaServiceError(
                "EndpointServiceNotFound",
                "The endpoint service \(serviceName ?? serviceID ?? "") does not exist in \(region.id): a service name looks like com.aliyuncs.privatelink.\(region.id).epsrv-….")
        }
        guard service.allows(caller.account) else {
            throw AlibabaServiceError(
                "EndpointServiceNotAuthorized",
                "The account \(caller.account) is not on the allow-list of \(service.id): its owner adds it with AddUserToVpcEndpointService (UserId \(caller.account)).")
        }
        guard service.state == "Available" else {
            throw AlibabaServiceError("IncorrectStatus.VpcEndpointService", "The endpoint service \(service.id) is \(Self.status(of: service)), not Active yet: try again shortly.")
        }
        return service
    }

    func ownEndpoint(_ id: String) throws -> VpcEndpoint {
        guard let endpoint = cloud.endpoints[id], endpoint.isAlibaba, owns(account: endpoint.account, region: endpoint.region) else {
            throw AlibabaServiceError("EndpointNotFound", "The specified endpoint '\(id)' does not exist in \(region.id).")
        }
        return endpoint
    }

    func listEndpoints(_ input: AlibabaInput) throws -> AlibabaJSON {
        let matching = cloud.endpoints.all.filter { endpoint in
            let status = Self.status(of: endpoint)
            return endpoint.isAlibaba && owns(account: endpoint.account, region: endpoint.region)
                && (input["EndpointId"] == nil || endpoint.id == input["EndpointId"]) && (input["EndpointName"] == nil || endpoint.name == input["EndpointName"])
                && (input["EndpointStatus"] == nil || status.endpoint == input["EndpointStatus"])
                && (input["ConnectionStatus"] == nil || status.connection == input["ConnectionStatus"])
                && (input["ServiceName"] == nil || endpoint.serviceName == input["ServiceName"]) && (input["VpcId"] == nil || endpoint.vpcID == input["VpcId"])
        }
        let page = try input.page(matching)
        return ["Endpoints": .array(page.items.map { value(of: $0, detailed: false) }), "MaxResults": .int(page.maxResults),
                "NextToken": .optional(page.nextToken), "TotalCount": .int(matching.count)]
    }

    func listEndpointZones(_ input: AlibabaInput) throws -> AlibabaJSON {
        let endpoint = try ownEndpoint(try input.required("EndpointId"))
        let zones = zoneValues(of: endpoint)
        let page = try input.page(zones)
        return ["Zones": .array(page.items), "MaxResults": .int(page.maxResults), "NextToken": .optional(page.nextToken), "TotalCount": .int(zones.count)]
    }

    func listEndpointSecurityGroups(_ input: AlibabaInput) throws -> AlibabaJSON {
        let endpoint = try ownEndpoint(try input.required("EndpointId"))
        let page = try input.page(endpoint.securityGroupIDs)
        return ["SecurityGroups": .array(page.items.map { ["SecurityGroupId": .string($0)] }), "MaxResults": .int(page.maxResults),
                "NextToken": .optional(page.nextToken)]
    }

    /// An endpoint is `Deleting` for the cloud's delay and then gone; its addresses are freed at once.
    mutating func deleteEndpoint(_ input: AlibabaInput) throws -> AlibabaJSON {
        var endpoint = try ownEndpoint(try input.required("EndpointId"))
        guard endpoint.state != EndpointState.deleting else { return [:] }
        try checkDryRun(input)
        for interfaceID in endpoint.networkInterfaceIDs {
            guard let interface = cloud.networkInterfaces[interfaceID] else { continue }
            cloud.releaseAddress(interface.privateIPAddress, in: interface.subnetID)
            cloud.networkInterfaces[interfaceID] = nil
        }
        endpoint.networkInterfaceIDs = []
        endpoint.subnetIDs = []
        if caller.delay == 0 {
            cloud.endpoints[endpoint.id] = nil
        } else {
            endpoint.state = EndpointState.deleting
            endpoint.next = Transition(state: EndpointState.deleted, at: caller.readyAt)
            cloud.endpoints[endpoint.id] = endpoint
        }
        return [:]
    }

    func listServicesByEndUser(_ input: AlibabaInput) throws -> AlibabaJSON {
        let matching = cloud.endpointServices.all.filter { service in
            service.isAlibaba && service.region == region.id && service.allows(caller.account)
                && (input["ServiceId"] == nil || service.id == input["ServiceId"]) && (input["ServiceName"] == nil || service.name == input["ServiceName"])
        }
        let page = try input.page(matching)
        return [
            "Services": .array(page.items.map { service in
                value(of: service).keeping([
                    "ServiceId", "ServiceName", "ServiceDomain", "ServiceType", "ServiceResourceType", "Payer", "AutoAcceptEnabled",
                    "ZoneAffinityEnabled", "ServiceSupportIPv6", "AddressIpVersion", "ResourceGroupId", "Zones",
                ])
            }),
            "MaxResults": .int(page.maxResults), "NextToken": .optional(page.nextToken), "TotalCount": .string(String(matching.count)),
        ]
    }

    /// Alibaba's two statuses of an endpoint, read off its one state.
    static func status(of endpoint: VpcEndpoint) -> (endpoint: String, connection: String) {
        switch endpoint.state {
        case EndpointState.pending: ("Creating", endpoint.next?.state == EndpointState.available ? "Connecting" : "Disconnected")
        case EndpointState.pendingAcceptance, EndpointState.rejected: ("Active", "Disconnected")
        case EndpointState.connecting: ("Active", "Connecting")
        case EndpointState.available: ("Active", "Connected")
        case EndpointState.disconnecting: ("Active", "Disconnecting")
        default: ("Deleting", "Deleting")
        }
    }

    func zoneValues(of endpoint: VpcEndpoint) -> [AlibabaJSON] {
        let names = cloud.endpointNames(endpoint)
        let connection = Self.status(of: endpoint).connection
        return names.zonal.map { name, interface in
            let status: String =
                switch connection {
                case "Connected": interface.zoneDisabled == true ? "Disconnected" : "Connected"
                case "Disconnected": endpoint.state == EndpointState.pending ? "Creating" : "Wait"
                default: connection
                }
            return [
                "ZoneId": .string(interface.zoneName), "VSwitchId": .string(interface.subnetID), "EniId": .string(interface.id),
                "EniIp": .string(interface.privateIPAddress), "ZoneDomain": .string(name), "ZoneStatus": .string(status),
                "RegionId": .string(interface.region), "ResourceId": .optional(resource(for: endpoint, zone: interface.zoneName)),
            ]
        }
    }

    /// The service's load balancer that serves `zone`.
    func resource(for endpoint: VpcEndpoint, zone: String) -> String? {
        cloud.endpointServices[endpoint.serviceID]?.resources?.first { $0.zoneID == zone }?.id
    }

    func value(of endpoint: VpcEndpoint, detailed: Bool) -> AlibabaJSON {
        let status = Self.status(of: endpoint)
        var members: [String: AlibabaJSON] = [
            "EndpointId": .string(endpoint.id), "EndpointName": .optional(endpoint.name), "EndpointDescription": .optional(endpoint.description),
            "EndpointStatus": .string(status.endpoint), "ConnectionStatus": .string(status.connection), "EndpointBusinessStatus": "Normal",
            "EndpointDomain": .string(cloud.endpointNames(endpoint).regional), "EndpointType": "Interface", "ServiceId": .string(endpoint.serviceID),
            "ServiceName": .string(endpoint.serviceName), "ServiceRegionId": .string(endpoint.serviceRegion), "VpcId": .string(endpoint.vpcID),
            "RegionId": .string(endpoint.region), "CreateTime": Self.time(endpoint.createdAt), "Bandwidth": 3072, "ZoneAffinityEnabled": false,
            "AddressIpVersion": "IPv4", "ResourceOwner": false, "ResourceGroupId": .string(Self.resourceGroup),
        ]
        if detailed {
            members["Payer"] = "Endpoint"
            members["ZonePrivateIpAddressCount"] = 1
            members["ProtectedEnabled"] = false
        }
        return .object(members)
    }

    static func isValidName(_ name: String) -> Bool {
        (2...128).contains(name.count) && (name.first?.isLetter ?? false)
    }
}
