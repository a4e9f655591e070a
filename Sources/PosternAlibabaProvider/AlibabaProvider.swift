import Foundation
import PosternAlibaba
import PosternControl
import PosternDomain

/// The Alibaba Cloud provider: Alibaba Cloud's own API through `AlibabaClient`, against a real
/// account or the embedded cloud. What it makes is found again by name (`postern-…`), so every
/// call may be retried.
public actor AlibabaProvider: EndpointProvider, EndpointServiceProvider, DomainRecordProvider {
    private let source: Task<AlibabaClient, Never>
    var client: AlibabaClient { get async { await source.value } }
    /// Each region's platform network, found or made once.
    private let networks = SingleFlight<PlatformNetwork>()
    /// What keeps two replicas from making one platform network twice.
    private let exclusion: any Exclusion

    static let platformName = "postern-platform"
    static let platformBlock = "10.250.0.0/16"

    public init(client: AlibabaClient, exclusion: any Exclusion = Unshared()) {
        source = Task { client }
        self.exclusion = exclusion
    }

    /// A provider whose client is made on first use (the embedded cloud's port may be known only after start).
    public init(makeClient: @escaping @Sendable () async -> AlibabaClient, exclusion: any Exclusion = Unshared()) {
        source = Task { await makeClient() }
        self.exclusion = exclusion
    }

    public func platformNetwork(region: String) async throws -> PlatformNetwork {
        let exclusion = exclusion
        return try await networks.value(for: region) {
            try await exclusion.run("platformNetwork/alicloud/\(region)") { try await self.findOrMakeNetwork(region: region) }
        }
    }

    private func findOrMakeNetwork(region: String) async throws -> PlatformNetwork {
        let client = await client
        let account = try await client.call(.sts, "GetCallerIdentity", region: region)["AccountId"].string ?? ""
        let vpcs = try await client.call(.vpc, "DescribeVpcs", ["RegionId": .string(region), "VpcName": .string(Self.platformName), "PageSize": 50], region: region)
        var vpcID = vpcs["Vpcs"]["Vpc"].list.first?["VpcId"].string
        if vpcID == nil {
            vpcID = try await client.call(
                .vpc, "CreateVpc",
                ["RegionId": .string(region), "CidrBlock": .string(Self.platformBlock), "VpcName": .string(Self.platformName),
                 "Description": "Postern private link connections", "ClientToken": .string("\(Self.platformName)-\(region)")],
                region: region)["VpcId"].string
            try await waitUntilAvailable(vpc: vpcID ?? "", region: region)
        }
        let vpc = vpcID ?? ""
        let zones = Array(try await client.call(.vpc, "DescribeZones", ["RegionId": .string(region)], region: region)["Zones"]["Zone"].list
            .compactMap { $0["ZoneId"].string }.sorted().prefix(3))
        let existing = try await client.call(.vpc, "DescribeVSwitches", ["RegionId": .string(region), "VpcId": .string(vpc), "PageSize": 50], region: region)[
            "VSwitches"]["VSwitch"].list
        var subnets: [PlatformNetwork.Subnet] = []
        for (index, zone) in zones.enumerated() {
            if let id = existing.first(where: { $0["ZoneId"].string == zone })?["VSwitchId"].string {
                subnets.append(.init(id: id, zoneID: zone))
                continue
            }
            let made = try await client.call(
                .vpc, "CreateVSwitch",
                ["RegionId": .string(region), "VpcId": .string(vpc), "ZoneId": .string(zone), "CidrBlock": .string("10.250.\(index * 64).0/18"),
                 "VSwitchName": .string("\(Self.platformName)-\(zone)"), "ClientToken": .string("\(Self.platformName)-\(zone)")],
                region: region)
            subnets.append(.init(id: made["VSwitchId"].string ?? "", zoneID: zone))
        }
        return PlatformNetwork(
            provider: .alicloud, region: region, accountID: account, vpcID: vpc, subnets: subnets,
            securityGroupID: try await platformSecurityGroup(vpcID: vpc, region: region))
    }

    /// A new VPC is `Pending` for a moment on Alibaba Cloud; vSwitches can be made once it is `Available`.
    private func waitUntilAvailable(vpc: String, region: String) async throws {
        for _ in 0..<60 {
            let found = try await client.call(.vpc, "DescribeVpcs", ["RegionId": .string(region), "VpcId": .string(vpc)], region: region)
            if found["Vpcs"]["Vpc"].list.first?["Status"].string == "Available" { return }
            try await Task.sleep(for: .seconds(1))
        }
    }

    private func platformSecurityGroup(vpcID: String, region: String) async throws -> String {
        let client = await client
        let found = try await client.call(
            .ecs, "DescribeSecurityGroups", ["RegionId": .string(region), "VpcId": .string(vpcID), "SecurityGroupName": .string(Self.platformName)],
            region: region)
        var group = found["SecurityGroups"]["SecurityGroup"].list.first?["SecurityGroupId"].string ?? ""
        if group.isEmpty {
            group = try await client.call(
                .ecs, "CreateSecurityGroup",
                ["RegionId": .string(region), "VpcId": .string(vpcID), "SecurityGroupName": .string(Self.platformName),
                 "Description": "Postern private link connections", "ClientToken": .string("\(Self.platformName)-\(vpcID)")],
                region: region)["SecurityGroupId"].string ?? ""
        }
        // A retry after the group was made but before its rule was finds the group without the rule.
        let rules = try await client.call(
            .ecs, "DescribeSecurityGroupAttribute", ["RegionId": .string(region), "SecurityGroupId": .string(group), "Direction": "ingress"],
            region: region)["Permissions"]["Permission"].list
        guard !rules.contains(where: { $0["SourceCidrIp"].string == Self.platformBlock && $0["PortRange"].string == "1/65535" }) else { return group }
        _ = try await client.call(
            .ecs, "AuthorizeSecurityGroup",
            ["RegionId": .string(region), "SecurityGroupId": .string(group), "IpProtocol": "TCP", "PortRange": "1/65535",
             "SourceCidrIp": .string(Self.platformBlock)],
            region: region)
        return group
    }

    /// An endpoint's name: `postern-<connection id>`, how it is found again.
    static func endpointName(_ connectionID: String) -> String { "postern-\(connectionID)" }

    public func ensureEndpoint(connectionID: String, serviceName: String, serviceRegion: String, network: PlatformNetwork) async throws
        -> EndpointStatus
    {
        if let existing = try await endpoints(connectionID: connectionID, region: network.region).first { return existing }
        let client = await client
        let region = network.region
        let visible = try await client.call(
            .privateLink, "ListVpcEndpointServicesByEndUser", ["RegionId": .string(region), "ServiceName": .string(serviceName)], region: region)[
                "Services"].list.first
        var subnets = network.subnets
        if let visible {
            let serviceZones = visible["Zones"].list.compactMap(\.string)
            subnets = network.subnets.filter { serviceZones.contains($0.zoneID) }
            guard !subnets.isEmpty else {
                throw CloudRefusal(
                    "The endpoint service '\(serviceName)' is in zones \(serviceZones.joined(separator: ", ")), none of which the cluster is in (\(network.zoneIDs.joined(separator: ", "))). Attach its NLB in one of the cluster's zones.")
            }
        }
        do {
            let made = try await client.call(
                .privateLink, "CreateVpcEndpoint",
                ["RegionId": .string(region), "VpcId": .string(network.vpcID), "ServiceName": .string(serviceName),
                 "SecurityGroupId": [.string(network.securityGroupID)], "EndpointName": .string(Self.endpointName(connectionID)),
                 "EndpointDescription": .string("Postern private link connection \(connectionID)"), "ClientToken": .string(connectionID),
                 "Zone": .list(subnets.map { ["ZoneId": .string($0.zoneID), "VSwitchId": .string($0.id)] })],
                region: region)
            return EndpointStatus(id: made["EndpointId"].string ?? "", phase: Self.phase(of: made), zoneIDs: subnets.map(\.zoneID).sorted())
        } catch let error as AlibabaServiceError where (400..<500).contains(error.status) {
            throw CloudRefusal(Self.refusal(error, serviceName: serviceName, account: network.accountID))
        }
    }

    public func endpoints(connectionID: String, region: String) async throws -> [EndpointStatus] {
        let client = await client
        let found = try await client.call(
            .privateLink, "ListVpcEndpoints", ["RegionId": .string(region), "EndpointName": .string(Self.endpointName(connectionID))], region: region)[
                "Endpoints"].list
        var statuses: [EndpointStatus] = []
        for endpoint in found {
            let id = endpoint["EndpointId"].string ?? ""
            let zones = try await client.call(.privateLink, "ListVpcEndpointZones", ["RegionId": .string(region), "EndpointId": .string(id)], region: region)[
                "Zones"].list.compactMap { $0["ZoneId"].string }
            statuses.append(EndpointStatus(id: id, phase: Self.phase(of: endpoint), zoneIDs: zones.sorted()))
        }
        return statuses
    }

    public func deleteEndpoints(connectionID: String, region: String) async throws {
        for endpoint in try await endpoints(connectionID: connectionID, region: region) where endpoint.phase != .deleting {
            do {
                _ = try await client.call(.privateLink, "DeleteVpcEndpoint", ["RegionId": .string(region), "EndpointId": .string(endpoint.id)], region: region)
            } catch let error as AlibabaServiceError where error.code == "EndpointNotFound" {
                continue
            }
        }
    }

    /// Alibaba's two statuses of an endpoint as one phase: `Creating` is being made; `Active`
    /// waits for its service's owner until `Connected` (`Disconnected` after a disconnect waits again).
    static func phase(of endpoint: AlibabaJSON) -> EndpointPhase {
        switch (endpoint["EndpointStatus"].string, endpoint["ConnectionStatus"].string) {
        case ("Deleting", _), (_, "Deleting"): .deleting
        case ("Active", "Connected"): .available
        case ("Active", "Disconnected"), ("Active", "Disconnecting"): .pendingAcceptance
        case (_, "ServiceDeleted"): .failed
        default: .pending
        }
    }

    /// Why Alibaba Cloud refused the endpoint, in terms the customer can act on.
    static func refusal(_ error: AlibabaServiceError, serviceName: String, account: String) -> String {
        switch error.code {
        case "EndpointServiceNotAuthorized":
            "Alibaba Cloud refused the endpoint: \(error.code): the endpoint service '\(serviceName)' does not allow TiDB Cloud's account. Add UID \(account) to its Service Whitelist (AddUserToVpcEndpointService)."
        case "EndpointServiceNotFound":
            "Alibaba Cloud refused the endpoint: \(error.code): the endpoint service '\(serviceName)' does not exist. Check its name in the PrivateLink console (Endpoint Services)."
        case "EndpointServiceNotSupportedZone":
            "Alibaba Cloud refused the endpoint: \(error.code): \(error.message) Attach the service's NLB in one of the cluster's zones."
        default:
            "Alibaba Cloud refused the endpoint: \(error.code): \(error.message)"
        }
    }
}

extension AlibabaProvider {
    /// Alibaba Cloud's registration: this provider in each of its roles, usage from `usage`.
    public nonisolated func registration(usage: (any UsageSource)?) -> CloudProviders.Registration {
        CloudProviders.Registration(endpoints: self, endpointServices: self, domainRecords: self, usage: usage)
    }
}
