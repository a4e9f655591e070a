import Foundation
import PosternDataPlane

extension CloudState {
    /// The lowest loopback slot in `slots` no VPC holds.
    func freeLoopbackSlot(in slots: ClosedRange<Int>) -> Int? {
        let taken = Set(vpcs.all.compactMap(\.loopbackSlot))
        return slots.clamped(to: LoopbackMap.slots).first { !taken.contains($0) }
    }

    /// Gives a slot in `slots` to every VPC without one there: VPCs made before VPCs had
    /// slots, and VPCs of a server that ran with another range (two servers on one machine
    /// must never share addresses). A VPC that finds no free slot has none until one frees.
    mutating func assignLoopbackSlots(from slots: ClosedRange<Int>) {
        for vpc in vpcs.all where !(vpc.loopbackSlot.map(slots.contains) ?? false) {
            vpcs[vpc.id]?.loopbackSlot = nil
        }
        for vpc in vpcs.all where vpc.loopbackSlot == nil {
            guard let slot = freeLoopbackSlot(in: slots) else { return }
            vpcs[vpc.id]?.loopbackSlot = slot
        }
    }

    /// The loopback address standing for `address` in `vpc`, if the VPC holds it.
    func loopback(of address: String, in vpc: Vpc) -> IPv4Address? {
        guard let slot = vpc.loopbackSlot, let block = CIDR(vpc.cidrBlock), let ip = IPv4Address(address),
            block.contains(address: ip.value)
        else { return nil }
        return LoopbackMap.loopback(of: ip, network: IPv4Address(block.network), slot: slot)
    }

    /// The names the cloud gives an interface endpoint: one for the region and one per zone
    /// (with the interface that answers it), resolvable from anywhere. AWS's end in
    /// `vpce.amazonaws.com`; Alibaba Cloud's are its `EndpointDomain` and `ZoneDomain`s.
    func endpointNames(_ endpoint: VpcEndpoint) -> (regional: String, zonal: [(name: String, interface: NetworkInterface)]) {
        let interfaces = endpoint.networkInterfaceIDs.compactMap { networkInterfaces[$0] }
        if endpoint.isAlibaba {
            let zonal = interfaces.map { interface in
                (name: "\(endpoint.id)-\(endpoint.region).\(endpoint.serviceID).\(interface.zoneName).\(Self.alibabaEndpointZone)", interface: interface)
            }
            return ("\(endpoint.id).\(endpoint.serviceID).\(endpoint.serviceRegion).\(Self.alibabaEndpointZone)", zonal)
        }
        let base = "\(endpoint.serviceID).\(endpoint.region).vpce.amazonaws.com"
        let zonal = interfaces.map { interface in
            (name: "\(endpoint.id)-\(endpoint.dnsSuffix)-\(interface.zoneName).\(base)", interface: interface)
        }
        return ("\(endpoint.id)-\(endpoint.dnsSuffix).\(base)", zonal)
    }

    static let alibabaEndpointZone = "privatelink.aliyuncs.com"

    /// What the data plane carries now: listeners for available endpoints, and the names
    /// every VPC view resolves.
    func networkPlan() -> NetworkPlan {
        var plan = NetworkPlan()
        var endpointZone = DNSZone(origin: "vpce.amazonaws.com")
        var alibabaZone = DNSZone(origin: Self.alibabaEndpointZone)
        var views: [Int: [DNSZone]] = [:]
        var forwardings: [String: [(Int, [SocketAddressV4])]] = [:]
        for endpoint in endpoints.all where endpoint.publishesNames {
            guard let vpc = vpcs[endpoint.vpcID], let slot = vpc.loopbackSlot else { continue }
            let names = endpointNames(endpoint)
            let addressed = names.zonal.compactMap { entry in
                loopback(of: entry.interface.privateIPAddress, in: vpc).map { (entry.name, entry.interface, $0) }
            }
            guard !addressed.isEmpty else { continue }
            func publish(_ zone: inout DNSZone) {
                zone.records[names.regional] = .addresses(addressed.map(\.2))
                for (name, _, address) in addressed { zone.records[name] = .addresses([address]) }
            }
            if endpoint.isAlibaba { publish(&alibabaZone) } else { publish(&endpointZone) }
            let service = endpointServices[endpoint.serviceID]
            if endpoint.privateDNSEnabled, vpc.enableDnsSupport, vpc.enableDnsHostnames, let privateName = service?.privateDNSName {
                var zone = DNSZone(origin: privateName)
                zone.records[zone.origin] = .addresses(addressed.map(\.2))
                views[slot, default: []].append(zone)
            }
            guard endpoint.state == EndpointState.available, let service else { continue }
            plan.endpoints.append(ProvisionedEndpoint(endpointID: endpoint.id, serviceID: service.id, zones: addressed.count))
            let forwarding = forwardings[service.id] ?? forwarding(of: service)
            forwardings[service.id] = forwarding
            for (port, targets) in forwarding {
                for (_, interface, address) in addressed where interface.zoneDisabled != true {
                    plan.listeners.append(EndpointListener(
                        address: SocketAddressV4(address, port: port), endpointID: endpoint.id, targets: targets,
                        admission: admission(of: interface, port: port, in: vpc)))
                }
            }
        }
        for zone in hostedZones.all where zone.privateZone {
            for association in zone.vpcs {
                guard let vpc = vpcs[association.vpcID], let slot = vpc.loopbackSlot, vpc.enableDnsSupport, vpc.enableDnsHostnames else { continue }
                views[slot, default: []].append(dnsZone(of: zone, in: vpc))
            }
        }
        plan.dns = DNSPlan(publicZones: [endpointZone, alibabaZone], views: views)
        plan.listeners.sort { ($0.address.address, $0.address.port) < ($1.address.address, $1.address.port) }
        return plan
    }

    /// Per listener port of the service's active load balancers, where its target group's
    /// targets are on this machine: loopback targets as they are, VPC addresses mapped.
    private func forwarding(of service: EndpointService) -> [(Int, [SocketAddressV4])] {
        var result: [(Int, [SocketAddressV4])] = []
        for arn in service.loadBalancerARNs {
            guard let balancer = loadBalancers[arn], balancer.state == "active" else { continue }
            for listener in listeners.all where listener.loadBalancerARN == arn {
                guard let group = targetGroups[listener.targetGroupARN] else { continue }
                let vpc = vpcs[group.vpcID]
                let targets = group.targets.compactMap { target -> SocketAddressV4? in
                    guard let ip = IPv4Address(target.id) else { return nil }
                    if ip.isLoopback { return SocketAddressV4(ip, port: target.port) }
                    return vpc.flatMap { loopback(of: target.id, in: $0) }.map { SocketAddressV4($0, port: target.port) }
                }
                result.append((listener.port, targets))
            }
        }
        return result
    }

    /// Who an interface's security groups admit on `port`. A CIDR rule admits the part of the
    /// VPC it covers, and callers of no VPC (127.0.0.1) when it covers the whole VPC; a rule
    /// naming the VPC's default group admits the whole VPC, callers of no VPC included, as
    /// they stand for instances in that group.
    private func admission(of interface: NetworkInterface, port: Int, in vpc: Vpc) -> Admission {
        var admission = Admission(unmappedCallers: false, ranges: [])
        guard let block = CIDR(vpc.cidrBlock), let slot = vpc.loopbackSlot else { return admission }
        let network = IPv4Address(block.network)
        func mapped(_ first: UInt32, _ last: UInt32) -> ClosedRange<UInt32> {
            LoopbackMap.loopback(of: IPv4Address(first), network: network, slot: slot).value
                ... LoopbackMap.loopback(of: IPv4Address(last), network: network, slot: slot).value
        }
        for groupID in interface.securityGroupIDs {
            guard let group = securityGroups[groupID] else { continue }
            for rule in group.ingress where rule.admitsTCP(port: port) {
                for text in rule.cidrs {
                    guard let cidr = CIDR(text), cidr.overlaps(block) else { continue }
                    if cidr.contains(block) { admission.unmappedCallers = true }
                    admission.ranges.append(mapped(max(cidr.network, block.network), min(cidr.last, block.last)))
                }
                if rule.sourceGroupIDs.contains(vpc.defaultSecurityGroupID) {
                    admission.unmappedCallers = true
                    admission.ranges.append(mapped(block.network, block.last))
                }
            }
        }
        return admission
    }

    /// A private hosted zone as the view of one associated VPC sees it: A records (VPC
    /// addresses mapped onto loopback), CNAMEs and aliases.
    private func dnsZone(of zone: HostedZone, in vpc: Vpc) -> DNSZone {
        var result = DNSZone(origin: zone.name)
        for record in zone.records {
            let name = DNSName.normalize(record.name)
            if let alias = record.aliasTarget {
                result.records[name] = .alias(DNSName.normalize(alias.dnsName))
            } else if record.type == "CNAME", let target = record.values.first {
                result.records[name] = .alias(DNSName.normalize(target))
            } else if record.type == "A" {
                let addresses = record.values.compactMap { value in
                    loopback(of: value, in: vpc) ?? IPv4Address(value)
                }
                result.records[name] = .addresses(addresses)
            }
        }
        return result
    }
}
