import Foundation
import PosternAWS

extension EC2 {
    mutating func createEndpoint(_ input: AWSValue) throws -> AWSValue {
        let type = input["VpcEndpointType"]?.string ?? "Gateway"
        guard type == "Interface" else {
            throw AWSServiceError(
                "InvalidParameter", "The embedded cloud makes Interface endpoints only (to endpoint services); pass --vpc-endpoint-type Interface.")
        }
        let vpc = try vpc(try input.required("VpcId"))
        let serviceName = try input.required("ServiceName")
        let fingerprint = Self.fingerprint(input)
        if let token = input["ClientToken"]?.string, !token.isEmpty,
            let existing = cloud.endpoints.looking(up: [VpcEndpoint.tokenKey(token)])
                .first(where: { owns(account: $0.account, region: $0.region) && $0.clientToken == token })
        {
            guard existing.requestFingerprint == fingerprint else {
                throw AWSServiceError(
                    "IdempotentParameterMismatch",
                    "The client token '\(token)' was already used for \(existing.id) with different parameters; use a new token for a different endpoint.")
            }
            return ["VpcEndpoint": value(of: existing), "ClientToken": .string(token)]
        }
        let service = try service(named: serviceName, serviceRegion: input["ServiceRegion"]?.string)
        guard service.state == "Available" else {
            throw AWSServiceError(
                "InvalidServiceName", "The Vpc Endpoint Service '\(serviceName)' is \(service.state), not Available yet: try again once its owner's service is ready.")
        }
        let subnets = try endpointSubnets(input.strings("SubnetIds"), vpc: vpc, service: service, existing: [])
        var groupIDs = input.strings("SecurityGroupIds")
        for id in groupIDs where try securityGroup(id).vpcID != vpc.id {
            throw AWSServiceError("InvalidParameter", "The security group \(id) is not in \(vpc.id).")
        }
        if groupIDs.isEmpty { groupIDs = [vpc.defaultSecurityGroupID] }
        let privateDNS = input.bool("PrivateDnsEnabled") ?? false
        if privateDNS { try checkPrivateDNS(vpc: vpc, service: service) }
        let tags = try [Tag](specifications: input, resourceType: "vpc-endpoint")
        try checkDryRun(input)

        let id = CloudID.make("vpce")
        var endpoint = VpcEndpoint(
            id: id, account: caller.account, region: caller.region.name, vpcID: vpc.id, serviceID: service.id,
            serviceName: service.name, serviceRegion: service.region, state: EndpointState.pending, next: nil,
            subnetIDs: [], securityGroupIDs: groupIDs, networkInterfaceIDs: [], privateDNSEnabled: privateDNS,
            dnsSuffix: CloudID.alphanumeric(8, uppercase: false), policyDocument: Self.fullAccessPolicy,
            clientToken: input["ClientToken"]?.string, requestFingerprint: fingerprint,
            connectionID: CloudID.make("vpce-con"), tags: tags, createdAt: caller.now)
        let settled = service.acceptanceRequired ? EndpointState.pendingAcceptance : EndpointState.available
        if caller.delay == 0 { endpoint.state = settled } else { endpoint.next = Transition(state: settled, at: caller.readyAt) }
        for subnet in subnets { try attach(subnet, to: &endpoint) }
        cloud.endpoints[id] = endpoint
        return .object(["VpcEndpoint": value(of: endpoint), "ClientToken": input["ClientToken"]])
    }

    func describeEndpoints(_ input: AWSValue) throws -> AWSValue {
        let ids = input.strings("VpcEndpointIds")
        for id in ids where !(cloud.endpoints[id].map { owns(account: $0.account, region: $0.region) } ?? false) {
            throw AWSServiceError("InvalidVpcEndpointId.NotFound", "The Vpc Endpoint Id '\(id)' does not exist")
        }
        let filters = try Filters(
            input, supported: ["service-name", "vpc-id", "vpc-endpoint-id", "vpc-endpoint-state", "vpc-endpoint-type", "ip-address-type", "service-region"])
        let candidates = !ids.isEmpty ? cloud.endpoints.ordered(Set(ids))
            : filters.exactTags.map { cloud.endpoints.looking(up: $0.map { VpcEndpoint.tagKey($0.key, $0.value) }) } ?? cloud.endpoints.all
        let matching = candidates.filter { endpoint in
            owns(account: endpoint.account, region: endpoint.region) && (ids.isEmpty || ids.contains(endpoint.id))
                && filters.match(tags: endpoint.tags) { name in
                    switch name {
                    case "service-name": [endpoint.serviceName]
                    case "vpc-id": [endpoint.vpcID]
                    case "vpc-endpoint-id": [endpoint.id]
                    case "vpc-endpoint-state": [endpoint.state, endpoint.state.lowercased()]
                    case "ip-address-type": ["ipv4"]
                    case "service-region": [endpoint.serviceRegion]
                    default: ["Interface", "interface"]
                    }
                }
        }
        let page = try Page(matching, input: input, limits: 1...1000)
        return .object(["VpcEndpoints": .list(page.items.map(value(of:))), "NextToken": page.nextToken.map(AWSValue.string)])
    }

    mutating func modifyEndpoint(_ input: AWSValue) throws -> AWSValue {
        let id = try input.required("VpcEndpointId")
        guard var endpoint = cloud.endpoints[id], owns(account: endpoint.account, region: endpoint.region) else {
            throw AWSServiceError("InvalidVpcEndpointId.NotFound", "The Vpc Endpoint Id '\(id)' does not exist")
        }
        guard endpoint.isLive else {
            throw AWSServiceError("IncorrectState", "The endpoint \(id) is \(endpoint.state) and can no longer be modified.")
        }
        let vpc = try vpc(endpoint.vpcID)
        guard let service = cloud.endpointServices[endpoint.serviceID] else {
            throw AWSServiceError("InvalidServiceName", "The Vpc Endpoint Service '\(endpoint.serviceName)' no longer exists.")
        }
        let removing = input.strings("RemoveSubnetIds")
        for subnetID in removing where !endpoint.subnetIDs.contains(subnetID) {
            throw AWSServiceError("InvalidParameter", "The subnet \(subnetID) is not one of \(id)'s subnets (\(endpoint.subnetIDs.joined(separator: ", "))).")
        }
        let adding = try endpointSubnets(
            input.strings("AddSubnetIds"), vpc: vpc, service: service, existing: endpoint.subnetIDs.filter { !removing.contains($0) })
        let addGroups = input.strings("AddSecurityGroupIds"), removeGroups = input.strings("RemoveSecurityGroupIds")
        for groupID in addGroups where try securityGroup(groupID).vpcID != vpc.id {
            throw AWSServiceError("InvalidParameter", "The security group \(groupID) is not in \(vpc.id).")
        }
        let groups = endpoint.securityGroupIDs.filter { !removeGroups.contains($0) } + addGroups.filter { !endpoint.securityGroupIDs.contains($0) }
        guard !groups.isEmpty else {
            throw AWSServiceError("InvalidParameter", "An interface endpoint needs at least one security group; add one before removing the last.")
        }
        if let enable = input.bool("PrivateDnsEnabled") {
            if enable { try checkPrivateDNS(vpc: vpc, service: service) }
            endpoint.privateDNSEnabled = enable
        }
        if input.bool("ResetPolicy") == true { endpoint.policyDocument = Self.fullAccessPolicy }
        if let policy = input["PolicyDocument"]?.string { endpoint.policyDocument = policy }
        try checkDryRun(input)
        for interfaceID in endpoint.networkInterfaceIDs {
            guard let interface = cloud.networkInterfaces[interfaceID] else { continue }
            if removing.contains(interface.subnetID) {
                detach(interface, from: &endpoint)
            }
        }
        endpoint.securityGroupIDs = groups
        for subnet in adding { try attach(subnet, to: &endpoint) }
        for interfaceID in endpoint.networkInterfaceIDs {
            cloud.networkInterfaces[interfaceID]?.securityGroupIDs = groups
        }
        cloud.endpoints[id] = endpoint
        return ["Return": true]
    }

    mutating func deleteEndpoints(_ input: AWSValue) throws -> AWSValue {
        var unsuccessful: [AWSValue] = []
        try checkDryRun(input)
        for id in input.strings("VpcEndpointIds") {
            guard var endpoint = cloud.endpoints[id], owns(account: endpoint.account, region: endpoint.region),
                endpoint.state != EndpointState.deleted
            else {
                unsuccessful.append(failure(id, "InvalidVpcEndpoint.NotFound", "The Vpc Endpoint Id '\(id)' does not exist"))
                continue
            }
            guard endpoint.state != EndpointState.deleting else { continue }
            for interfaceID in endpoint.networkInterfaceIDs {
                if let interface = cloud.networkInterfaces[interfaceID] { detach(interface, from: &endpoint) }
            }
            if caller.delay == 0 {
                endpoint.state = EndpointState.deleted
                endpoint.forgetAt = caller.now.addingTimeInterval(CloudState.deletedEndpointRetention)
                endpoint.next = nil
            } else {
                endpoint.state = EndpointState.deleting
                endpoint.next = Transition(state: EndpointState.deleted, at: caller.readyAt)
            }
            cloud.endpoints[id] = endpoint
        }
        return ["Unsuccessful": .list(unsuccessful)]
    }

    /// Finds the service a consumer names, as AWS does: only if it may see it from its region.
    private func service(named name: String, serviceRegion: String?) throws -> EndpointService {
        let parts = name.split(separator: ".")
        guard parts.count == 5, parts[0] == "com", parts[1] == "amazonaws", parts[2] == "vpce",
            parts[4].hasPrefix("vpce-svc-")
        else {
            throw AWSServiceError(
                "InvalidServiceName",
                "The Vpc Endpoint Service '\(name)' does not exist: an endpoint service name looks like com.amazonaws.vpce.<region>.vpce-svc-<id>.")
        }
        let region = serviceRegion ?? String(parts[3])
        guard let service = cloud.endpointServices[String(parts[4])], service.name == name, service.region == region,
            service.allows(caller.account)
        else { throw notFound(serviceName: name) }
        if service.region != caller.region.name && !service.supportedRegions.contains(caller.region.name) {
            throw AWSServiceError(
                "InvalidServiceName",
                "The Vpc Endpoint Service '\(name)' is in \(service.region) and does not accept endpoints from \(caller.region.name). Its owner can allow that region with: aws ec2 modify-vpc-endpoint-service-configuration --service-id \(service.id) --add-supported-regions \(caller.region.name)")
        }
        return service
    }

    /// Checks the subnets an endpoint gets: the caller's, in its VPC, one per zone, and only in
    /// zones the service supports.
    private func endpointSubnets(_ ids: [String], vpc: Vpc, service: EndpointService, existing: [String]) throws -> [Subnet] {
        let supported = zoneIDs(of: service)
        var zones = Set(existing.compactMap { cloud.subnets[$0]?.zoneID })
        var subnets: [Subnet] = []
        for id in ids {
            let subnet = try subnet(id)
            guard subnet.vpcID == vpc.id else {
                throw AWSServiceError("InvalidParameter", "The subnet \(id) is in \(subnet.vpcID), not in the endpoint's VPC \(vpc.id).")
            }
            guard service.region != caller.region.name || supported.contains(subnet.zoneID) else {
                let names = supported.compactMap { caller.region.zone(id: $0, for: caller.account).map { "\($0.name) (\($0.id))" } }
                throw AWSServiceError(
                    "InvalidParameter",
                    "The VPC endpoint service \(service.name) does not support the availability zone of the subnet: \(id), which is in \(subnet.zoneName) (\(subnet.zoneID)). The service supports \(names.joined(separator: ", ")); choose subnets in those zones.")
            }
            guard zones.insert(subnet.zoneID).inserted else {
                throw AWSServiceError(
                    "DuplicateSubnetsInSameZone",
                    "Found another VPC endpoint subnet in the availability zone of \(id) (\(subnet.zoneName)). VPC endpoint subnets should be in different availability zones supported by the VPC endpoint service.")
            }
            subnets.append(subnet)
        }
        return subnets
    }

    private func checkPrivateDNS(vpc: Vpc, service: EndpointService) throws {
        guard let name = service.privateDNSName else {
            throw AWSServiceError(
                "InvalidParameter", "Private DNS can't be enabled because the service \(service.name) does not provide a private DNS name.")
        }
        guard vpc.enableDnsSupport && vpc.enableDnsHostnames else {
            var fixes: [String] = []
            if !vpc.enableDnsSupport { fixes.append("aws ec2 modify-vpc-attribute --vpc-id \(vpc.id) --enable-dns-support") }
            if !vpc.enableDnsHostnames { fixes.append("aws ec2 modify-vpc-attribute --vpc-id \(vpc.id) --enable-dns-hostnames") }
            throw AWSServiceError(
                "InvalidParameter",
                "Enabling private DNS requires both enableDnsSupport and enableDnsHostnames VPC attributes set to true for \(vpc.id). Run: \(fixes.joined(separator: " && "))")
        }
        guard service.privateDNSVerification?.state == "verified" else {
            throw AWSServiceError(
                "InvalidParameter",
                "Private DNS can't be enabled because the private DNS name \(name) of \(service.name) is not verified yet; its owner runs: aws ec2 start-vpc-endpoint-service-private-dns-verification --service-id \(service.id)")
        }
    }

    private mutating func attach(_ subnet: Subnet, to endpoint: inout VpcEndpoint) throws {
        let address = try allocateAddress(in: subnet.id)
        let interface = NetworkInterface(
            id: CloudID.make("eni"), account: endpoint.account, region: endpoint.region, vpcID: endpoint.vpcID, subnetID: subnet.id,
            zoneName: subnet.zoneName, privateIPAddress: address, securityGroupIDs: endpoint.securityGroupIDs,
            endpointID: endpoint.id, createdAt: caller.now)
        cloud.networkInterfaces[interface.id] = interface
        endpoint.subnetIDs.append(subnet.id)
        endpoint.networkInterfaceIDs.append(interface.id)
    }

    private mutating func detach(_ interface: NetworkInterface, from endpoint: inout VpcEndpoint) {
        releaseAddress(interface.privateIPAddress, in: interface.subnetID)
        cloud.networkInterfaces[interface.id] = nil
        endpoint.networkInterfaceIDs.removeAll { $0 == interface.id }
        endpoint.subnetIDs.removeAll { $0 == interface.subnetID }
    }

    /// The names AWS gives an interface endpoint: one for the region, one per zone, and the
    /// service's private DNS name while private DNS is on.
    func dnsEntries(of endpoint: VpcEndpoint) -> [AWSValue] {
        let zone = AWSValue.string(Region.named(endpoint.region)?.endpointHostedZoneID ?? "Z7HUB22UULQXV")
        let names = cloud.endpointNames(endpoint)
        var entries: [AWSValue] = [["DnsName": .string(names.regional), "HostedZoneId": zone]]
        for entry in names.zonal {
            entries.append(["DnsName": .string(entry.name), "HostedZoneId": zone])
        }
        if endpoint.privateDNSEnabled, let name = cloud.endpointServices[endpoint.serviceID]?.privateDNSName {
            entries.append(["DnsName": .string(name), "HostedZoneId": .string("Z" + endpoint.id.dropFirst(5).uppercased())])
        }
        return entries
    }

    func value(of endpoint: VpcEndpoint) -> AWSValue {
        .object([
            "VpcEndpointId": .string(endpoint.id), "VpcEndpointType": "Interface", "VpcId": .string(endpoint.vpcID),
            "ServiceName": .string(endpoint.serviceName), "State": .string(endpoint.state),
            "PolicyDocument": .string(endpoint.policyDocument), "RouteTableIds": [], "SubnetIds": .strings(endpoint.subnetIDs),
            "Groups": .list(endpoint.securityGroupIDs.map { id in
                ["GroupId": .string(id), "GroupName": .string(cloud.securityGroups[id]?.name ?? "")]
            }),
            "IpAddressType": "ipv4", "DnsOptions": ["DnsRecordIpType": "ipv4"],
            "PrivateDnsEnabled": .boolean(endpoint.privateDNSEnabled), "RequesterManaged": false,
            "NetworkInterfaceIds": .strings(endpoint.networkInterfaceIDs), "DnsEntries": .list(dnsEntries(of: endpoint)),
            "CreationTimestamp": .timestamp(endpoint.createdAt), "Tags": endpoint.tags.value, "OwnerId": .string(endpoint.account),
            "ServiceRegion": endpoint.serviceRegion == endpoint.region ? nil : .string(endpoint.serviceRegion),
        ])
    }

    /// What makes two CreateVpcEndpoint requests the same request, for ClientToken idempotency.
    private static func fingerprint(_ input: AWSValue) -> String {
        var members = input.members
        members["ClientToken"] = nil
        members["DryRun"] = nil
        return AWSValue.structure(members).canonicalDescription
    }

    static let fullAccessPolicy =
        #"{"Version":"2008-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"*","Resource":"*"}]}"#
}
