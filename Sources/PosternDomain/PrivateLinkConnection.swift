import Foundation

/// A private link connection "for dataflow": an endpoint in the platform's network that
/// reaches a customer's endpoint service, out of an Essential cluster.
public struct PrivateLinkConnection: Resource {
    public static let kind = "privateLinkConnection"
    public static let ownerKind: String? = Cluster.kind
    public static let deleting = PrivateLinkConnectionState.deleting

    public var id: String
    public var clusterID: String
    public var projectID: String
    public var displayName: String
    public var type: PrivateLinkConnectionType
    public var state: PrivateLinkConnectionState
    public var message: String?
    public var createdBy: String
    public var createTime: Date
    public var updateTime: Date?
    public var serviceName: String
    /// The region the endpoint service is in (the cluster's unless the request named another).
    public var serviceRegion: String
    /// The region the cluster, and so the endpoint, is in.
    public var region: String
    public var endpointID: String?
    public var availabilityZoneIDs: [String]
    public var nextCheckAt: Date?

    public init(
        id: String, clusterID: String, projectID: String, displayName: String, type: PrivateLinkConnectionType,
        createdBy: String, createTime: Date, serviceName: String, serviceRegion: String, region: String
    ) {
        self.id = id
        self.clusterID = clusterID
        self.projectID = projectID
        self.displayName = displayName
        self.type = type
        self.state = .creating
        self.createdBy = createdBy
        self.createTime = createTime
        self.serviceName = serviceName
        self.serviceRegion = serviceRegion
        self.region = region
        self.availabilityZoneIDs = []
        self.nextCheckAt = createTime
    }

    public var name: String { "clusters/\(clusterID)/privateLinkConnections/\(id)" }
    public var ownerID: String? { clusterID }
    public var indexes: [String: String] { [ownerIndex: clusterID, "state": state.rawValue] }

    /// `plc-` and 17 lower-case letters and digits.
    public static func newID() -> String {
        "plc-" + String((0..<17).map { _ in "abcdefghijklmnopqrstuvwxyz0123456789".randomElement()! })
    }

    /// The checks that need no cloud: the connection type fits the cluster's cloud, the
    /// service name has its type's format, and the service is in the cluster's region unless
    /// the request names the other region. Returns the service's region.
    public static func validate(
        displayName: String, type: PrivateLinkConnectionType, serviceName: String?, serviceRegion: String?, cluster: Cluster
    ) throws(APIError) -> String {
        guard !displayName.trimmingCharacters(in: .whitespaces).isEmpty, displayName.count <= 64 else {
            throw .invalidArgument("displayName is required: 1 to 64 characters.")
        }
        guard let region = cluster.region else { throw .internalError("Cluster \(cluster.id) has an unknown region.") }
        guard cluster.tier == .essential || cluster.tier == .starter else {
            throw .failedPrecondition("Private link connections are for Essential clusters; cluster \(cluster.id) is \(cluster.tier.rawValue).")
        }
        guard cluster.state == .active else {
            throw .failedPrecondition("Cluster \(cluster.id) is \(cluster.state.rawValue); create the connection once it is ACTIVE.")
        }
        guard type.provider == region.provider else {
            throw .invalidArgument(
                "A \(type.rawValue) connection needs a cluster on \(type.provider.displayName); cluster \(cluster.id) is on \(region.provider.displayName), so use \(PrivateLinkConnectionType.for(region.provider).rawValue).")
        }
        guard let serviceName, !serviceName.isEmpty else {
            throw .invalidArgument("\(type.serviceField).name is required: the endpoint service name, like \(type.exampleName).")
        }
        guard let nameRegion = type.region(ofServiceName: serviceName) else {
            throw .invalidArgument("Endpoint service name '\(serviceName)' is not valid for \(type.rawValue): it looks like \(type.exampleName).")
        }
        if let serviceRegion, !serviceRegion.isEmpty {
            guard serviceRegion == nameRegion else {
                throw .invalidArgument("The endpoint service '\(serviceName)' is in \(nameRegion), not in \(serviceRegion) as the request says.")
            }
            return serviceRegion
        }
        guard nameRegion == region.code else {
            throw .invalidArgument(
                "The endpoint service '\(serviceName)' is in \(nameRegion) but cluster \(cluster.id) is in \(region.code). Use a service in \(region.code), or name its region (awsEndpointService.region: \(nameRegion)) if it accepts endpoints from \(region.code).")
        }
        return nameRegion
    }
}

public enum PrivateLinkConnectionState: String, Sendable, Codable, CaseIterable {
    case creating = "CREATING"
    case active = "ACTIVE"
    case failed = "FAILED"
    case pendingAcceptance = "PENDING_ACCEPTANCE"
    case deleting = "DELETING"
}

public enum PrivateLinkConnectionType: String, Sendable, Codable, CaseIterable {
    case awsEndpointService = "AWS_ENDPOINT_SERVICE"
    case alicloudEndpointService = "ALICLOUD_ENDPOINT_SERVICE"

    public var provider: Cloud { self == .awsEndpointService ? .aws : .alicloud }

    static func `for`(_ provider: Cloud) -> PrivateLinkConnectionType {
        provider == .aws ? .awsEndpointService : .alicloudEndpointService
    }

    var serviceField: String { self == .awsEndpointService ? "awsEndpointService" : "alicloudEndpointService" }

    var exampleName: String {
        self == .awsEndpointService
            ? "com.amazonaws.vpce.us-west-2.vpce-svc-0123456789abcdef0" : "com.aliyuncs.privatelink.ap-southeast-1.epsrv-t4n0example"
    }

    /// The region a well-formed service name names, or nil if the name is not of this type.
    public func region(ofServiceName name: String) -> String? {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        switch self {
        case .awsEndpointService:
            guard parts.count == 5, parts[0] == "com", parts[1] == "amazonaws", parts[2] == "vpce", !parts[3].isEmpty,
                parts[4].hasPrefix("vpce-svc-"), parts[4].count > "vpce-svc-".count
            else { return nil }
            return parts[3]
        case .alicloudEndpointService:
            guard parts.count == 5, parts[0] == "com", parts[1] == "aliyuncs", parts[2] == "privatelink", !parts[3].isEmpty,
                parts[4].hasPrefix("epsrv-"), parts[4].count > "epsrv-".count
            else { return nil }
            return parts[3]
        }
    }
}

extension Cloud {
    public var displayName: String { self == .aws ? "AWS" : "Alibaba Cloud" }
}
