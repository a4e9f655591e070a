import Foundation
import PosternAWS

extension EC2 {
    mutating func createEndpointService(_ input: AWSValue) throws -> AWSValue {
        if !input.strings("GatewayLoadBalancerArns").isEmpty {
            throw AWSServiceError("InvalidParameter", "The embedded cloud serves endpoint services in front of network load balancers only; pass --network-load-balancer-arns.")
        }
        let arns = input.strings("NetworkLoadBalancerArns")
        guard !arns.isEmpty else {
            throw AWSServiceError("InvalidParameter", "exactly one of --network-load-balancer-arns or --gateway-load-balancer-arns must be specified")
        }
        if let token = input["ClientToken"]?.string,
            let existing = cloud.endpointServices.all.first(where: { $0.account == caller.account && $0.clientToken == token })
        {
            return ["ServiceConfiguration": configuration(of: existing), "ClientToken": .string(token)]
        }
        try checkLoadBalancers(arns, forService: nil)
        let privateDNSName = try input["PrivateDnsName"]?.string.map(validatedDNSName)
        let regions = try supportedRegions(input.strings("SupportedRegions"))
        let tags = try [Tag](specifications: input, resourceType: "vpc-endpoint-service")
        try checkDryRun(input)
        var service = EndpointService(
            id: CloudID.make("vpce-svc"), account: caller.account, region: caller.region.name,
            acceptanceRequired: input.bool("AcceptanceRequired") ?? true, loadBalancerARNs: arns,
            supportedRegions: regions, state: "Pending", next: Transition(state: "Available", at: caller.readyAt),
            tags: tags, createdAt: caller.now)
        service.clientToken = input["ClientToken"]?.string
        service.privateDNSVerification = privateDNSName.map { _ in newVerification() }
        service.privateDNSName = privateDNSName
        if caller.delay == 0 { service.state = "Available"; service.next = nil }
        cloud.endpointServices[service.id] = service
        return .object(["ServiceConfiguration": configuration(of: service), "ClientToken": input["ClientToken"]])
    }

    func describeEndpointServiceConfigurations(_ input: AWSValue) throws -> AWSValue {
        let ids = input.strings("ServiceIds")
        for id in ids { _ = try ownService(id) }
        let filters = try Filters(input, supported: ["service-name", "service-id", "service-state", "supported-ip-address-types"])
        let matching = cloud.endpointServices.all.filter { service in
            owns(account: service.account, region: service.region) && (ids.isEmpty || ids.contains(service.id))
                && filters.match(tags: service.tags) { name in
                    switch name {
                    case "service-name": [service.name]
                    case "service-id": [service.id]
                    case "service-state": [service.state]
                    default: ["ipv4"]
                    }
                }
        }
        let page = try Page(matching, input: input)
        return .object([
            "ServiceConfigurations": .list(page.items.map(configuration(of:))), "NextToken": page.nextToken.map(AWSValue.string),
        ])
    }

    mutating func modifyEndpointService(_ input: AWSValue) throws -> AWSValue {
        var service = try ownService(try input.required("ServiceId"))
        if let acceptance = input.bool("AcceptanceRequired") { service.acceptanceRequired = acceptance }
        let removing = input.strings("RemoveNetworkLoadBalancerArns")
        let adding = input.strings("AddNetworkLoadBalancerArns")
        try checkLoadBalancers(adding, forService: service.id)
        for arn in removing where !service.loadBalancerARNs.contains(arn) {
            throw AWSServiceError("InvalidParameter", "The load balancer \(arn) is not associated with \(service.id).")
        }
        let balancers = service.loadBalancerARNs.filter { !removing.contains($0) } + adding.filter { !service.loadBalancerARNs.contains($0) }
        guard !balancers.isEmpty else {
            throw AWSServiceError("InvalidParameter", "An endpoint service needs at least one network load balancer; add one before removing the last.")
        }
        service.loadBalancerARNs = balancers
        if input.bool("RemovePrivateDnsName") == true {
            service.privateDNSName = nil
            service.privateDNSVerification = nil
        }
        if let name = input["PrivateDnsName"]?.string {
            let validated = try validatedDNSName(name)
            if validated != service.privateDNSName {
                service.privateDNSName = validated
                service.privateDNSVerification = newVerification()
            }
        }
        let removedRegions = input.strings("RemoveSupportedRegions")
        let addedRegions = try supportedRegions(input.strings("AddSupportedRegions"))
        service.supportedRegions = service.supportedRegions.filter { !removedRegions.contains($0) }
            + addedRegions.filter { !service.supportedRegions.contains($0) }
        try checkDryRun(input)
        cloud.endpointServices[service.id] = service
        return ["Return": true]
    }

    mutating func deleteEndpointServices(_ input: AWSValue) throws -> AWSValue {
        var unsuccessful: [AWSValue] = []
        for id in input.strings("ServiceIds") {
            guard let service = cloud.endpointServices[id], owns(account: service.account, region: service.region) else {
                unsuccessful.append(failure(id, "InvalidVpcEndpointService.NotFound", "The VpcEndpointService Id '\(id)' does not exist"))
                continue
            }
            let live = cloud.endpoints.all.filter { $0.serviceID == id && $0.isLive }
            if !live.isEmpty {
                let ids = live.map(\.id).joined(separator: " ")
                unsuccessful.append(failure(
                    id, "ExistingVpcEndpointConnections",
                    "Service has existing active VPC Endpoint connections! Reject them first: aws ec2 reject-vpc-endpoint-connections --service-id \(id) --vpc-endpoint-ids \(ids)"))
                continue
            }
            cloud.endpointServices[id] = nil
        }
        try checkDryRun(input)
        return ["Unsuccessful": .list(unsuccessful)]
    }

    mutating func startPrivateDNSVerification(_ input: AWSValue) throws -> AWSValue {
        var service = try ownService(try input.required("ServiceId"))
        guard var verification = service.privateDNSVerification else {
            throw AWSServiceError("InvalidParameter", "The service \(service.id) has no private DNS name to verify; set one with --private-dns-name first.")
        }
        try checkDryRun(input)
        // A verification under way goes on; asking again does not start it over.
        if verification.state != "verified" && verification.verifiedAt == nil {
            verification.state = caller.delay == 0 ? "verified" : "pendingVerification"
            verification.verifiedAt = caller.readyAt
        }
        service.privateDNSVerification = verification
        cloud.endpointServices[service.id] = service
        return ["ReturnValue": true]
    }

    mutating func modifyEndpointServicePermissions(_ input: AWSValue) throws -> AWSValue {
        var service = try ownService(try input.required("ServiceId"))
        let adding = input.strings("AddAllowedPrincipals"), removing = input.strings("RemoveAllowedPrincipals")
        for principal in adding + removing where !Self.isPrincipal(principal) {
            throw AWSServiceError(
                "InvalidPrincipal",
                "Invalid principal: '\(principal)'. Use an IAM ARN such as arn:aws:iam::123456789012:root (an account), a role or user ARN, or * for everyone.")
        }
        try checkDryRun(input)
        service.allowedPrincipals.removeAll { removing.contains($0.principal) }
        var added: [AWSValue] = []
        for principal in adding {
            let entry = service.allowedPrincipals.first { $0.principal == principal }
                ?? EndpointService.AllowedPrincipal(principal: principal, permissionID: CloudID.make("vpce-svc-perm"))
            if !service.allowedPrincipals.contains(entry) { service.allowedPrincipals.append(entry) }
            added.append(principalValue(entry, service: service))
        }
        cloud.endpointServices[service.id] = service
        return ["ReturnValue": true, "AddedPrincipals": .list(added)]
    }

    func describeEndpointServicePermissions(_ input: AWSValue) throws -> AWSValue {
        let service = try ownService(try input.required("ServiceId"))
        let filters = try Filters(input, supported: ["principal", "principal-type"])
        let matching = service.allowedPrincipals.filter { entry in
            filters.match { $0 == "principal" ? [entry.principal] : [EndpointService.principalType(entry.principal)] }
        }
        let page = try Page(matching, input: input)
        return .object([
            "AllowedPrincipals": .list(page.items.map { principalValue($0, service: service) }),
            "NextToken": page.nextToken.map(AWSValue.string),
        ])
    }

    /// What a consumer sees: the services it may connect to from its region.
    func describeEndpointServices(_ input: AWSValue) throws -> AWSValue {
        let names = input.strings("ServiceNames")
        let regions = input.strings("ServiceRegions")
        let visible = cloud.endpointServices.all.filter { service in
            !service.isAlibaba && service.allows(caller.account)
                && (service.region == caller.region.name || service.supportedRegions.contains(caller.region.name))
                && (regions.isEmpty || regions.contains(service.region))
        }
        for name in names where !visible.contains(where: { $0.name == name }) {
            throw notFound(serviceName: name)
        }
        let filters = try Filters(input, supported: ["service-name", "service-type", "service-region", "owner"])
        let matching = visible.filter { service in
            (names.isEmpty || names.contains(service.name))
                && filters.match(tags: service.tags) { name in
                    switch name {
                    case "service-name": [service.name]
                    case "service-region": [service.region]
                    case "owner": [service.account]
                    default: ["Interface"]
                    }
                }
        }
        let page = try Page(matching, input: input)
        return .object([
            "ServiceNames": .strings(page.items.map(\.name)), "ServiceDetails": .list(page.items.map(detail(of:))),
            "NextToken": page.nextToken.map(AWSValue.string),
        ])
    }

    func ownService(_ id: String) throws -> EndpointService {
        guard let service = cloud.endpointServices[id], owns(account: service.account, region: service.region) else {
            throw AWSServiceError("InvalidVpcEndpointServiceId.NotFound", "The Vpc Endpoint Service Id '\(id)' does not exist")
        }
        return service
    }

    /// AWS answers alike for a service that does not exist and one the caller may not use.
    func notFound(serviceName name: String) -> AWSServiceError {
        AWSServiceError(
            "InvalidServiceName",
            "The Vpc Endpoint Service '\(name)' does not exist, or account \(caller.account) is not among its allowed principals in \(caller.region.name). Check the name with its owner, who allows you with: aws ec2 modify-vpc-endpoint-service-permissions --service-id \(name.split(separator: ".").last ?? "<service-id>") --add-allowed-principals arn:aws:iam::\(caller.account):root")
    }

    /// The zone ids a service's load balancers are in: the zones consumers may use.
    func zoneIDs(of service: EndpointService) -> [String] {
        var ids: [String] = []
        for arn in service.loadBalancerARNs {
            for subnetID in cloud.loadBalancers[arn]?.subnetIDs ?? [] {
                if let zone = cloud.subnets[subnetID]?.zoneID, !ids.contains(zone) { ids.append(zone) }
            }
        }
        return ids.sorted()
    }

    func zoneNames(of service: EndpointService, for account: String) -> [String] {
        guard let region = Region.named(service.region) else { return [] }
        return zoneIDs(of: service).compactMap { region.zone(id: $0, for: account)?.name }.sorted()
    }

    private func configuration(of service: EndpointService) -> AWSValue {
        .object([
            "ServiceType": [["ServiceType": "Interface"]], "ServiceId": .string(service.id), "ServiceName": .string(service.name),
            "ServiceState": .string(service.state), "AvailabilityZones": .strings(zoneNames(of: service, for: service.account)),
            "AvailabilityZoneIds": .strings(zoneIDs(of: service)), "AcceptanceRequired": .boolean(service.acceptanceRequired),
            "ManagesVpcEndpoints": false, "NetworkLoadBalancerArns": .strings(service.loadBalancerARNs),
            "SupportedIpAddressTypes": ["ipv4"], "BaseEndpointDnsNames": .strings([service.baseEndpointDNSName]),
            "PrivateDnsName": service.privateDNSName.map(AWSValue.string),
            "PrivateDnsNameConfiguration": service.privateDNSVerification.map { verification in
                ["State": .string(verification.state), "Type": "TXT", "Value": .string(verification.recordValue),
                 "Name": .string(verification.recordName)]
            },
            "PayerResponsibility": "ServiceOwner", "RemoteAccessEnabled": false, "Tags": service.tags.value,
            "SupportedRegions": .list(
                (service.supportedRegions.isEmpty ? [] : [service.region] + service.supportedRegions.filter { $0 != service.region })
                    .map { ["Region": .string($0), "ServiceState": .string(service.state)] }),
        ])
    }

    private func detail(of service: EndpointService) -> AWSValue {
        .object([
            "ServiceName": .string(service.name), "ServiceId": .string(service.id), "ServiceType": [["ServiceType": "Interface"]],
            "ServiceRegion": .string(service.region), "Owner": .string(service.account),
            "AvailabilityZones": .strings(zoneNames(of: service, for: caller.account)), "AvailabilityZoneIds": .strings(zoneIDs(of: service)),
            "BaseEndpointDnsNames": .strings([service.baseEndpointDNSName]),
            "PrivateDnsName": service.privateDNSName.map(AWSValue.string),
            "PrivateDnsNames": service.privateDNSName.map { [["PrivateDnsName": .string($0)]] },
            "PrivateDnsNameVerificationState": service.privateDNSVerification.map { .string($0.state) },
            "VpcEndpointPolicySupported": false, "AcceptanceRequired": .boolean(service.acceptanceRequired),
            "ManagesVpcEndpoints": false, "SupportedIpAddressTypes": ["ipv4"],
            "Tags": service.account == caller.account ? service.tags.value : [],
        ])
    }

    private func principalValue(_ entry: EndpointService.AllowedPrincipal, service: EndpointService) -> AWSValue {
        [
            "PrincipalType": .string(EndpointService.principalType(entry.principal)), "Principal": .string(entry.principal),
            "ServicePermissionId": .string(entry.permissionID), "ServiceId": .string(service.id),
        ]
    }

    private func checkLoadBalancers(_ arns: [String], forService serviceID: String?) throws {
        for arn in arns {
            guard let balancer = cloud.loadBalancers[arn], owns(account: balancer.account, region: balancer.region) else {
                throw AWSServiceError("LoadBalancerNotFound", "The load balancer '\(arn)' does not exist in account \(caller.account), \(caller.region.name).")
            }
            guard balancer.type == "network" else {
                throw AWSServiceError("InvalidParameter", "The load balancer \(balancer.name) is of type \(balancer.type); endpoint services need a network load balancer.")
            }
            if let other = cloud.endpointServices.all.first(where: { $0.id != serviceID && $0.loadBalancerARNs.contains(arn) }) {
                throw AWSServiceError("InvalidParameter", "The load balancer \(balancer.name) is already associated with another VPC endpoint service (\(other.id)).")
            }
        }
    }

    private func supportedRegions(_ names: [String]) throws -> [String] {
        for name in names where Region.named(name) == nil {
            throw AWSServiceError.invalidParameterValue(
                "SupportedRegion", name, "The embedded cloud has the regions \(Region.all.map(\.name).joined(separator: ", ")).")
        }
        return names
    }

    private func validatedDNSName(_ name: String) throws -> String {
        let lower = name.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))
        let labels = lower.split(separator: ".", omittingEmptySubsequences: false)
        let valid = labels.count >= 2 && lower.count <= 255 && labels.allSatisfy { label in
            (1...63).contains(label.count) && label.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "*" }
                && !label.hasPrefix("-") && !label.hasSuffix("-")
        }
        guard valid else {
            throw AWSServiceError.invalidParameterValue("PrivateDnsName", name, "It must be a domain name such as db.example.com.")
        }
        return lower
    }

    private func newVerification() -> EndpointService.DNSVerification {
        EndpointService.DNSVerification(
            state: "pendingVerification", recordName: "_" + CloudID.alphanumeric(20, uppercase: false),
            recordValue: "vpce:" + CloudID.alphanumeric(20, uppercase: false), verifiedAt: nil)
    }

    private static func isPrincipal(_ text: String) -> Bool {
        if text == "*" { return true }
        guard let account = EndpointService.account(ofPrincipal: text), Account.isAccountID(account) else { return false }
        let resource = text.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false).last ?? ""
        return resource == "root" || resource.hasPrefix("role/") || resource.hasPrefix("user/")
    }

    func failure(_ id: String, _ code: String, _ message: String) -> AWSValue {
        ["ResourceId": .string(id), "Error": ["Code": .string(code), "Message": .string(message)]]
    }
}
