import PosternAWS

/// The service owner's side of the handshake: the endpoints that ask to connect, and
/// accepting or rejecting them.
extension EC2 {
    func describeEndpointConnections(_ input: AWSValue) throws -> AWSValue {
        let filters = try Filters(
            input, supported: ["service-id", "vpc-endpoint-owner", "vpc-endpoint-state", "vpc-endpoint-id", "ip-address-type", "vpc-endpoint-region"])
        let matching = cloud.endpoints.all.filter { endpoint in
            guard let service = cloud.endpointServices[endpoint.serviceID], owns(account: service.account, region: service.region) else {
                return false
            }
            return filters.match { name in
                switch name {
                case "service-id": [endpoint.serviceID]
                case "vpc-endpoint-owner": [endpoint.account]
                case "vpc-endpoint-state": [endpoint.state, endpoint.state.lowercased()]
                case "vpc-endpoint-id": [endpoint.id]
                case "vpc-endpoint-region": [endpoint.region]
                default: ["ipv4"]
                }
            }
        }
        let page = try Page(matching, input: input, limits: 1...1000)
        return .object([
            "VpcEndpointConnections": .list(page.items.map(connection(of:))), "NextToken": page.nextToken.map(AWSValue.string),
        ])
    }

    mutating func acceptEndpointConnections(_ input: AWSValue) throws -> AWSValue {
        let service = try ownService(try input.required("ServiceId"))
        try checkDryRun(input)
        var unsuccessful: [AWSValue] = []
        for id in input.strings("VpcEndpointIds") {
            guard var endpoint = connection(id, of: service, unsuccessful: &unsuccessful) else { continue }
            guard endpoint.state == EndpointState.pendingAcceptance else {
                unsuccessful.append(failure(
                    id, "InvalidState", "Endpoint \(id) is \(endpoint.state); only an endpoint in pendingAcceptance can be accepted."))
                continue
            }
            if caller.delay == 0 {
                endpoint.state = EndpointState.available
            } else {
                endpoint.state = EndpointState.pending
                endpoint.next = Transition(state: EndpointState.available, at: caller.readyAt)
            }
            cloud.endpoints[id] = endpoint
        }
        return ["Unsuccessful": .list(unsuccessful)]
    }

    mutating func rejectEndpointConnections(_ input: AWSValue) throws -> AWSValue {
        let service = try ownService(try input.required("ServiceId"))
        try checkDryRun(input)
        var unsuccessful: [AWSValue] = []
        for id in input.strings("VpcEndpointIds") {
            guard var endpoint = connection(id, of: service, unsuccessful: &unsuccessful) else { continue }
            guard endpoint.isLive else {
                unsuccessful.append(failure(id, "InvalidState", "Endpoint \(id) is \(endpoint.state) and cannot be rejected."))
                continue
            }
            endpoint.state = EndpointState.rejected
            endpoint.next = nil
            cloud.endpoints[id] = endpoint
        }
        return ["Unsuccessful": .list(unsuccessful)]
    }

    /// The endpoint asking to connect to `service`, or nil with the failure recorded.
    private func connection(_ id: String, of service: EndpointService, unsuccessful: inout [AWSValue]) -> VpcEndpoint? {
        guard let endpoint = cloud.endpoints[id], endpoint.serviceID == service.id else {
            unsuccessful.append(failure(id, "InvalidVpcEndpoint.NotFound", "The Vpc Endpoint Id '\(id)' does not exist for service \(service.id)"))
            return nil
        }
        return endpoint
    }

    private func connection(of endpoint: VpcEndpoint) -> AWSValue {
        [
            "ServiceId": .string(endpoint.serviceID), "VpcEndpointId": .string(endpoint.id),
            "VpcEndpointOwner": .string(endpoint.account), "VpcEndpointState": .string(endpoint.state),
            "CreationTimestamp": .timestamp(endpoint.createdAt), "DnsEntries": .list(dnsEntries(of: endpoint)),
            "NetworkLoadBalancerArns": .strings(cloud.endpointServices[endpoint.serviceID]?.loadBalancerARNs ?? []),
            "GatewayLoadBalancerArns": [], "IpAddressType": "ipv4", "VpcEndpointConnectionId": .string(endpoint.connectionID),
            "VpcEndpointRegion": .string(endpoint.region), "Tags": [],
        ]
    }
}
