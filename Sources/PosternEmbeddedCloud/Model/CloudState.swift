import Foundation

/// Everything the embedded cloud holds, across accounts and regions. A request changes it in
/// place; its changes are saved together, or rolled back if the request fails.
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

    /// Puts every table's loaded resources in the order they were made.
    mutating func sortLoaded() {
        vpcs.sortLoaded(); subnets.sortLoaded(); securityGroups.sortLoaded(); networkInterfaces.sortLoaded()
        targetGroups.sortLoaded(); loadBalancers.sortLoaded(); listeners.sortLoaded(); endpointServices.sortLoaded()
        endpoints.sortLoaded(); hostedZones.sortLoaded(); changes.sortLoaded(); roleSessions.sortLoaded()
    }

    /// Forgets every table's changes, once saved.
    mutating func commit() {
        vpcs.commit(); subnets.commit(); securityGroups.commit(); networkInterfaces.commit()
        targetGroups.commit(); loadBalancers.commit(); listeners.commit(); endpointServices.commit()
        endpoints.commit(); hostedZones.commit(); changes.commit(); roleSessions.commit()
    }

    /// Undoes every change since the last save.
    mutating func rollBack() {
        vpcs.rollBack(); subnets.rollBack(); securityGroups.rollBack(); networkInterfaces.rollBack()
        targetGroups.rollBack(); loadBalancers.rollBack(); listeners.rollBack(); endpointServices.rollBack()
        endpoints.rollBack(); hostedZones.rollBack(); changes.rollBack(); roleSessions.rollBack()
    }

    /// Moves every resource whose provisioning delay has passed into its next state.
    mutating func advance(to now: Date) {
        for balancer in loadBalancers.timed.compactMap({ loadBalancers[$0] }) {
            if let next = balancer.next, next.at <= now {
                var updated = balancer
                updated.state = next.state
                updated.next = nil
                loadBalancers[balancer.id] = updated
            }
        }
        for service in endpointServices.timed.compactMap({ endpointServices[$0] }) {
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
        for endpoint in endpoints.timed.compactMap({ endpoints[$0] }) {
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
            let start = min(max(subnet.nextOffset ?? usable.lowerBound, usable.lowerBound), usable.upperBound)
            offset = (start..<usable.upperBound).first { !subnet.usedOffsets.contains($0) }
                ?? (usable.lowerBound..<start).first { !subnet.usedOffsets.contains($0) }
            subnet.nextOffset = offset.map { $0 + 1 }
        }
        guard let offset else { return nil }
        subnet.usedOffsets.insert(offset)
        subnets[subnetID] = subnet
        return block.host(offset)
    }

    /// Marks every network interface's address as taken in its subnet (after a load).
    mutating func countAddresses() {
        for interface in networkInterfaces.all {
            guard var subnet = subnets[interface.subnetID], let block = CIDR(subnet.cidrBlock),
                let ip = CIDR.address(interface.privateIPAddress)
            else { continue }
            subnet.usedOffsets.insert(Int(ip &- block.network))
            subnets[subnet.id] = subnet
        }
    }

    mutating func releaseAddress(_ address: String, in subnetID: String) {
        guard var subnet = subnets[subnetID], let block = CIDR(subnet.cidrBlock), let ip = CIDR.address(address) else { return }
        subnet.usedOffsets.remove(Int(ip &- block.network))
        subnets[subnetID] = subnet
    }

    /// When `advance` next has something to do, if ever.
    var nextTransition: Date? {
        let times = loadBalancers.timed.compactMap { loadBalancers[$0]?.transitionAt }
            + endpointServices.timed.compactMap { endpointServices[$0]?.transitionAt } + endpoints.timed.compactMap { endpoints[$0]?.transitionAt }
        return times.min()
    }

    /// How long a deleted endpoint stays listed as `deleted`, as AWS lists it for a while.
    static let deletedEndpointRetention: TimeInterval = 600
}
