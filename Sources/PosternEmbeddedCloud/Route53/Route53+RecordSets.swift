import PosternAWS

extension Route53 {
    mutating func changeRecordSets(_ input: AWSValue) throws -> AWSValue {
        var zone = try hostedZone(try input.required("HostedZoneId"))
        let changes = input["ChangeBatch"]?["Changes"]?.list ?? []
        guard !changes.isEmpty else {
            throw AWSServiceError("InvalidInput", "A change batch needs at least one change.")
        }
        var records = zone.records
        var problems: [String] = []
        for change in changes {
            let action = change["Action"]?.string ?? ""
            guard let set = change["ResourceRecordSet"] else { throw AWSServiceError.missingParameter("ResourceRecordSet") }
            let record = try recordSet(set)
            let label = "[name='\(Self.display(record.name))', type='\(record.type)'\(record.setIdentifier.map { ", set-identifier='\($0)'" } ?? "")]"
            guard record.name == zone.name || record.name.hasSuffix("." + zone.name) else {
                problems.append("RRSet with DNS name \(Self.display(record.name)) is not permitted in zone \(zone.name)")
                continue
            }
            if record.type == "CNAME" && record.name == zone.name {
                problems.append("RRSet of type CNAME with DNS name \(record.name) is not permitted at apex in zone \(zone.name)")
                continue
            }
            let index = records.firstIndex { $0.name == record.name && $0.type == record.type && $0.setIdentifier == record.setIdentifier }
            switch action {
            case "CREATE", "UPSERT":
                if action == "CREATE", index != nil {
                    problems.append("Tried to create resource record set \(label) but it already exists")
                    continue
                }
                let conflicting = records.first { $0.name == record.name && $0.type != record.type && ($0.type == "CNAME" || record.type == "CNAME") }
                if let conflicting {
                    problems.append("RRSet of type \(record.type) with DNS name \(Self.display(record.name)) is not permitted because a conflicting RRSet of type \(conflicting.type) with the same DNS name already exists in zone \(zone.name)")
                    continue
                }
                if let index { records[index] = record } else { records.append(record) }
            case "DELETE":
                guard let index else {
                    problems.append("Tried to delete resource record set \(label) but it was not found")
                    continue
                }
                guard records[index] == record else {
                    problems.append("Tried to delete resource record set \(label) but the values provided do not match the current values")
                    continue
                }
                if record.name == zone.name && (record.type == "SOA" || record.type == "NS") {
                    problems.append("A HostedZone must contain at least one NS record for the zone itself and exactly one SOA record.")
                    continue
                }
                records.remove(at: index)
            default:
                throw AWSServiceError("InvalidInput", "Invalid change action '\(action)': use CREATE, UPSERT or DELETE.")
            }
        }
        guard problems.isEmpty else {
            throw AWSServiceError("InvalidChangeBatch", problems.map { "[\($0)]" }.joined(separator: ", "))
        }
        zone.records = records
        cloud.hostedZones[zone.id] = zone
        return ["ChangeInfo": newChange(comment: input["ChangeBatch"]?["Comment"]?.string)]
    }

    func listRecordSets(_ input: AWSValue) throws -> AWSValue {
        let zone = try hostedZone(try input.required("HostedZoneId"))
        let maxItems = Int(input["MaxItems"]?.string ?? "300") ?? 300
        guard (1...300).contains(maxItems) else {
            throw AWSServiceError("InvalidInput", "maxitems must be between 1 and 300, not \(maxItems).")
        }
        let sorted = zone.records.sorted { Self.order($0) < Self.order($1) }
        var start = 0
        if let name = input["StartRecordName"]?.string {
            let normalized = try Self.normalize(name)
            let type = input["StartRecordType"]?.string ?? ""
            start = sorted.firstIndex { Self.order($0) >= Self.order(RecordSet(name: normalized, type: type, values: [])) } ?? sorted.count
        }
        let page = Array(sorted[start..<min(sorted.count, start + maxItems)])
        let next = start + maxItems < sorted.count ? sorted[start + maxItems] : nil
        return .object([
            "ResourceRecordSets": .list(page.map(value(of:))), "IsTruncated": .boolean(next != nil),
            "MaxItems": .string(String(maxItems)), "NextRecordName": next.map { .string(Self.display($0.name)) },
            "NextRecordType": next.map { .string($0.type) },
        ])
    }

    private func recordSet(_ set: AWSValue) throws -> RecordSet {
        let type = try set.required("Type")
        guard ["A", "AAAA", "CNAME", "TXT", "MX", "NS", "SOA", "SRV", "PTR", "CAA"].contains(type) else {
            throw AWSServiceError("InvalidInput", "Invalid record type '\(type)'.")
        }
        let alias = set["AliasTarget"].map { target in
            RecordSet.AliasTarget(
                hostedZoneID: target["HostedZoneId"]?.string ?? "", dnsName: (try? Self.normalize(target["DNSName"]?.string ?? "")) ?? "",
                evaluateTargetHealth: target["EvaluateTargetHealth"]?.bool ?? false)
        }
        let values = (set["ResourceRecords"]?.list ?? []).compactMap { $0["Value"]?.string }
        if alias == nil {
            guard !values.isEmpty else {
                throw AWSServiceError("InvalidInput", "A \(type) record set needs ResourceRecords (or an AliasTarget).")
            }
            guard set["TTL"]?.int != nil else {
                throw AWSServiceError("InvalidInput", "A record set without an AliasTarget needs a TTL.")
            }
            if type == "A" {
                for value in values where CIDR.address(value) == nil {
                    throw AWSServiceError("InvalidChangeBatch", "[Invalid Resource Record: 'FATAL problem: ARRDATAIllegalIPv4Address (Value is not a valid IPv4 address) encountered with '\(value)'']")
                }
            }
        }
        return RecordSet(
            name: try Self.normalize(try set.required("Name")), type: type, ttl: alias == nil ? set["TTL"]?.int : nil,
            values: values, aliasTarget: alias, setIdentifier: set["SetIdentifier"]?.string)
    }

    private func value(of record: RecordSet) -> AWSValue {
        .object([
            "Name": .string(Self.display(record.name)), "Type": .string(record.type), "TTL": record.ttl.map(AWSValue.integer),
            "ResourceRecords": record.aliasTarget == nil ? .list(record.values.map { ["Value": .string($0)] }) : nil,
            "AliasTarget": record.aliasTarget.map { target in
                ["HostedZoneId": .string(target.hostedZoneID), "DNSName": .string(target.dnsName),
                 "EvaluateTargetHealth": .boolean(target.evaluateTargetHealth)]
            },
            "SetIdentifier": record.setIdentifier.map(AWSValue.string),
        ])
    }

    /// Route 53 lists names with their labels reversed (`com.example.db`), then by type.
    private static func order(_ record: RecordSet) -> String {
        record.name.split(separator: ".").reversed().joined(separator: ".") + " " + record.type
    }
}
