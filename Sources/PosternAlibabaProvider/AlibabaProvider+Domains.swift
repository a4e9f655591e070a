import PosternAlibaba
import PosternControl

/// Attached domains as PrivateZone zones bound to the platform VPC: one zone per attachment,
/// a CNAME per domain to the endpoint's zone domain (or its endpoint domain).
extension AlibabaProvider {
    public func ensureDomainRecords(_ records: DomainRecords) async throws {
        let client = await client
        let network = try await platformNetwork(region: records.region)
        var zoneID = try await zoneID(named: records.zoneName, region: records.region) ?? ""
        if zoneID.isEmpty {
            zoneID = try await client.call(
                .privateZone, "AddZone", ["ZoneName": .string(records.zoneName), "Remark": .string("postern attached domains \(records.reference)"),
                                          "ClientToken": .string("\(records.reference)-\(records.zoneName)")],
                region: records.region)["ZoneId"].string ?? ""
        }
        let zone = try await client.call(.privateZone, "DescribeZoneInfo", ["ZoneId": .string(zoneID)], region: records.region)
        if !zone["BindVpcs"]["Vpc"].list.contains(where: { $0["VpcId"].string == network.vpcID }) {
            _ = try await client.call(
                .privateZone, "BindZoneVpc",
                ["ZoneId": .string(zoneID), "Vpcs": [["RegionId": .string(records.region), "VpcId": .string(network.vpcID)]]], region: records.region)
        }
        let endpoint = try await client.call(
            .privateLink, "GetVpcEndpointAttribute", ["RegionId": .string(records.region), "EndpointId": .string(records.endpointID)],
            region: records.region)
        guard let endpointDomain = endpoint["EndpointDomain"].string else {
            throw CloudRefusal("Endpoint \(records.endpointID) has no domain yet; the domains are attached once it has.")
        }
        let zoneDomains = try await client.call(
            .privateLink, "ListVpcEndpointZones", ["RegionId": .string(records.region), "EndpointId": .string(records.endpointID)], region: records.region)[
                "Zones"].list
        let existing = try await client.call(.privateZone, "DescribeZoneRecords", ["ZoneId": .string(zoneID), "PageSize": 100], region: records.region)[
            "Records"]["Record"].list
        let origin = records.zoneName.lowercased().trimmingCharacters(in: ["."])
        for domain in records.names {
            let name = domain.name.lowercased().trimmingCharacters(in: ["."])
            let rr = name == origin ? "@" : String(name.dropLast(origin.count + 1))
            let target = domain.zoneID.flatMap { zone in zoneDomains.first { $0["ZoneId"].string == zone }?["ZoneDomain"].string } ?? endpointDomain
            let same = existing.filter { $0["Rr"].string == rr }
            if same.contains(where: { $0["Type"].string == "CNAME" && $0["Value"].string == target }) { continue }
            for stale in same {
                let recordID = stale["RecordId"].string ?? stale["RecordId"].int.map(String.init) ?? ""
                _ = try await client.call(.privateZone, "DeleteZoneRecord", ["RecordId": .string(recordID)], region: records.region)
            }
            _ = try await client.call(
                .privateZone, "AddZoneRecord", ["ZoneId": .string(zoneID), "Rr": .string(rr), "Type": "CNAME", "Value": .string(target), "Ttl": 60],
                region: records.region)
        }
    }

    /// Unbinds the zone (PrivateZone deletes no bound zone), then deletes it with its records.
    public func removeDomainRecords(zoneName: String, region: String) async throws {
        guard let zoneID = try await zoneID(named: zoneName, region: region) else { return }
        _ = try await client.call(.privateZone, "BindZoneVpc", ["ZoneId": .string(zoneID)], region: region)
        _ = try await client.call(.privateZone, "DeleteZone", ["ZoneId": .string(zoneID)], region: region)
    }

    private func zoneID(named name: String, region: String) async throws -> String? {
        let wanted = name.lowercased().trimmingCharacters(in: ["."])
        let zones = try await client.call(.privateZone, "DescribeZones", ["Keyword": .string(wanted), "PageSize": 100], region: region)["Zones"]["Zone"].list
        return zones.first { $0["ZoneName"].string?.lowercased().trimmingCharacters(in: ["."]) == wanted }?["ZoneId"].string
    }
}
