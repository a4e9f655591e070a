import PosternAlibaba

/// PrivateLink 2020-04-15, the owner's side: endpoint services over NLBs, zone by zone, their
/// allow-list ("Service Whitelist") and their settings.
extension AlibabaOperations {
    mutating func privateLink(_ action: String, _ input: AlibabaInput) throws -> AlibabaJSON? {
        switch action {
        case "CreateVpcEndpointService": try createEndpointService(input)
        case "GetVpcEndpointServiceAttribute": value(of: try ownService(try input.required("ServiceId")))
        case "ListVpcEndpointServices": try listEndpointServices(input)
        case "UpdateVpcEndpointServiceAttribute": try updateEndpointService(input)
        case "DeleteVpcEndpointService": try deleteEndpointService(input)
        case "AttachResourceToVpcEndpointService": try attachResource(input)
        case "DetachResourceFromVpcEndpointService": try detachResource(input)
        case "ListVpcEndpointServiceResources": try listServiceResources(input)
        case "AddUserToVpcEndpointService": try addUser(input)
        case "RemoveUserFromVpcEndpointService": try removeUser(input)
        case "ListVpcEndpointServiceUsers": try listServiceUsers(input)
        case "ListVpcEndpointConnections": try listEndpointConnections(input)
        case "EnableVpcEndpointConnection": try enableConnection(input)
        case "DisableVpcEndpointConnection": try disableConnection(input)
        case "EnableVpcEndpointZoneConnection": try setZoneConnection(input, enabled: true)
        case "DisableVpcEndpointZoneConnection": try setZoneConnection(input, enabled: false)
        case "CreateVpcEndpoint": try createEndpoint(input)
        case "GetVpcEndpointAttribute": value(of: try ownEndpoint(try input.required("EndpointId")), detailed: true)
        case "ListVpcEndpoints": try listEndpoints(input)
        case "ListVpcEndpointZones": try listEndpointZones(input)
        case "ListVpcEndpointSecurityGroups": try listEndpointSecurityGroups(input)
        case "DeleteVpcEndpoint": try deleteEndpoint(input)
        case "ListVpcEndpointServicesByEndUser": try listServicesByEndUser(input)
        case "DescribeRegions": describeRegions()
        case "DescribeZones": describeZones(localNames: true)
        default: nil
        }
    }

    mutating func createEndpointService(_ input: AlibabaInput) throws -> AlibabaJSON {
        if let token = input["ClientToken"],
            let made = cloud.endpointServices.all.first(where: { $0.isAlibaba && owns(account: $0.account, region: $0.region) && $0.clientToken == token })
        {
            return value(of: made).keeping(Self.createdServiceFields)
        }
        let resourceType = (input["ServiceResourceType"] ?? "nlb").lowercased()
        guard resourceType == "nlb" else {
            throw AlibabaServiceError(
                "Mismatch.ResourceType", "The embedded cloud's endpoint services front network load balancers: pass ServiceResourceType nlb, not '\(resourceType)'.")
        }
        if let payer = input["Payer"], payer != "Endpoint" {
            throw AlibabaServiceError("EndpointServicePayerForbidden", "The embedded cloud bills nobody: leave Payer out or set it to Endpoint.")
        }
        var resources: [EndpointService.Resource] = []
        for resource in input.objects("Resource") {
            resources.append(try serviceResource(resource, existing: resources))
        }
        let autoAccept = try input.bool("AutoAcceptEnabled") ?? false
        let zoneAffinity = try input.bool("ZoneAffinityEnabled") ?? false
        try checkDryRun(input)
        let id = Self.id("epsrv")
        var service = EndpointService(
            id: id, account: caller.account, region: region.id, acceptanceRequired: !autoAccept, loadBalancerARNs: [], state: "Pending",
            next: Transition(state: "Available", at: caller.readyAt), clientToken: input["ClientToken"], createdAt: caller.now,
            description: input["ServiceDescription"])
        service.resources = resources
        service.zoneAffinity = zoneAffinity
        if caller.delay == 0 { (service.state, service.next) = ("Available", nil) }
        cloud.endpointServices[id] = service
        return value(of: service).keeping(Self.createdServiceFields)
    }

    static let createdServiceFields = [
        "ServiceId", "ServiceName", "ServiceDomain", "ServiceStatus", "ServiceBusinessStatus", "ServiceDescription", "CreateTime",
        "AutoAcceptEnabled", "ZoneAffinityEnabled", "ServiceSupportIPv6", "AddressIpVersion", "ResourceGroupId",
    ]

    func ownService(_ id: String) throws -> EndpointService {
        guard let service = cloud.endpointServices[id], service.isAlibaba, owns(account: service.account, region: service.region) else {
            throw AlibabaServiceError("EndpointServiceNotFound", "The specified endpoint service '\(id)' does not exist in \(region.id).")
        }
        return service
    }

    func listEndpointServices(_ input: AlibabaInput) throws -> AlibabaJSON {
        let autoAccept = try input.bool("AutoAcceptEnabled")
        let matching = cloud.endpointServices.all.filter { service in
            service.isAlibaba && owns(account: service.account, region: service.region)
                && (input["ServiceId"] == nil || service.id == input["ServiceId"]) && (input["ServiceName"] == nil || service.name == input["ServiceName"])
                && (input["ServiceStatus"] == nil || Self.status(of: service) == input["ServiceStatus"])
                && (autoAccept == nil || service.acceptanceRequired != autoAccept)
                && (input["ResourceId"] == nil || service.loadBalancerARNs.contains(input["ResourceId"]!))
        }
        let page = try input.page(matching)
        // Unlike GetVpcEndpointServiceAttribute, the list carries no Zones.
        return ["Services": .array(page.items.map { value(of: $0).dropping("Zones") }), "MaxResults": .int(page.maxResults),
                "NextToken": .optional(page.nextToken), "TotalCount": .int(matching.count)]
    }

    mutating func updateEndpointService(_ input: AlibabaInput) throws -> AlibabaJSON {
        var service = try ownService(try input.required("ServiceId"))
        let autoAccept = try input.bool("AutoAcceptEnabled")
        let zoneAffinity = try input.bool("ZoneAffinityEnabled")
        if let bandwidth = try input.int("ConnectBandwidth"), !(100...10240).contains(bandwidth) {
            throw AlibabaServiceError.invalidParameter("ConnectBandwidth", String(bandwidth), expected: "from 100 to 10240 (Mbit/s)")
        }
        try checkDryRun(input)
        if let autoAccept { service.acceptanceRequired = !autoAccept }
        if let zoneAffinity { service.zoneAffinity = zoneAffinity }
        if let description = input["ServiceDescription"] { service.description = description }
        cloud.endpointServices[service.id] = service
        return [:]
    }

    /// A service goes once nothing depends on it: no endpoint connected, no resource attached.
    mutating func deleteEndpointService(_ input: AlibabaInput) throws -> AlibabaJSON {
        let service = try ownService(try input.required("ServiceId"))
        if let endpoint = cloud.endpoints.all.first(where: { $0.serviceID == service.id && $0.isLive && $0.state != EndpointState.pendingAcceptance }) {
            throw AlibabaServiceError(
                "EndpointServiceConnectionDependence",
                "Cannot delete EndpointService with Endpoint connected: \(endpoint.id) is \(Self.status(of: endpoint).connection) to \(service.id); disconnect it (DisableVpcEndpointConnection) and let it settle first.")
        }
        if let resource = service.resources?.first {
            throw AlibabaServiceError(
                "EndpointServiceDependenceViolation",
                "The endpoint service \(service.id) already contains a resource (\(resource.id) in \(resource.zoneID)): detach its resources (DetachResourceFromVpcEndpointService) first.")
        }
        try checkDryRun(input)
        cloud.endpointServices[service.id] = nil
        return [:]
    }

    mutating func attachResource(_ input: AlibabaInput) throws -> AlibabaJSON {
        var service = try ownService(try input.required("ServiceId"))
        let resource = try serviceResource(input, existing: service.resources ?? [])
        try checkDryRun(input)
        service.resources = (service.resources ?? []) + [resource]
        cloud.endpointServices[service.id] = service
        return [:]
    }

    mutating func detachResource(_ input: AlibabaInput) throws -> AlibabaJSON {
        var service = try ownService(try input.required("ServiceId"))
        let id = try input.required("ResourceId")
        let zone = input["ZoneId"]
        let remaining = (service.resources ?? []).filter { !($0.id == id && (zone == nil || $0.zoneID == zone)) }
        guard remaining.count < (service.resources ?? []).count else {
            throw AlibabaServiceError("EndpointServiceResourceNotFound", "The resource \(id)\(zone.map { " in \($0)" } ?? "") is not attached to \(service.id).")
        }
        try checkDryRun(input)
        service.resources = remaining
        cloud.endpointServices[service.id] = service
        return [:]
    }

    func listServiceResources(_ input: AlibabaInput) throws -> AlibabaJSON {
        let service = try ownService(try input.required("ServiceId"))
        let page = try input.page(service.resources ?? [], limits: 1...50)
        return [
            "Resources": .array(page.items.map { resource in
                let balancer = cloud.loadBalancers[resource.id]
                let subnet = balancer?.subnetIDs.compactMap { cloud.subnets[$0] }.first { $0.zoneID == resource.zoneID }
                let related = cloud.endpoints.all.filter { $0.serviceID == service.id && $0.isLive }.count
                return [
                    "ResourceId": .string(resource.id), "ResourceType": .string(resource.type), "ZoneId": .string(resource.zoneID),
                    "RegionId": .string(service.region), "VpcId": .optional(balancer?.vpcID), "VSwitchId": .optional(subnet?.id),
                    "RelatedEndpointCount": .int(related), "RelatedDeprecatedEndpointCount": 0, "AutoAllocatedEnabled": false,
                    "ResourceSupportIPv6": false,
                ]
            }),
            "MaxResults": .int(page.maxResults), "NextToken": .optional(page.nextToken),
        ]
    }

    mutating func addUser(_ input: AlibabaInput) throws -> AlibabaJSON {
        var service = try ownService(try input.required("ServiceId"))
        let principal = try allowListEntry(input)
        try checkDryRun(input)
        if !service.allowedPrincipals.contains(where: { $0.principal == principal }) {
            service.allowedPrincipals.append(EndpointService.AllowedPrincipal(principal: principal, permissionID: Self.id("perm")))
            cloud.endpointServices[service.id] = service
        }
        return [:]
    }

    mutating func removeUser(_ input: AlibabaInput) throws -> AlibabaJSON {
        var service = try ownService(try input.required("ServiceId"))
        let principal = try allowListEntry(input)
        try checkDryRun(input)
        service.allowedPrincipals.removeAll { $0.principal == principal }
        cloud.endpointServices[service.id] = service
        return [:]
    }

    func listServiceUsers(_ input: AlibabaInput) throws -> AlibabaJSON {
        let service = try ownService(try input.required("ServiceId"))
        let arns = input["UserListType"] == "UserARNs"
        let entries = service.allowedPrincipals.map(\.principal).filter { arns ? !AlibabaAccount.isUID($0) : AlibabaAccount.isUID($0) }
            .filter { input["UserId"] == nil || $0 == input["UserId"] }
        let page = try input.page(entries, limits: 1...50)
        return [
            "Users": arns ? [] : .array(page.items.map { ["UserId": Self.uid($0)] }),
            "UserARNs": arns ? .array(page.items.map { ["UserARN": .string($0)] }) : [],
            "MaxResults": .int(page.maxResults), "NextToken": .optional(page.nextToken), "TotalCount": .string(String(entries.count)),
        ]
    }

    func describeRegions() -> AlibabaJSON {
        ["Regions": ["Region": .array(AlibabaRegion.all.map { region in
            ["RegionId": .string(region.id), "LocalName": .string(region.localName), "RegionEndpoint": .string(AlibabaProduct.privateLink.endpoint(region: region.id)),
             "ServiceResourceTypes": ["ServiceResourceType": ["nlb"]]]
        })]]
    }

    /// One `Resource.N` (or the attach call's own parameters): an NLB of the caller's, in a
    /// zone it spans.
    private func serviceResource(_ input: AlibabaInput, existing: [EndpointService.Resource]) throws -> EndpointService.Resource {
        let id = try input.required("ResourceId")
        let type = (input["ResourceType"] ?? "nlb").lowercased()
        guard type == "nlb" else {
            throw AlibabaServiceError("EndpointServiceResourceTypeNotSupport", "The embedded cloud's endpoint services front NLBs: pass ResourceType nlb, not '\(type)'.")
        }
        guard let balancer = cloud.loadBalancers[id], id.hasPrefix("nlb-"), owns(account: balancer.account, region: balancer.region) else {
            throw AlibabaServiceError("LoadBalancerNotFound", "The load balancer '\(id)' does not exist in \(region.id).")
        }
        let zones = balancer.subnetIDs.compactMap { cloud.subnets[$0]?.zoneID }
        let zone = try input.required("ZoneId")
        guard zones.contains(zone) else {
            throw AlibabaServiceError(
                "EndpointServiceNotSupportedZone", "The load balancer \(id) is not in \(zone); it is in \(zones.joined(separator: ", ")).")
        }
        guard !existing.contains(where: { $0.id == id && $0.zoneID == zone }) else {
            throw AlibabaServiceError("EndpointServiceResourceExist", "The resource \(id) in \(zone) is attached to the service already.")
        }
        return EndpointService.Resource(id: id, type: type, zoneID: zone)
    }

    /// An allow-list entry: a `UserId` (an account's UID) or a `UserARN` (`acs:ram:*:<uid>:*`).
    private func allowListEntry(_ input: AlibabaInput) throws -> String {
        if let user = input["UserId"] {
            guard AlibabaAccount.isUID(user) else {
                throw AlibabaServiceError.invalidParameter("UserId", user, expected: "an Alibaba Cloud account's UID (16 digits)")
            }
            return user
        }
        if input["UserARN"] == "*" { return "*" }
        guard let arn = input["UserARN"] else {
            throw AlibabaServiceError("MissingParam.UserArn", "Name the account to allow: UserId (its UID) or UserARN (acs:ram:*:<uid>:*).")
        }
        guard EndpointService.account(ofPrincipal: arn) != nil else {
            throw AlibabaServiceError.invalidParameter("UserARN", arn, expected: "acs:ram:*:<uid>:*")
        }
        return arn
    }

    static func status(of service: EndpointService) -> String {
        switch service.state {
        case "Available": "Active"
        case "Pending": "Creating"
        default: service.state
        }
    }

    /// The zones endpoints may use: those the service's resources are attached in.
    func zones(of service: EndpointService) -> [String] {
        var zones: [String] = []
        for resource in service.resources ?? [] where !zones.contains(resource.zoneID) { zones.append(resource.zoneID) }
        return zones.sorted()
    }

    func value(of service: EndpointService) -> AlibabaJSON {
        [
            "ServiceId": .string(service.id), "ServiceName": .string(service.name), "ServiceDomain": .string(service.baseEndpointDNSName),
            "ServiceDescription": .optional(service.description), "ServiceStatus": .string(Self.status(of: service)),
            "ServiceBusinessStatus": "Normal", "ServiceType": "Interface", "ServiceResourceType": "nlb", "Payer": "Endpoint",
            "RegionId": .string(service.region), "CreateTime": Self.time(service.createdAt), "AutoAcceptEnabled": .bool(!service.acceptanceRequired),
            "ZoneAffinityEnabled": .bool(service.zoneAffinity ?? false), "ServiceSupportIPv6": false, "AddressIpVersion": "IPv4",
            "ConnectBandwidth": 3072, "MaxBandwidth": 10240, "MinBandwidth": 100, "ResourceGroupId": .string(Self.resourceGroup),
            "Zones": .strings(zones(of: service)), "SupportedRegionSet": [],
        ]
    }
}

extension AlibabaJSON {
    /// The object without `key`.
    func dropping(_ key: String) -> AlibabaJSON {
        guard case .object(var members) = self else { return self }
        members[key] = nil
        return .object(members)
    }

    /// The object with only `keys`.
    func keeping(_ keys: [String]) -> AlibabaJSON {
        guard case .object(let members) = self else { return self }
        return .object(members.filter { keys.contains($0.key) })
    }
}
