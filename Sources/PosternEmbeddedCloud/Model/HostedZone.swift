import Foundation

/// A Route 53 hosted zone with its record sets.
struct HostedZone: CloudResource {
    static let kind = "hosted-zone"
    var id: String
    var account: String
    var name: String
    var callerReference: String
    var comment: String?
    var privateZone: Bool
    var vpcs: [ZoneVPC]
    var records: [RecordSet]
    var createdAt: Date

    struct ZoneVPC: Codable, Sendable, Equatable {
        var region: String
        var vpcID: String
    }
}

struct RecordSet: Codable, Sendable, Equatable {
    var name: String
    var type: String
    var ttl: Int?
    var values: [String]
    var aliasTarget: AliasTarget?
    var setIdentifier: String?
    /// Alibaba Cloud PrivateZone's `RecordId`.
    var recordID: String?

    struct AliasTarget: Codable, Sendable, Equatable {
        var hostedZoneID: String
        var dnsName: String
        var evaluateTargetHealth: Bool
    }
}

/// A submitted Route 53 change batch: PENDING until the delay passes, then INSYNC.
struct RecordChange: CloudResource {
    static let kind = "change"
    var id: String
    var insyncAt: Date
    var createdAt: Date
}
