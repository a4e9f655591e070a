import Foundation
import PosternAlibaba
import PosternDataPlane

/// PrivateZone 2018-01-01: private zones bound to VPCs, and their records, which Postern's DNS
/// server answers in those VPCs' views.
extension AlibabaOperations {
    mutating func privateZone(_ action: String, _ input: AlibabaInput) throws -> AlibabaJSON? {
        switch action {
        case "AddZone": try addZone(input)
        case "DescribeZones": try describePrivateZones(input)
        case "DescribeZoneInfo": zoneValue(try ownZone(try input.required("ZoneId")))
        case "BindZoneVpc": try bindZoneVpc(input)
        case "AddZoneRecord": try addZoneRecord(input)
        case "DescribeZoneRecords": try describeZoneRecords(input)
        case "DeleteZoneRecord": try deleteZoneRecord(input)
        case "DeleteZone": try deleteZone(input)
        default: nil
        }
    }

    mutating func addZone(_ input: AlibabaInput) throws -> AlibabaJSON {
        let name = DNSName.normalize(try input.required("ZoneName"))
        if let token = input["ClientToken"],
            let made = cloud.hostedZones.all.first(where: { $0.account == caller.account && $0.id.count == 32 && $0.callerReference == token })
        {
            return ["ZoneId": .string(made.id), "ZoneName": .string(DNSName.normalize(made.name)), "Success": true]
        }
        guard name.contains("."), name.split(separator: ".").allSatisfy({ !$0.isEmpty && $0.count <= 63 }) else {
            throw AlibabaServiceError.invalidParameter("ZoneName", name, expected: "a domain name such as example.internal")
        }
        if cloud.hostedZones.all.contains(where: { $0.account == caller.account && $0.privateZone && $0.id.count == 32 && DNSName.normalize($0.name) == name }) {
            throw AlibabaServiceError("Zone.Exists", "The account already has the zone \(name).")
        }
        let id = CloudID.hex(32)
        cloud.hostedZones[id] = HostedZone(
            id: id, account: caller.account, name: name, callerReference: input["ClientToken"] ?? id, comment: input["Remark"],
            privateZone: true, vpcs: [], records: [], createdAt: caller.now)
        return ["ZoneId": .string(id), "ZoneName": .string(name), "Success": true]
    }

    func ownZone(_ id: String) throws -> HostedZone {
        guard let zone = cloud.hostedZones[id], zone.account == caller.account, zone.id.count == 32 else {
            throw AlibabaServiceError("Zone.Invalid.Id", "The zone '\(id)' does not exist.")
        }
        return zone
    }

    func describePrivateZones(_ input: AlibabaInput) throws -> AlibabaJSON {
        let keyword = input["Keyword"]
        let matching = cloud.hostedZones.all.filter { $0.account == caller.account && $0.id.count == 32 && (keyword == nil || $0.name.contains(keyword!)) }
        let page = try input.numberedPage(matching, maxSize: 100)
        return ["Zones": ["Zone": .array(page.items.map(zoneValue))], "TotalItems": .int(matching.count),
                "TotalPages": .int((matching.count + page.size - 1) / page.size), "PageNumber": .int(page.number), "PageSize": .int(page.size)]
    }

    /// Binds exactly the VPCs given (`Vpcs.N.RegionId`, `Vpcs.N.VpcId`); none unbinds all.
    mutating func bindZoneVpc(_ input: AlibabaInput) throws -> AlibabaJSON {
        var zone = try ownZone(try input.required("ZoneId"))
        var bound: [HostedZone.ZoneVPC] = []
        for entry in input.objects("Vpcs") {
            let id = try entry.required("VpcId")
            let regionID = try entry.required("RegionId")
            guard let vpc = cloud.vpcs[id], vpc.account == caller.account, vpc.region == regionID else {
                throw AlibabaServiceError("Vpc.Invalid", "The VPC \(id) does not exist in \(regionID).")
            }
            bound.append(HostedZone.ZoneVPC(region: regionID, vpcID: id))
        }
        zone.vpcs = bound
        cloud.hostedZones[zone.id] = zone
        return [:]
    }

    mutating func addZoneRecord(_ input: AlibabaInput) throws -> AlibabaJSON {
        var zone = try ownZone(try input.required("ZoneId"))
        let rr = try input.required("Rr")
        let type = try input.required("Type").uppercased()
        let value = try input.required("Value")
        guard ["A", "CNAME", "TXT"].contains(type) else {
            throw AlibabaServiceError.invalidParameter("Type", type, expected: "A, CNAME or TXT (what the embedded cloud answers)")
        }
        if type == "A", IPv4Address(value) == nil {
            throw AlibabaServiceError.invalidParameter("Value", value, expected: "an IPv4 address for an A record")
        }
        let name = rr == "@" ? zone.name : "\(rr).\(DNSName.normalize(zone.name))"
        if type == "CNAME", zone.records.contains(where: { DNSName.normalize($0.name) == DNSName.normalize(name) }) {
            throw AlibabaServiceError("Record.Conflict", "The zone already has a record for \(rr): a CNAME stands alone.")
        }
        let id = String(Int.random(in: 100_000_000_000...999_999_999_999))
        zone.records.append(RecordSet(name: name, type: type, ttl: try input.int("Ttl") ?? 60, values: [value], recordID: id))
        cloud.hostedZones[zone.id] = zone
        return ["RecordId": .int(Int(id) ?? 0), "Success": true]
    }

    func describeZoneRecords(_ input: AlibabaInput) throws -> AlibabaJSON {
        let zone = try ownZone(try input.required("ZoneId"))
        let records = zone.records.filter { $0.recordID != nil && (input["Keyword"] == nil || rr(of: $0, in: zone).contains(input["Keyword"]!)) }
        let page = try input.numberedPage(records, maxSize: 100)
        return [
            "Records": ["Record": .array(page.items.map { record in
                [
                    "RecordId": .int(Int(record.recordID ?? "") ?? 0), "Rr": .string(rr(of: record, in: zone)), "Type": .string(record.type),
                    "Value": .string(record.values.first ?? ""), "Ttl": .int(record.ttl ?? 60), "Status": "ENABLE", "Line": "default",
                    "CreateTime": Self.time(zone.createdAt), "CreateTimestamp": .int(Int(zone.createdAt.timeIntervalSince1970 * 1000)),
                ]
            })],
            "TotalItems": .int(records.count), "TotalPages": .int((records.count + page.size - 1) / page.size),
            "PageNumber": .int(page.number), "PageSize": .int(page.size),
        ]
    }

    mutating func deleteZoneRecord(_ input: AlibabaInput) throws -> AlibabaJSON {
        let id = try input.required("RecordId")
        guard var zone = cloud.hostedZones.all.first(where: { $0.account == caller.account && $0.records.contains { $0.recordID == id } }) else {
            throw AlibabaServiceError("Record.Invalid.Id", "The record \(id) does not exist.")
        }
        zone.records.removeAll { $0.recordID == id }
        cloud.hostedZones[zone.id] = zone
        return ["RecordId": .int(Int(id) ?? 0)]
    }

    mutating func deleteZone(_ input: AlibabaInput) throws -> AlibabaJSON {
        let zone = try ownZone(try input.required("ZoneId"))
        guard zone.vpcs.isEmpty else {
            throw AlibabaServiceError(
                "Zone.VpcExists", "The zone \(zone.name) is still bound to \(zone.vpcs.map(\.vpcID).joined(separator: ", ")): unbind it (BindZoneVpc with no Vpcs) first.")
        }
        cloud.hostedZones[zone.id] = nil
        return ["ZoneId": .string(zone.id)]
    }

    private func rr(of record: RecordSet, in zone: HostedZone) -> String {
        let name = DNSName.normalize(record.name), origin = DNSName.normalize(zone.name)
        return name == origin ? "@" : String(name.dropLast(origin.count + 1))
    }

    func zoneValue(_ zone: HostedZone) -> AlibabaJSON {
        [
            "ZoneId": .string(zone.id), "ZoneName": .string(DNSName.normalize(zone.name)), "Remark": .optional(zone.comment),
            "RecordCount": .int(zone.records.count), "IsPtr": false, "ProxyPattern": "ZONE", "ZoneType": "AUTH_ZONE",
            "CreateTime": Self.time(zone.createdAt), "ResourceGroupId": .string(Self.resourceGroup),
            "BindVpcs": ["Vpc": .array(zone.vpcs.map { ["VpcId": .string($0.vpcID), "RegionId": .string($0.region)] })],
        ]
    }
}
