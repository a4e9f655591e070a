import Foundation
import PosternAWS

/// Route 53 private hosted zones and their record sets.
struct Route53 {
    var cloud: CloudState
    let caller: Caller

    mutating func perform(_ operation: String, _ input: AWSValue) throws -> AWSValue {
        switch operation {
        case "CreateHostedZone": return try createHostedZone(input)
        case "GetHostedZone": return try getHostedZone(input)
        case "ListHostedZones": return try listHostedZones(input)
        case "ListHostedZonesByVPC": return try listHostedZonesByVPC(input)
        case "DeleteHostedZone": return try deleteHostedZone(input)
        case "AssociateVPCWithHostedZone": return try associateVPC(input)
        case "ChangeResourceRecordSets": return try changeRecordSets(input)
        case "ListResourceRecordSets": return try listRecordSets(input)
        case "GetChange": return try getChange(input)
        default: throw AWSServiceError.invalidAction(operation, service: "Route 53")
        }
    }

    mutating func createHostedZone(_ input: AWSValue) throws -> AWSValue {
        let name = try Self.normalize(try input.required("Name"))
        let reference = try input.required("CallerReference")
        if cloud.hostedZones.all.contains(where: { $0.account == caller.account && $0.callerReference == reference }) {
            throw AWSServiceError(
                "HostedZoneAlreadyExists",
                "A hosted zone has already been created with the specified caller reference '\(reference)'; use a new caller reference for a new zone.",
                status: 409)
        }
        let isPrivate = input["HostedZoneConfig"]?["PrivateZone"]?.bool ?? (input["VPC"] != nil)
        var vpcs: [HostedZone.ZoneVPC] = []
        if let vpc = input["VPC"] {
            vpcs.append(try checkedVPC(vpc))
        } else if isPrivate {
            throw AWSServiceError("InvalidInput", "A private hosted zone needs a VPC: pass --vpc VPCRegion=<region>,VPCId=<vpc-id>.")
        }
        let id = "Z" + CloudID.alphanumeric(20)
        let apex = [
            RecordSet(name: name, type: "NS", ttl: 172800, values: Self.nameServers.map { $0 + "." }),
            RecordSet(name: name, type: "SOA", ttl: 900,
                      values: ["ns-1536.awsdns-00.co.uk. awsdns-hostmaster.amazon.com. 1 7200 900 1209600 86400"]),
        ]
        let zone = HostedZone(
            id: id, account: caller.account, name: name, callerReference: reference,
            comment: input["HostedZoneConfig"]?["Comment"]?.string, privateZone: isPrivate, vpcs: vpcs, records: apex,
            createdAt: caller.now)
        cloud.hostedZones[id] = zone
        return .object([
            "HostedZone": value(of: zone), "ChangeInfo": newChange(comment: nil),
            "DelegationSet": isPrivate ? nil : ["NameServers": .strings(Self.nameServers)],
            "VPC": vpcs.first.map { ["VPCRegion": .string($0.region), "VPCId": .string($0.vpcID)] },
            "Location": .string("https://route53.amazonaws.com/2013-04-01/hostedzone/\(id)"),
        ])
    }

    func getHostedZone(_ input: AWSValue) throws -> AWSValue {
        let zone = try hostedZone(try input.required("Id"))
        return .object([
            "HostedZone": value(of: zone),
            "VPCs": zone.privateZone ? .list(zone.vpcs.map { ["VPCRegion": .string($0.region), "VPCId": .string($0.vpcID)] }) : nil,
            "DelegationSet": zone.privateZone ? nil : ["NameServers": .strings(Self.nameServers)],
        ])
    }

    func listHostedZones(_ input: AWSValue) throws -> AWSValue {
        let zones = cloud.hostedZones.all.filter { $0.account == caller.account }
        let page = try Page(zones, input: ["MaxItems": .integer(Int(input["MaxItems"]?.string ?? "100") ?? 100),
                                           "Marker": input["Marker"] ?? .string("")],
                            limits: 1...100, maxName: "MaxItems", tokenName: "Marker")
        return .object([
            "HostedZones": .list(page.items.map(value(of:))), "IsTruncated": .boolean(page.nextToken != nil),
            "MaxItems": .string(input["MaxItems"]?.string ?? "100"), "NextMarker": page.nextToken.map(AWSValue.string),
            "Marker": input["Marker"],
        ])
    }

    func listHostedZonesByVPC(_ input: AWSValue) throws -> AWSValue {
        let vpcID = try input.required("VPCId"), region = try input.required("VPCRegion")
        let zones = cloud.hostedZones.all.filter { zone in zone.vpcs.contains { $0.vpcID == vpcID && $0.region == region } }
        return ["HostedZoneSummaries": .list(zones.map { zone in
            ["HostedZoneId": .string(zone.id), "Name": .string(zone.name), "Owner": ["OwningAccount": .string(zone.account)]]
        }), "MaxItems": .string(input["MaxItems"]?.string ?? "100")]
    }

    mutating func deleteHostedZone(_ input: AWSValue) throws -> AWSValue {
        let zone = try hostedZone(try input.required("Id"))
        let extra = zone.records.filter { !($0.name == zone.name && ($0.type == "NS" || $0.type == "SOA")) }
        guard extra.isEmpty else {
            throw AWSServiceError(
                "HostedZoneNotEmpty",
                "The specified hosted zone contains non-required resource record sets and so cannot be deleted: delete \(extra.map { "\(Self.display($0.name)) \($0.type)" }.joined(separator: ", ")) first.")
        }
        cloud.hostedZones[zone.id] = nil
        return ["ChangeInfo": newChange(comment: nil)]
    }

    mutating func associateVPC(_ input: AWSValue) throws -> AWSValue {
        var zone = try hostedZone(try input.required("HostedZoneId"))
        guard zone.privateZone else {
            throw AWSServiceError("PublicZoneVPCAssociation", "You're trying to associate a VPC with a public hosted zone.")
        }
        guard let vpc = input["VPC"] else { throw AWSServiceError.missingParameter("VPC") }
        let association = try checkedVPC(vpc)
        if zone.vpcs.contains(association) {
            throw AWSServiceError("ConflictingDomainExists", "The VPC \(association.vpcID) is already associated with \(zone.id).")
        }
        zone.vpcs.append(association)
        cloud.hostedZones[zone.id] = zone
        return ["ChangeInfo": newChange(comment: input["Comment"]?.string)]
    }

    func getChange(_ input: AWSValue) throws -> AWSValue {
        let id = try input.required("Id").replacingOccurrences(of: "/change/", with: "")
        guard let change = cloud.changes[id] else {
            throw AWSServiceError("NoSuchChange", "A change with the specified change ID '\(id)' does not exist.", status: 404)
        }
        return ["ChangeInfo": changeInfo(change)]
    }

    func hostedZone(_ raw: String) throws -> HostedZone {
        let id = raw.replacingOccurrences(of: "/hostedzone/", with: "")
        guard let zone = cloud.hostedZones[id], zone.account == caller.account else {
            throw AWSServiceError("NoSuchHostedZone", "No hosted zone found with ID: \(id)", status: 404)
        }
        return zone
    }

    private func checkedVPC(_ vpc: AWSValue) throws -> HostedZone.ZoneVPC {
        let id = try vpc.required("VPCId")
        let region = vpc["VPCRegion"]?.string ?? caller.region.name
        guard let found = cloud.vpcs[id], found.account == caller.account, found.region == region else {
            throw AWSServiceError("InvalidVPCId", "The VPC ID '\(id)' is not valid in \(region) for account \(caller.account).")
        }
        return HostedZone.ZoneVPC(region: region, vpcID: id)
    }

    mutating func newChange(comment: String?) -> AWSValue {
        let change = RecordChange(id: "C" + CloudID.alphanumeric(20), insyncAt: caller.readyAt, createdAt: caller.now)
        cloud.changes[change.id] = change
        return changeInfo(change, comment: comment)
    }

    private func changeInfo(_ change: RecordChange, comment: String? = nil) -> AWSValue {
        .object([
            "Id": .string("/change/\(change.id)"), "Status": .string(change.insyncAt <= caller.now ? "INSYNC" : "PENDING"),
            "SubmittedAt": .timestamp(change.createdAt), "Comment": comment.map(AWSValue.string),
        ])
    }

    func value(of zone: HostedZone) -> AWSValue {
        .object([
            "Id": .string("/hostedzone/\(zone.id)"), "Name": .string(zone.name), "CallerReference": .string(zone.callerReference),
            "Config": .object(["PrivateZone": .boolean(zone.privateZone), "Comment": zone.comment.map(AWSValue.string)]),
            "ResourceRecordSetCount": .integer(zone.records.count),
        ])
    }

    static let nameServers = ["ns-1536.awsdns-00.co.uk", "ns-0.awsdns-00.com", "ns-1024.awsdns-00.org", "ns-512.awsdns-00.net"]

    /// Lower case with the trailing dot, as Route 53 keeps names; `\052` and `*` are the same.
    static func normalize(_ name: String) throws -> String {
        var lower = name.lowercased().replacingOccurrences(of: "\\052", with: "*")
        if !lower.hasSuffix(".") { lower += "." }
        let labels = lower.dropLast().split(separator: ".", omittingEmptySubsequences: false)
        let valid = !labels.isEmpty && lower.count <= 255 && labels.enumerated().allSatisfy { index, label in
            (1...63).contains(label.count) && (label == "*" && index == 0 || label.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
        }
        guard valid else {
            throw AWSServiceError("InvalidDomainName", "The domain name '\(name)' is invalid: use labels of letters, digits and hyphens, such as db.example.com.")
        }
        return lower
    }

    /// Route 53 returns a wildcard label as `\052`.
    static func display(_ name: String) -> String {
        name.hasPrefix("*.") ? "\\052" + name.dropFirst() : name
    }
}
