import Foundation

/// Domains attached to a private link connection: names whose traffic goes through the
/// connection's endpoint, kept as records of a private hosted zone in the platform network.
public struct AttachDomain: Resource {
    public static let kind = "attachDomain"
    public static let ownerKind: String? = PrivateLinkConnection.kind
    public static let deleting = DomainState.deleting
    public static let goneState = "DETACHED"

    public var id: String
    public var clusterID: String
    public var connectionID: String
    public var projectID: String
    public var type: DomainType
    public var uniqueName: String
    public var domains: [Domain]
    public var createdBy: String
    public var createTime: Date
    public var updateTime: Date?
    public var message: String?
    /// The connection's cloud and region, where the zone and the endpoint are.
    public var provider: Cloud
    public var region: String
    public var nextCheckAt: Date?

    public init(
        id: String, connection: PrivateLinkConnection, type: DomainType, uniqueName: String, createdBy: String, createTime: Date
    ) {
        self.id = id
        self.clusterID = connection.clusterID
        self.connectionID = connection.id
        self.projectID = connection.projectID
        self.type = type
        self.uniqueName = uniqueName
        self.createdBy = createdBy
        self.createTime = createTime
        self.provider = connection.type.provider
        self.region = connection.region
        self.nextCheckAt = createTime
        self.domains = Self.names(type: type, uniqueName: uniqueName, provider: connection.type.provider, zoneIDs: connection.availabilityZoneIDs)
            .map { Domain(name: $0.name, zoneID: $0.zoneID, state: .creating) }
    }

    public var name: String { "clusters/\(clusterID)/privateLinkConnections/\(connectionID)/attachDomains/\(id)" }
    public var ownerID: String? { connectionID }
    public var indexes: [String: String] { [ownerIndex: connectionID] }
    /// Attached once over all connections: the zone that holds the records.
    public var uniqueKey: String? { zoneName }

    /// The private hosted zone that holds the domains' records.
    public var zoneName: String { Self.zoneName(type: type, uniqueName: uniqueName, provider: provider) }

    public var state: DomainState {
        get { overallState }
        set { setState(newValue, message: nil) }
    }

    private var overallState: DomainState {
        if domains.contains(where: { $0.state == .deleting }) { return .deleting }
        if domains.contains(where: { $0.state == .failed }) { return .failed }
        if domains.contains(where: { $0.state == .creating }) { return .creating }
        return .active
    }

    public mutating func setState(_ state: DomainState, message: String? = nil) {
        for index in domains.indices {
            domains[index].state = state
            domains[index].message = message
        }
    }

    /// `adm-` and 17 lower-case letters and digits.
    public static func newID() -> String {
        "adm-" + String((0..<17).map { _ in "abcdefghijklmnopqrstuvwxyz0123456789".randomElement()! })
    }

    /// A fresh TiDB Cloud managed unique name: 26 characters of base32's alphabet, 128 random bits.
    public static func newUniqueName() -> String {
        String((0..<26).map { _ in "abcdefghijklmnopqrstuvwxyz234567".randomElement()! })
    }

    static func zoneName(type: DomainType, uniqueName: String, provider: Cloud) -> String {
        switch type {
        case .tidbCloudManaged: return "\(uniqueName).\(provider.rawValue).plc.tidbcloud.com"
        case .confluent: return "\(uniqueName).aws.confluent.cloud"
        }
    }

    /// The domains a type and unique name stand for, on an endpoint in `zoneIDs`: per zone on
    /// AWS (Kafka brokers advertise `b1.usw2-az1.<unique>.aws.plc.tidbcloud.com`), and
    /// Confluent's zone-less wildcard besides; Alibaba's names carry no zone.
    public static func names(type: DomainType, uniqueName: String, provider: Cloud, zoneIDs: [String]) -> [(name: String, zoneID: String?)] {
        let zone = zoneName(type: type, uniqueName: uniqueName, provider: provider)
        switch (type, provider) {
        case (.tidbCloudManaged, .alicloud):
            return [("*.\(zone)", nil)]
        case (.tidbCloudManaged, .aws):
            return zoneIDs.map { ("*.\($0).\(zone)", $0) }
        case (.confluent, _):
            return [("*.\(zone)", nil)] + zoneIDs.map { ("*.\($0).\(zone)", $0) }
        }
    }

    /// Checks the request's type and unique name against the connection, and returns the
    /// unique name to use (a new one for a TiDB Cloud managed dry run that gave none).
    public static func validate(type: DomainType, uniqueName: String, validateOnly: Bool, connection: PrivateLinkConnection) throws(APIError)
        -> String
    {
        guard type.supported(by: connection.type) else {
            throw .invalidArgument(
                "\(connection.type.rawValue) connections take \(DomainType.allCases.filter { $0.supported(by: connection.type) }.map(\.rawValue).joined(separator: ", ")) domains, not \(type.rawValue).")
        }
        guard connection.state == .active || connection.state == .pendingAcceptance, !connection.availabilityZoneIDs.isEmpty else {
            throw .failedPrecondition(
                "Private link connection \(connection.id) is \(connection.state.rawValue); attach domains once its endpoint exists (PENDING_ACCEPTANCE or ACTIVE).")
        }
        let name = uniqueName.trimmingCharacters(in: .whitespaces).lowercased()
        switch type {
        case .tidbCloudManaged:
            if name.isEmpty {
                guard validateOnly else {
                    throw .invalidArgument(
                        "uniqueName is required to attach TIDBCLOUD_MANAGED domains: run with validateOnly true first, and attach with the uniqueName it returns.")
                }
                return newUniqueName()
            }
            guard isLabel(name) else {
                throw .invalidArgument(
                    "uniqueName '\(uniqueName)' is not a DNS label: 1 to 63 lower-case letters, digits and inner hyphens (a dry run makes one).")
            }
            return name
        case .confluent:
            let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2, isLabel(parts[0]), !parts[1].isEmpty else {
                throw .invalidArgument(
                    "uniqueName '\(uniqueName)' is not a Confluent unique name: take it from the network's DNS subdomain, e.g. use1-az1.domnprzqrog.us-east-1.aws.confluent.cloud → domnprzqrog.us-east-1.")
            }
            guard parts[1] == connection.serviceRegion else {
                throw .invalidArgument(
                    "The Confluent network '\(uniqueName)' is in \(parts[1]), but the connection's endpoint service is in \(connection.serviceRegion): Confluent's PrivateLink network must be in the same region.")
            }
            return name
        }
    }

    private static func isLabel(_ label: String) -> Bool {
        guard (1...63).contains(label.count), label.first != "-", label.last != "-" else { return false }
        return label.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}

public enum DomainType: String, Sendable, Codable, CaseIterable {
    case tidbCloudManaged = "TIDBCLOUD_MANAGED"
    case confluent = "CONFLUENT"

    public func supported(by type: PrivateLinkConnectionType) -> Bool {
        type == .awsEndpointService || self == .tidbCloudManaged
    }
}

/// One attached name; `zoneID` is the endpoint zone it routes to, nil for every zone.
public struct Domain: Sendable, Equatable, Codable {
    public var name: String
    public var zoneID: String?
    public var state: DomainState
    public var message: String?

    public init(name: String, zoneID: String?, state: DomainState) {
        self.name = name
        self.zoneID = zoneID
        self.state = state
    }
}

public enum DomainState: String, Sendable, Codable, CaseIterable {
    case creating = "CREATING"
    case active = "ACTIVE"
    case failed = "FAILED"
    case deleting = "DELETING"
}
