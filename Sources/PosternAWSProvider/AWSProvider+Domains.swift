import PosternAWS
import PosternControl

/// Attached domains as Route 53 private hosted zones in the platform VPC: one zone per
/// attachment, a CNAME per domain to the endpoint's zonal (or regional) DNS name.
extension AWSProvider {
    public func ensureDomainRecords(_ records: DomainRecords) async throws {
        let network = try await platformNetwork(region: records.region)
        var zoneID = try await hostedZoneID(named: records.zoneName, region: records.region, vpcID: network.vpcID)
        if zoneID == nil { zoneID = try await createHostedZone(records, vpcID: network.vpcID) }
        let endpoint = try await client.callAll(
            .ec2, "DescribeVpcEndpoints", ["VpcEndpointIds": [.string(records.endpointID)]], region: records.region)["VpcEndpoints"]?
            .list.first
        let entries = (endpoint?["DnsEntries"]?.list ?? []).compactMap { $0["DnsName"]?.string }
        guard let regional = entries.first else {
            throw CloudRefusal("Endpoint \(records.endpointID) has no DNS names yet; the domains are attached once it has.")
        }
        let zones = try await client.callAll(.ec2, "DescribeAvailabilityZones", region: records.region)["AvailabilityZones"]?.list ?? []
        let zoneNames = Dictionary(zones.compactMap { zone in zone["ZoneId"]?.string.map { ($0, zone["ZoneName"]?.string ?? "") } },
                                   uniquingKeysWith: { first, _ in first })
        let changes: [AWSValue] = records.names.map { domain in
            let zonal = domain.zoneID.flatMap { zoneNames[$0] }.flatMap { zoneName in
                entries.first { $0.split(separator: ".").first?.hasSuffix("-" + zoneName) == true }
            }
            return ["Action": "UPSERT",
                    "ResourceRecordSet": ["Name": .string(domain.name), "Type": "CNAME", "TTL": 60,
                                          "ResourceRecords": [["Value": .string(zonal ?? regional)]]]]
        }
        _ = try await client.call(
            .route53, "ChangeResourceRecordSets",
            ["HostedZoneId": .string(zoneID ?? ""), "ChangeBatch": ["Comment": .string("postern \(records.reference)"), "Changes": .list(changes)]],
            region: records.region)
    }

    public func removeDomainRecords(zoneName: String, region: String) async throws {
        let network = try await platformNetwork(region: region)
        guard let zoneID = try await hostedZoneID(named: zoneName, region: region, vpcID: network.vpcID) else { return }
        let sets = try await client.callAll(.route53, "ListResourceRecordSets", ["HostedZoneId": .string(zoneID)], region: region)[
            "ResourceRecordSets"]?.list ?? []
        let apex = Self.fqdn(zoneName)
        let deletions: [AWSValue] = sets.compactMap { set in
            let type = set["Type"]?.string ?? ""
            if (type == "NS" || type == "SOA") && Self.fqdn(set["Name"]?.string ?? "") == apex { return nil }
            return ["Action": "DELETE", "ResourceRecordSet": set]
        }
        if !deletions.isEmpty {
            _ = try await client.call(
                .route53, "ChangeResourceRecordSets", ["HostedZoneId": .string(zoneID), "ChangeBatch": ["Changes": .list(deletions)]],
                region: region)
        }
        _ = try await client.call(.route53, "DeleteHostedZone", ["Id": .string(zoneID)], region: region)
    }

    private func hostedZoneID(named name: String, region: String, vpcID: String) async throws -> String? {
        let zones = try await client.callAll(
            .route53, "ListHostedZonesByVPC", ["VPCId": .string(vpcID), "VPCRegion": .string(region)], region: region)[
                "HostedZoneSummaries"]?.list ?? []
        return zones.first { Self.fqdn($0["Name"]?.string ?? "") == Self.fqdn(name) }?["HostedZoneId"]?.string.map(Self.bareZoneID)
    }

    private func createHostedZone(_ records: DomainRecords, vpcID: String) async throws -> String {
        let made = try await client.call(
            .route53, "CreateHostedZone",
            ["Name": .string(records.zoneName), "CallerReference": .string("\(records.reference)-\(records.zoneName)"),
             "VPC": ["VPCRegion": .string(records.region), "VPCId": .string(vpcID)],
             "HostedZoneConfig": ["Comment": .string("postern attached domains \(records.reference)"), "PrivateZone": true]],
            region: records.region)
        return Self.bareZoneID(made["HostedZone"]?["Id"]?.string ?? "")
    }

    static func fqdn(_ name: String) -> String {
        let lower = name.lowercased().replacingOccurrences(of: "\\052", with: "*")
        return lower.hasSuffix(".") ? lower : lower + "."
    }

    static func bareZoneID(_ id: String) -> String {
        id.hasPrefix("/hostedzone/") ? String(id.dropFirst("/hostedzone/".count)) : id
    }
}
