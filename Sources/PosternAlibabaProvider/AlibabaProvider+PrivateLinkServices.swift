import PosternAlibaba
import PosternControl
import PosternDomain

/// The platform's endpoint services on Alibaba Cloud (a Premium instance's, a node group's):
/// an `Ip` server group over the backend, an NLB across the platform's zones with a TCP
/// listener on the port, and an endpoint service over the NLB in each zone that requires the
/// platform's acceptance and lets any account ask. Each is found by name before it is made.
extension AlibabaProvider {
    static func serviceName(_ reference: String) -> String { "postern-\(reference)" }

    public func ensurePrivateLinkService(_ spec: PrivateLinkServiceSpec) async throws -> PrivateLinkServiceStatus {
        let client = await client
        let region = spec.region
        let network = try await platformNetwork(region: region)
        let name = Self.serviceName(spec.reference)
        let group = try await ensureServerGroup(name: name, spec: spec, vpcID: network.vpcID)
        let balancer = try await ensureLoadBalancer(name: name, network: network)
        let balancerAttribute = try await client.call(
            .nlb, "GetLoadBalancerAttribute", ["RegionId": .string(region), "LoadBalancerId": .string(balancer)], region: region)
        guard balancerAttribute["LoadBalancerStatus"].string == "Active" else {
            return PrivateLinkServiceStatus(serviceID: "", serviceName: "", phase: .pending, zoneIDs: [], privateDNSVerified: false)
        }
        let listeners = try await client.call(.nlb, "ListListeners", ["RegionId": .string(region), "LoadBalancerIds": [.string(balancer)]], region: region)[
            "Listeners"].list
        if !listeners.contains(where: { $0["ListenerPort"].int == spec.port }) {
            _ = try await client.call(
                .nlb, "CreateListener",
                ["RegionId": .string(region), "LoadBalancerId": .string(balancer), "ListenerProtocol": "TCP", "ListenerPort": .integer(spec.port),
                 "ServerGroupId": .string(group), "ListenerDescription": .string(name)],
                region: region)
        }
        var service = try await endpointService(named: name, region: region)
        if service == nil {
            _ = try await client.call(
                .privateLink, "CreateVpcEndpointService",
                ["RegionId": .string(region), "AutoAcceptEnabled": false, "ServiceResourceType": "nlb", "ServiceDescription": .string(name),
                 "ClientToken": .string(name),
                 "Resource": .list(network.subnets.map { ["ResourceId": .string(balancer), "ResourceType": "nlb", "ZoneId": .string($0.zoneID)] })],
                region: region)
            service = try await endpointService(named: name, region: region)
        }
        guard let service, let id = service["ServiceId"].string else {
            return PrivateLinkServiceStatus(serviceID: "", serviceName: "", phase: .pending, zoneIDs: [], privateDNSVerified: false)
        }
        let users = try await client.call(
            .privateLink, "ListVpcEndpointServiceUsers", ["RegionId": .string(region), "ServiceId": .string(id), "UserListType": "UserARNs"], region: region)
        if !users["UserARNs"].list.contains(where: { $0["UserARN"].string == "*" }) {
            _ = try await client.call(
                .privateLink, "AddUserToVpcEndpointService", ["RegionId": .string(region), "ServiceId": .string(id), "UserARN": "*"], region: region)
        }
        // The list carries no zones; the service's own attributes do.
        let attribute = try await client.call(.privateLink, "GetVpcEndpointServiceAttribute", ["RegionId": .string(region), "ServiceId": .string(id)], region: region)
        let phase: ServicePhase =
            switch attribute["ServiceStatus"].string {
            case "Active": .available
            case "Deleting", "Inactive": .failed
            default: .pending
            }
        // Alibaba Cloud's endpoint services carry no private DNS name to verify.
        return PrivateLinkServiceStatus(
            serviceID: id, serviceName: attribute["ServiceName"].string ?? "", phase: phase, zoneIDs: attribute["Zones"].list.compactMap(\.string),
            privateDNSVerified: true, dnsName: attribute["ServiceDomain"].string)
    }

    public func endpointConnections(serviceID: String, region: String) async throws -> [EndpointConnectionStatus] {
        let found = try await client.call(
            .privateLink, "ListVpcEndpointConnections", ["RegionId": .string(region), "ServiceId": .string(serviceID), "MaxResults": 1000], region: region)
        return found["Connections"].list.map { connection in
            let phase: EndpointPhase =
                switch connection["ConnectionStatus"].string {
                case "Connected": .available
                case "Connecting", "Disconnecting": .pending
                case "Disconnected": .pendingAcceptance
                case "Deleting": .deleting
                default: .pending
                }
            return EndpointConnectionStatus(endpointID: connection["EndpointId"].string ?? "", phase: phase, owner: connection["EndpointOwnerId"].string
                ?? connection["EndpointOwnerId"].int.map(String.init) ?? "")
        }
    }

    public func acceptEndpoint(_ endpointID: String, serviceID: String, region: String) async throws {
        _ = try await client.call(
            .privateLink, "EnableVpcEndpointConnection", ["RegionId": .string(region), "ServiceId": .string(serviceID), "EndpointId": .string(endpointID)],
            region: region)
    }

    public func rejectEndpoint(_ endpointID: String, serviceID: String, region: String) async throws {
        _ = try await client.call(
            .privateLink, "DisableVpcEndpointConnection", ["RegionId": .string(region), "ServiceId": .string(serviceID), "EndpointId": .string(endpointID)],
            region: region)
    }

    /// One step at a time: disconnect connected endpoints, detach the NLB, delete the service,
    /// then the NLB and its server group.
    public func deletePrivateLinkService(reference: String, region: String) async throws -> Bool {
        let client = await client
        let name = Self.serviceName(reference)
        if let service = try await endpointService(named: name, region: region), let id = service["ServiceId"].string {
            let connected = try await endpointConnections(serviceID: id, region: region).filter { $0.phase == .available }
            for connection in connected { try await rejectEndpoint(connection.endpointID, serviceID: id, region: region) }
            if !connected.isEmpty { return false }
            let resources = try await client.call(.privateLink, "ListVpcEndpointServiceResources", ["RegionId": .string(region), "ServiceId": .string(id)], region: region)[
                "Resources"].list
            for resource in resources {
                _ = try await client.call(
                    .privateLink, "DetachResourceFromVpcEndpointService",
                    ["RegionId": .string(region), "ServiceId": .string(id), "ResourceId": .string(resource["ResourceId"].string ?? ""),
                     "ZoneId": .string(resource["ZoneId"].string ?? "")],
                    region: region)
            }
            do {
                _ = try await client.call(.privateLink, "DeleteVpcEndpointService", ["RegionId": .string(region), "ServiceId": .string(id)], region: region)
            } catch let error as AlibabaServiceError where error.code == "EndpointServiceConnectionDependence" {
                return false
            }
            return false
        }
        if let balancer = try await loadBalancer(named: name, region: region) {
            _ = try await client.call(.nlb, "DeleteLoadBalancer", ["RegionId": .string(region), "LoadBalancerId": .string(balancer)], region: region)
            return false
        }
        if let group = try await serverGroup(named: name, region: region) {
            _ = try await client.call(.nlb, "DeleteServerGroup", ["RegionId": .string(region), "ServerGroupId": .string(group)], region: region)
        }
        return true
    }

    private func endpointService(named name: String, region: String) async throws -> AlibabaJSON? {
        let services = try await client.call(.privateLink, "ListVpcEndpointServices", ["RegionId": .string(region), "MaxResults": 1000], region: region)[
            "Services"].list
        return services.first { $0["ServiceDescription"].string == name }
    }

    private func loadBalancer(named name: String, region: String) async throws -> String? {
        let found = try await client.call(.nlb, "ListLoadBalancers", ["RegionId": .string(region), "LoadBalancerNames": [.string(name)], "MaxResults": 100], region: region)
        return found["LoadBalancers"].list.first { $0["LoadBalancerName"].string == name }?["LoadBalancerId"].string
    }

    private func serverGroup(named name: String, region: String) async throws -> String? {
        let found = try await client.call(.nlb, "ListServerGroups", ["RegionId": .string(region), "ServerGroupNames": [.string(name)], "MaxResults": 100], region: region)
        return found["ServerGroups"].list.first { $0["ServerGroupName"].string == name }?["ServerGroupId"].string
    }

    private func ensureLoadBalancer(name: String, network: PlatformNetwork) async throws -> String {
        if let id = try await loadBalancer(named: name, region: network.region) { return id }
        return try await client.call(
            .nlb, "CreateLoadBalancer",
            ["RegionId": .string(network.region), "LoadBalancerType": "Network", "AddressType": "Intranet", "AddressIpVersion": "ipv4",
             "VpcId": .string(network.vpcID), "LoadBalancerName": .string(name), "ClientToken": .string(name),
             "ZoneMappings": .list(network.subnets.map { ["ZoneId": .string($0.zoneID), "VSwitchId": .string($0.id)] })],
            region: network.region)["LoadbalancerId"].string ?? ""
    }

    /// The server group over the backend (`host:port`), or over the nodes' addresses in the platform block.
    private func ensureServerGroup(name: String, spec: PrivateLinkServiceSpec, vpcID: String) async throws -> String {
        let region = spec.region
        let id: String
        if let found = try await serverGroup(named: name, region: region) {
            id = found
        } else {
            id = try await client.call(
                .nlb, "CreateServerGroup",
                ["RegionId": .string(region), "ServerGroupName": .string(name), "ServerGroupType": "Ip", "VpcId": .string(vpcID), "Protocol": "TCP",
                 "ClientToken": .string(name)],
                region: region)["ServerGroupId"].string ?? ""
        }
        let servers: [(String, Int)]
        if let backend = spec.backend, let colon = backend.lastIndex(of: ":"), let port = Int(backend[backend.index(after: colon)...]) {
            servers = [(String(backend[..<colon]), port)]
        } else {
            servers = (0..<max(1, spec.nodeCount)).map { ("10.250.200.\(10 + $0)", spec.port) }
        }
        let present = try await client.call(.nlb, "ListServerGroupServers", ["RegionId": .string(region), "ServerGroupId": .string(id), "MaxResults": 100], region: region)[
            "Servers"].list.compactMap { server in server["ServerIp"].string.map { "\($0):\(server["Port"].int ?? 0)" } }
        let missing = servers.filter { !present.contains("\($0.0):\($0.1)") }
        if !missing.isEmpty {
            _ = try await client.call(
                .nlb, "AddServersToServerGroup",
                ["RegionId": .string(region), "ServerGroupId": .string(id),
                 "Servers": .list(missing.map { ["ServerId": .string($0.0), "ServerIp": .string($0.0), "ServerType": "Ip", "Port": .integer($0.1)] })],
                region: region)
        }
        return id
    }
}
