import PosternAlibaba

/// PrivateLink's handshake, on the owner's side: the endpoints that connect to a service, and
/// allowing (`Connecting` → `Connected`) or disallowing (`Disconnecting` → `Disconnected`)
/// each, as a whole or zone by zone.
extension AlibabaOperations {
    func listEndpointConnections(_ input: AlibabaInput) throws -> AlibabaJSON {
        if let id = input["ServiceId"] { _ = try ownService(id) }
        let owner = input["EndpointOwnerId"]
        let matching = cloud.endpoints.all.filter { endpoint in
            guard endpoint.isAlibaba, let service = cloud.endpointServices[endpoint.serviceID], owns(account: service.account, region: service.region) else {
                return false
            }
            return (input["ServiceId"] == nil || endpoint.serviceID == input["ServiceId"]) && (input["EndpointId"] == nil || endpoint.id == input["EndpointId"])
                && (owner == nil || endpoint.account == owner) && (input["ConnectionStatus"] == nil || Self.status(of: endpoint).connection == input["ConnectionStatus"])
        }
        let page = try input.page(matching)
        return [
            "Connections": .array(page.items.map { endpoint in
                [
                    "EndpointId": .string(endpoint.id), "ServiceId": .string(endpoint.serviceID), "ConnectionStatus": .string(Self.status(of: endpoint).connection),
                    "EndpointOwnerId": Self.uid(endpoint.account), "EndpointVpcId": .string(endpoint.vpcID), "EndpointRegionId": .string(endpoint.region),
                    "ServiceRegionId": .string(endpoint.serviceRegion), "Bandwidth": 3072, "TrafficControlMode": "Scalability", "ResourceOwner": false,
                    "ResourceGroupId": .string(Self.resourceGroup), "ModifiedTime": Self.time(endpoint.next?.at ?? endpoint.createdAt),
                    "Zones": .array(zoneValues(of: endpoint).map {
                        $0.keeping(["ZoneId", "VSwitchId", "EniId", "ResourceId", "ZoneDomain", "ZoneStatus"])
                    }),
                ]
            }),
            "MaxResults": .int(page.maxResults), "NextToken": .optional(page.nextToken), "TotalCount": .string(String(matching.count)),
        ]
    }

    mutating func enableConnection(_ input: AlibabaInput) throws -> AlibabaJSON {
        let (service, found) = try connection(input)
        var endpoint = found
        if let bandwidth = try input.int("Bandwidth"), !(100...10240).contains(bandwidth) {
            throw AlibabaServiceError.invalidParameter("Bandwidth", String(bandwidth), expected: "from 100 to 10240 (Mbit/s)")
        }
        switch endpoint.state {
        case EndpointState.available: return [:]
        case EndpointState.pendingAcceptance, EndpointState.rejected: break
        case EndpointState.pending:
            throw AlibabaServiceError("EndpointOperationDenied", "The endpoint \(endpoint.id) is still Creating: allow it once it is Active.")
        default:
            throw AlibabaServiceError(
                "EndpointConnectionOperationDenied", "The endpoint \(endpoint.id) is \(Self.status(of: endpoint).connection): wait until it settles, then try again.")
        }
        guard !(service.resources ?? []).isEmpty else {
            throw AlibabaServiceError("OperationDenied.NoAvailableServiceResource", "The endpoint service \(service.id) has no resource to connect to: attach an NLB first.")
        }
        try checkDryRun(input)
        move(&endpoint, through: EndpointState.connecting, to: EndpointState.available)
        return [:]
    }

    mutating func disableConnection(_ input: AlibabaInput) throws -> AlibabaJSON {
        var endpoint = try connection(input).1
        switch endpoint.state {
        case EndpointState.pendingAcceptance, EndpointState.rejected: return [:]
        case EndpointState.available: break
        default:
            throw AlibabaServiceError(
                "EndpointConnectionOperationDenied", "The endpoint \(endpoint.id) is \(Self.status(of: endpoint).connection): wait until it settles, then try again.")
        }
        try checkDryRun(input)
        move(&endpoint, through: EndpointState.disconnecting, to: EndpointState.rejected)
        return [:]
    }

    /// Puts the endpoint in `passing` until the cloud's delay has passed, then in `settled`
    /// (at once without a delay), and keeps it.
    private mutating func move(_ endpoint: inout VpcEndpoint, through passing: String, to settled: String) {
        if caller.delay == 0 {
            endpoint.state = settled
            endpoint.next = nil
        } else {
            endpoint.state = passing
            endpoint.next = Transition(state: settled, at: caller.readyAt)
        }
        cloud.endpoints[endpoint.id] = endpoint
    }

    mutating func setZoneConnection(_ input: AlibabaInput, enabled: Bool) throws -> AlibabaJSON {
        let (_, endpoint) = try connection(input)
        let zone = try input.required("ZoneId")
        guard let interface = endpoint.networkInterfaceIDs.compactMap({ cloud.networkInterfaces[$0] }).first(where: { $0.zoneName == zone }) else {
            throw AlibabaServiceError("EndpointZoneNotFound", "The endpoint \(endpoint.id) has no address in \(zone).")
        }
        guard endpoint.state == EndpointState.available else {
            throw AlibabaServiceError(
                "EndpointConnectionOperationDenied", "The endpoint \(endpoint.id) is \(Self.status(of: endpoint).connection): a zone is switched only on a Connected endpoint.")
        }
        try checkDryRun(input)
        cloud.networkInterfaces[interface.id]?.zoneDisabled = enabled ? nil : true
        return [:]
    }

    /// The caller's service and the endpoint connecting to it that the request names.
    private func connection(_ input: AlibabaInput) throws -> (EndpointService, VpcEndpoint) {
        let service = try ownService(try input.required("ServiceId"))
        let id = try input.required("EndpointId")
        guard let endpoint = cloud.endpoints[id], endpoint.serviceID == service.id else {
            throw AlibabaServiceError("EndpointConnectionNotFound", "No endpoint \(id) connects to the endpoint service \(service.id).")
        }
        return (service, endpoint)
    }
}
