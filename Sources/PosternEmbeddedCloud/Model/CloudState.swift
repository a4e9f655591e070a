import Foundation

/// Everything the embedded cloud holds, across accounts and regions. A value: a request works
/// on a copy and the copy replaces the original only once its changes are saved.
struct CloudState: Sendable {
    var vpcs = Table<Vpc>()
    var subnets = Table<Subnet>()
    var securityGroups = Table<SecurityGroup>()
    var networkInterfaces = Table<NetworkInterface>()
    var targetGroups = Table<TargetGroup>()
    var loadBalancers = Table<LoadBalancer>()
    var listeners = Table<Listener>()
    var endpointServices = Table<EndpointService>()
    var endpoints = Table<VpcEndpoint>()
    var hostedZones = Table<HostedZone>()
    var changes = Table<RecordChange>()
    var roleSessions = Table<RoleSession>()

    /// Moves every resource whose provisioning delay has passed into its next state.
    mutating func advance(to now: Date) {
        for balancer in loadBalancers.all {
            if let next = balancer.next, next.at <= now {
                var updated = balancer
                updated.state = next.state
                updated.next = nil
                loadBalancers[balancer.id] = updated
            }
        }
        for service in endpointServices.all {
            var updated = service
            if let next = service.next, next.at <= now {
                updated.state = next.state
                updated.next = nil
            }
            if var verification = service.privateDNSVerification, verification.state == "pendingVerification",
                let at = verification.verifiedAt, at <= now
            {
                verification.state = "verified"
                updated.privateDNSVerification = verification
            }
            if updated.state != service.state || updated.privateDNSVerification != service.privateDNSVerification {
                endpointServices[service.id] = updated
            }
        }
        for endpoint in endpoints.all {
            if let forgetAt = endpoint.forgetAt, forgetAt <= now {
                endpoints[endpoint.id] = nil
                continue
            }
            guard let next = endpoint.next, next.at <= now else { continue }
            var updated = endpoint
            updated.state = next.state
            updated.next = nil
            if next.state == EndpointState.deleted {
                // Alibaba Cloud forgets a deleted endpoint at once; AWS lists it a while longer.
                if endpoint.isAlibaba {
                    endpoints[endpoint.id] = nil
                    continue
                }
                updated.forgetAt = now.addingTimeInterval(CloudState.deletedEndpointRetention)
            }
            endpoints[endpoint.id] = updated
        }
    }

    /// A free address of the subnet (the first four and the last are the network's own), now
    /// taken; nil when none is left.
    mutating func allocateAddress(in subnetID: String, preferring wanted: String? = nil) -> String? {
        guard var subnet = subnets[subnetID], let block = CIDR(subnet.cidrBlock) else { return nil }
        let usable = 4..<Int(block.size) - 1
        let offset: Int?
        if let wanted {
            offset = CIDR.address(wanted).map { Int($0 &- block.network) }.flatMap { usable.contains($0) && !subnet.usedOffsets.contains($0) ? $0 : nil }
        } else {
            offset = usable.first { !subnet.usedOffsets.contains($0) }
        }
        guard let offset else { return nil }
        subnet.usedOffsets.append(offset)
        subnets[subnetID] = subnet
        return block.host(offset)
    }

    mutating func releaseAddress(_ address: String, in subnetID: String) {
        guard var subnet = subnets[subnetID], let block = CIDR(subnet.cidrBlock), let ip = CIDR.address(address) else { return }
        subnet.usedOffsets.removeAll { $0 == Int(ip &- block.network) }
        subnets[subnetID] = subnet
    }

    /// When `advance` next has something to do, if ever.
    var nextTransition: Date? {
        let times: [Date?] = loadBalancers.all.map { $0.next?.at } + endpointServices.all.map { $0.next?.at }
            + endpointServices.all.map { $0.privateDNSVerification?.state == "pendingVerification" ? $0.privateDNSVerification?.verifiedAt : nil }
            + endpoints.all.map { $0.next?.at } + endpoints.all.map(\.forgetAt)
        return times.compactMap { $0 }.min()
    }

    /// How long a deleted endpoint stays listed as `deleted`, as AWS lists it for a while.
    static let deletedEndpointRetention: TimeInterval = 600
}
