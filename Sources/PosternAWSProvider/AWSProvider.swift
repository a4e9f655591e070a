import Foundation
import PosternAWS
import PosternControl
import PosternDomain

/// The AWS provider: AWS's own API through `AWSClient`, against AWS, the embedded cloud or moto.
public actor AWSProvider: EndpointProvider, EndpointServiceProvider, DomainRecordProvider {
    private let source: Task<AWSClient, Never>
    /// The client, once it can be made (the embedded cloud's port may be known only after start).
    var client: AWSClient { get async { await source.value } }
    /// Each region's platform network, found or made once.
    private let networks = SingleFlight<PlatformNetwork>()
    /// What keeps two replicas from making one platform network twice.
    private let exclusion: any Exclusion
    /// Endpoint services found lately, by region and name: a burst of connections to one
    /// service asks EC2 about it once a couple of seconds, not once each. Forgotten when a
    /// connection to it is refused, so a fix the customer made shows at the next try.
    private var servicesFound: [String: (service: AWSValue, at: ContinuousClock.Instant)] = [:]
    static let serviceMemory: Duration = .seconds(2)

    /// Tag that marks what Postern made.
    static let platformTag = "postern:platform"
    static let connectionTag = "postern:private-link-connection"

    public init(client: AWSClient, exclusion: any Exclusion = Unshared()) {
        source = Task { client }
        self.exclusion = exclusion
    }

    /// A provider whose client is made on first use.
    public init(makeClient: @escaping @Sendable () async -> AWSClient, exclusion: any Exclusion = Unshared()) {
        source = Task { await makeClient() }
        self.exclusion = exclusion
    }

    public func platformNetwork(region: String) async throws -> PlatformNetwork {
        let exclusion = exclusion
        return try await networks.value(for: region) {
            try await exclusion.run("platformNetwork/aws/\(region)") { try await self.findOrMakeNetwork(region: region) }
        }
    }

    private func findOrMakeNetwork(region: String) async throws -> PlatformNetwork {
        let account = try await client.call(.sts, "GetCallerIdentity", region: region)["Account"]?.string ?? ""
        let vpcID = try await platformVPC(region: region)
        let zones = Self.clusterZones(try await client.callAll(.ec2, "DescribeAvailabilityZones", region: region)["AvailabilityZones"]?.list ?? [])
        let existing = try await client.callAll(
            .ec2, "DescribeSubnets", ["Filters": [["Name": "vpc-id", "Values": [.string(vpcID)]]]], region: region)["Subnets"]?.list ?? []
        var subnets: [PlatformNetwork.Subnet] = []
        for (index, zone) in zones.enumerated() {
            guard let zoneID = zone["ZoneId"]?.string else { continue }
            if let subnet = existing.first(where: { $0["AvailabilityZoneId"]?.string == zoneID }), let id = subnet["SubnetId"]?.string {
                subnets.append(.init(id: id, zoneID: zoneID))
                continue
            }
            let made = try await client.call(
                .ec2, "CreateSubnet",
                ["VpcId": .string(vpcID), "CidrBlock": .string("10.250.\(index * 64).0/18"), "AvailabilityZoneId": .string(zoneID),
                 "TagSpecifications": [["ResourceType": "subnet", "Tags": [["Key": .string(Self.platformTag), "Value": "true"]]]]],
                region: region)
            subnets.append(.init(id: made["Subnet"]?["SubnetId"]?.string ?? "", zoneID: zoneID))
        }
        let network = PlatformNetwork(
            provider: .aws, region: region, accountID: account, vpcID: vpcID, subnets: subnets,
            securityGroupID: try await platformSecurityGroup(vpcID: vpcID, region: region))
        return network
    }

    public func ensureEndpoint(connectionID: String, serviceName: String, serviceRegion: String, network: PlatformNetwork) async throws
        -> EndpointStatus
    {
        let region = network.region
        let crossRegion = serviceRegion != region
        var lookup: AWSValue = ["ServiceNames": [.string(serviceName)]]
        if crossRegion { lookup = ["ServiceNames": [.string(serviceName)], "ServiceRegions": [.string(serviceRegion)]] }
        let service: AWSValue
        let remembered = "\(region)/\(serviceRegion)/\(serviceName)"
        do {
            if let recent = servicesFound[remembered], ContinuousClock.now - recent.at < Self.serviceMemory {
                service = recent.service
            } else {
                guard let found = try await client.callAll(.ec2, "DescribeVpcEndpointServices", lookup, region: region)["ServiceDetails"]?.list.first
                else { throw AWSServiceError("InvalidServiceName", "The Vpc Endpoint Service '\(serviceName)' does not exist") }
                service = found
                if servicesFound.count > 1000 { servicesFound = servicesFound.filter { ContinuousClock.now - $0.value.at < Self.serviceMemory } }
                servicesFound[remembered] = (found, .now)
            }
        } catch let error as AWSServiceError where error.isSenderFault {
            throw CloudRefusal(
                "AWS refused the endpoint service: \(error.code): \(error.message) Check that '\(serviceName)' exists in \(serviceRegion) and allows arn:aws:iam::\(network.accountID):root.")
        }
        var serviceZones = service["AvailabilityZoneIds"]?.strings ?? []
        if serviceZones.isEmpty {
            serviceZones = try await zoneIDs(names: service["AvailabilityZones"]?.strings ?? [], region: region)
        }
        let subnets = network.subnets.filter { crossRegion || serviceZones.contains($0.zoneID) }
        guard !subnets.isEmpty else {
            servicesFound[remembered] = nil
            throw CloudRefusal(
                "The endpoint service '\(serviceName)' is in zones \(serviceZones.joined(separator: ", ")), none of which the cluster is in (\(network.subnets.map(\.zoneID).joined(separator: ", "))). Add a load balancer subnet in one of the cluster's zones.")
        }
        var input: [String: AWSValue] = [
            "VpcEndpointType": "Interface", "VpcId": .string(network.vpcID), "ServiceName": .string(serviceName),
            "SubnetIds": .strings(subnets.map(\.id)), "SecurityGroupIds": [.string(network.securityGroupID)],
            "ClientToken": .string(connectionID),
            "TagSpecifications": [["ResourceType": "vpc-endpoint", "Tags": [["Key": .string(Self.connectionTag), "Value": .string(connectionID)]]]],
        ]
        if crossRegion { input["ServiceRegion"] = .string(serviceRegion) }
        do {
            let endpoint = try await client.call(.ec2, "CreateVpcEndpoint", .structure(input), region: region)["VpcEndpoint"] ?? [:]
            return status(endpoint, network: network)
        } catch let error as AWSServiceError where error.isSenderFault {
            servicesFound[remembered] = nil
            throw CloudRefusal("AWS refused the endpoint: \(error.code): \(error.message)")
        }
    }

    public func endpoints(connectionID: String, region: String) async throws -> [EndpointStatus] {
        let network = try await platformNetwork(region: region)
        let found = try await client.callAll(
            .ec2, "DescribeVpcEndpoints", ["Filters": [["Name": .string("tag:\(Self.connectionTag)"), "Values": [.string(connectionID)]]]],
            region: region)["VpcEndpoints"]?.list ?? []
        return found.map { status($0, network: network) }.filter { $0.phase != .deleted }
    }

    public func deleteEndpoints(connectionID: String, region: String) async throws {
        let live = try await endpoints(connectionID: connectionID, region: region).filter { $0.phase != .deleting }
        guard !live.isEmpty else { return }
        _ = try await client.call(.ec2, "DeleteVpcEndpoints", ["VpcEndpointIds": .strings(live.map(\.id))], region: region)
    }

    /// EC2's endpoint states (`pendingAcceptance`, `Available`…, any case) as phases; one
    /// it has not documented counts as still being made.
    static func phase(ofEndpointState state: String?) -> EndpointPhase {
        switch state?.lowercased() {
        case "pendingacceptance": .pendingAcceptance
        case "available": .available
        case "rejected": .rejected
        case "deleting": .deleting
        case "deleted", "expired": .deleted
        case "failed": .failed
        default: .pending
        }
    }

    /// EC2's endpoint service states (`Pending`, `Available`, `Deleting`, `Deleted`, `Failed`) as phases.
    static func phase(ofServiceState state: String?) -> ServicePhase {
        switch state?.lowercased() {
        case "available": .available
        case "failed", "deleting", "deleted": .failed
        default: .pending
        }
    }

    /// Clusters span three zones of their region, as TiDB Cloud's do: the first three zone ids.
    static func clusterZones(_ zones: [AWSValue]) -> [AWSValue] {
        Array(zones.sorted { ($0["ZoneId"]?.string ?? "") < ($1["ZoneId"]?.string ?? "") }.prefix(3))
    }

    private func status(_ endpoint: AWSValue, network: PlatformNetwork) -> EndpointStatus {
        let subnets = endpoint["SubnetIds"]?.strings ?? []
        return EndpointStatus(
            id: endpoint["VpcEndpointId"]?.string ?? "", phase: Self.phase(ofEndpointState: endpoint["State"]?.string),
            zoneIDs: network.subnets.filter { subnets.contains($0.id) }.map(\.zoneID).sorted())
    }

    private func platformVPC(region: String) async throws -> String {
        let tagged = try await client.callAll(
            .ec2, "DescribeVpcs", ["Filters": [["Name": .string("tag:\(Self.platformTag)"), "Values": ["true"]]]], region: region)
        if let id = tagged["Vpcs"]?.list.first?["VpcId"]?.string { return id }
        let vpc = try await client.call(
            .ec2, "CreateVpc",
            ["CidrBlock": "10.250.0.0/16",
             "TagSpecifications": [["ResourceType": "vpc", "Tags": [["Key": .string(Self.platformTag), "Value": "true"]]]]],
            region: region)["Vpc"]?["VpcId"]?.string ?? ""
        _ = try await client.call(.ec2, "ModifyVpcAttribute", ["VpcId": .string(vpc), "EnableDnsHostnames": ["Value": true]], region: region)
        return vpc
    }

    private func platformSecurityGroup(vpcID: String, region: String) async throws -> String {
        let found = try await client.callAll(
            .ec2, "DescribeSecurityGroups",
            ["Filters": [["Name": "vpc-id", "Values": [.string(vpcID)]], ["Name": "group-name", "Values": ["postern-platform"]]]],
            region: region)
        if let id = found["SecurityGroups"]?.list.first?["GroupId"]?.string { return id }
        let group = try await client.call(
            .ec2, "CreateSecurityGroup",
            ["GroupName": "postern-platform", "Description": "Postern private link connections", "VpcId": .string(vpcID)],
            region: region)["GroupId"]?.string ?? ""
        _ = try await client.call(
            .ec2, "AuthorizeSecurityGroupIngress",
            ["GroupId": .string(group), "IpPermissions": [["IpProtocol": "tcp", "FromPort": 0, "ToPort": 65535,
                                                            "IpRanges": [["CidrIp": "10.250.0.0/16"]]]]],
            region: region)
        return group
    }
}

extension AWSProvider {
    /// AWS's registration: this provider in each of its roles, usage from `usage`.
    public nonisolated func registration(usage: (any UsageSource)?) -> CloudProviders.Registration {
        CloudProviders.Registration(endpoints: self, endpointServices: self, domainRecords: self, usage: usage)
    }
}
