import PosternAWS
import PosternControl

/// Dedicated private link services: per node group a target group over the TiDB nodes, an
/// internal network load balancer with a TCP listener on the cluster's port, and an endpoint
/// service in front of it, each found by name or tag before it is made.
extension AWSProvider {
    static let nodeGroupTag = "postern:tidb-node-group"

    public func ensurePrivateLinkService(_ spec: PrivateLinkServiceSpec) async throws -> PrivateLinkServiceStatus {
        let network = try await platformNetwork(region: spec.region)
        let name = "postern-\(spec.reference)"
        let targetGroup = try await ensureTargetGroup(name: name, spec: spec, vpcID: network.vpcID)
        try await registerNodes(spec, targetGroup: targetGroup, vpcID: network.vpcID)
        let loadBalancer = try await ensureLoadBalancer(name: name, spec: spec, subnets: network.subnets.map(\.id))
        let listeners = try await client.callAll(
            .elbv2, "DescribeListeners", ["LoadBalancerArn": .string(loadBalancer)], region: spec.region)["Listeners"]?.list ?? []
        if !listeners.contains(where: { $0["Port"]?.int == spec.port }) {
            _ = try await client.call(
                .elbv2, "CreateListener",
                ["LoadBalancerArn": .string(loadBalancer), "Protocol": "TCP", "Port": .integer(spec.port),
                 "DefaultActions": [["Type": "forward", "TargetGroupArn": .string(targetGroup)]]],
                region: spec.region)
        }
        var service = try await endpointService(reference: spec.reference, region: spec.region)
        if service == nil {
            let made = try await client.call(
                .ec2, "CreateVpcEndpointServiceConfiguration",
                ["AcceptanceRequired": true, "NetworkLoadBalancerArns": [.string(loadBalancer)],
                 "PrivateDnsName": .string(spec.privateDNSName), "ClientToken": .string(name),
                 "TagSpecifications": [["ResourceType": "vpc-endpoint-service",
                                        "Tags": [["Key": .string(Self.nodeGroupTag), "Value": .string(spec.reference)]]]]],
                region: spec.region)["ServiceConfiguration"]
            service = made
        }
        let id = service?["ServiceId"]?.string ?? ""
        let allowed = try await client.callAll(.ec2, "DescribeVpcEndpointServicePermissions", ["ServiceId": .string(id)], region: spec.region)
        if !(allowed["AllowedPrincipals"]?.list ?? []).contains(where: { $0["Principal"]?.string == "*" }) {
            _ = try await client.call(
                .ec2, "ModifyVpcEndpointServicePermissions", ["ServiceId": .string(id), "AddAllowedPrincipals": ["*"]], region: spec.region)
        }
        let dnsState = service?["PrivateDnsNameConfiguration"]?["State"]?.string ?? ""
        if dnsState == "pendingVerification" || dnsState == "failed" {
            _ = try await client.call(.ec2, "StartVpcEndpointServicePrivateDnsVerification", ["ServiceId": .string(id)], region: spec.region)
        }
        return PrivateLinkServiceStatus(
            serviceID: id, serviceName: service?["ServiceName"]?.string ?? "", phase: Self.phase(ofServiceState: service?["ServiceState"]?.string),
            zoneIDs: try await zoneIDs(names: service?["AvailabilityZones"]?.strings ?? [], region: spec.region),
            privateDNSVerified: dnsState == "verified")
    }

    public func endpointConnections(serviceID: String, region: String) async throws -> [EndpointConnectionStatus] {
        let found = try await client.callAll(
            .ec2, "DescribeVpcEndpointConnections", ["Filters": [["Name": "service-id", "Values": [.string(serviceID)]]]], region: region)
        return (found["VpcEndpointConnections"]?.list ?? []).map {
            EndpointConnectionStatus(
                endpointID: $0["VpcEndpointId"]?.string ?? "", phase: Self.phase(ofEndpointState: $0["VpcEndpointState"]?.string),
                owner: $0["VpcEndpointOwner"]?.string ?? "")
        }
    }

    public func acceptEndpoint(_ endpointID: String, serviceID: String, region: String) async throws {
        try await decide("AcceptVpcEndpointConnections", endpointID, serviceID: serviceID, region: region)
    }

    public func rejectEndpoint(_ endpointID: String, serviceID: String, region: String) async throws {
        try await decide("RejectVpcEndpointConnections", endpointID, serviceID: serviceID, region: region)
    }

    public func deletePrivateLinkService(reference: String, region: String) async throws -> Bool {
        let name = "postern-\(reference)"
        if let service = try await endpointService(reference: reference, region: region), let id = service["ServiceId"]?.string {
            let result = try await client.call(.ec2, "DeleteVpcEndpointServiceConfigurations", ["ServiceIds": [.string(id)]], region: region)
            if let failure = result["Unsuccessful"]?.list.first {
                guard failure["Error"]?["Code"]?.string == "ExistingVpcEndpointConnections" else {
                    throw CloudRefusal("\(failure["Error"]?["Code"]?.string ?? "Error"): \(failure["Error"]?["Message"]?.string ?? "")")
                }
                for connection in try await endpointConnections(serviceID: id, region: region)
                where connection.phase.isLive {
                    try await rejectEndpoint(connection.endpointID, serviceID: id, region: region)
                }
                return false
            }
        }
        if let loadBalancer = try await loadBalancerARN(name: name, region: region) {
            _ = try await client.call(.elbv2, "DeleteLoadBalancer", ["LoadBalancerArn": .string(loadBalancer)], region: region)
        }
        if let targetGroup = try await targetGroupARN(name: name, region: region) {
            do {
                _ = try await client.call(.elbv2, "DeleteTargetGroup", ["TargetGroupArn": .string(targetGroup)], region: region)
            } catch let error as AWSServiceError where error.code == "ResourceInUse" {
                return false
            }
        }
        return true
    }

    private func decide(_ operation: String, _ endpointID: String, serviceID: String, region: String) async throws {
        let result = try await client.call(
            .ec2, operation, ["ServiceId": .string(serviceID), "VpcEndpointIds": [.string(endpointID)]], region: region)
        if let failure = result["Unsuccessful"]?.list.first?["Error"] {
            throw CloudRefusal("\(failure["Code"]?.string ?? "Error"): \(failure["Message"]?.string ?? "")")
        }
    }

    private func endpointService(reference: String, region: String) async throws -> AWSValue? {
        try await client.callAll(
            .ec2, "DescribeVpcEndpointServiceConfigurations",
            ["Filters": [["Name": .string("tag:\(Self.nodeGroupTag)"), "Values": [.string(reference)]]]], region: region)[
                "ServiceConfigurations"]?.list.first
    }

    private func ensureTargetGroup(name: String, spec: PrivateLinkServiceSpec, vpcID: String) async throws -> String {
        if let arn = try await targetGroupARN(name: name, region: spec.region) { return arn }
        return try await client.call(
            .elbv2, "CreateTargetGroup",
            ["Name": .string(name), "Protocol": "TCP", "Port": .integer(spec.port), "VpcId": .string(vpcID), "TargetType": "ip"],
            region: spec.region)["TargetGroups"]?.list.first?["TargetGroupArn"]?.string ?? ""
    }

    /// The node group's TiDB nodes stand at the tenth address onwards of the platform subnets,
    /// one subnet after another; a node group bound to a backend has that one target instead.
    private func registerNodes(_ spec: PrivateLinkServiceSpec, targetGroup: String, vpcID: String) async throws {
        var targets: [AWSValue]
        if let backend = spec.backend, let colon = backend.lastIndex(of: ":"), let port = Int(backend[backend.index(after: colon)...]) {
            targets = [["Id": .string(String(backend[..<colon])), "Port": .integer(port), "AvailabilityZone": "all"]]
        } else {
            let subnets = try await client.callAll(
                .ec2, "DescribeSubnets", ["Filters": [["Name": "vpc-id", "Values": [.string(vpcID)]]]], region: spec.region)["Subnets"]?.list ?? []
            let bases = subnets.compactMap { $0["CidrBlock"]?.string?.split(separator: "/").first.map(String.init) }.sorted()
            guard !bases.isEmpty else { return }
            targets = (0..<spec.nodeCount).map { index in
                var octets = bases[index % bases.count].split(separator: ".").map(String.init)
                octets[3] = String(10 + index / bases.count)
                return ["Id": .string(octets.joined(separator: ".")), "Port": .integer(spec.port)]
            }
        }
        let registered = try await client.callAll(
            .elbv2, "DescribeTargetHealth", ["TargetGroupArn": .string(targetGroup)], region: spec.region)["TargetHealthDescriptions"]?.list ?? []
        let wanted = Set(targets.map { "\($0["Id"]?.string ?? ""):\($0["Port"]?.int ?? 0)" })
        let stale: [AWSValue] = registered.compactMap { description in
            guard let id = description["Target"]?["Id"]?.string, let port = description["Target"]?["Port"]?.int,
                !wanted.contains("\(id):\(port)")
            else { return nil }
            return ["Id": .string(id), "Port": .integer(port)]
        }
        if !stale.isEmpty {
            _ = try await client.call(
                .elbv2, "DeregisterTargets", ["TargetGroupArn": .string(targetGroup), "Targets": .list(stale)], region: spec.region)
        }
        _ = try await client.call(
            .elbv2, "RegisterTargets", ["TargetGroupArn": .string(targetGroup), "Targets": .list(targets)], region: spec.region)
    }

    private func ensureLoadBalancer(name: String, spec: PrivateLinkServiceSpec, subnets: [String]) async throws -> String {
        if let arn = try await loadBalancerARN(name: name, region: spec.region) { return arn }
        return try await client.call(
            .elbv2, "CreateLoadBalancer",
            ["Name": .string(name), "Type": "network", "Scheme": "internal", "Subnets": .strings(subnets)],
            region: spec.region)["LoadBalancers"]?.list.first?["LoadBalancerArn"]?.string ?? ""
    }

    private func targetGroupARN(name: String, region: String) async throws -> String? {
        do {
            return try await client.callAll(.elbv2, "DescribeTargetGroups", ["Names": [.string(name)]], region: region)["TargetGroups"]?
                .list.first?["TargetGroupArn"]?.string
        } catch let error as AWSServiceError where error.code == "TargetGroupNotFound" {
            return nil
        }
    }

    private func loadBalancerARN(name: String, region: String) async throws -> String? {
        do {
            return try await client.callAll(.elbv2, "DescribeLoadBalancers", ["Names": [.string(name)]], region: region)["LoadBalancers"]?
                .list.first?["LoadBalancerArn"]?.string
        } catch let error as AWSServiceError where error.code == "LoadBalancerNotFound" {
            return nil
        }
    }

    /// Zone ids for zone names, as this account names its zones.
    func zoneIDs(names: [String], region: String) async throws -> [String] {
        let zones = try await client.callAll(.ec2, "DescribeAvailabilityZones", region: region)["AvailabilityZones"]?.list ?? []
        return zones.filter { names.contains($0["ZoneName"]?.string ?? "") }.compactMap { $0["ZoneId"]?.string }.sorted()
    }
}
