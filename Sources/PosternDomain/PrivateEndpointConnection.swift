import Foundation

/// A customer's private endpoint registered with (or found asking for) a node group's private
/// link service.
public struct PrivateEndpointConnection: Resource {
    public static let kind = "privateEndpointConnection"
    public static let ownerKind: String? = PrivateLinkService.kind
    public static let deleting = PrivateEndpointState.deleting

    public var id: String
    public var clusterID: String
    public var nodeGroupID: String
    public var projectID: String
    public var endpointID: String
    /// On Alibaba Cloud, the endpoint's default domain name (`ep-….epsrv-….<region>.privatelink.aliyuncs.com`):
    /// the instance's private host through it.
    public var privateDomainName: String?
    public var state: PrivateEndpointState
    public var message: String?
    public var createdBy: String
    public var createTime: Date
    public var updateTime: Date?
    public var nextCheckAt: Date?

    public init(
        id: String, service: PrivateLinkService, endpointID: String, state: PrivateEndpointState, createdBy: String, createTime: Date
    ) {
        self.id = id
        self.clusterID = service.clusterID
        self.nodeGroupID = service.nodeGroupID
        self.projectID = service.projectID
        self.endpointID = endpointID
        self.state = state
        self.createdBy = createdBy
        self.createTime = createTime
        self.nextCheckAt = state == .discovered ? nil : createTime
    }

    public var name: String { "tidbNodeGroups/\(nodeGroupID)/privateEndpointConnections/\(id)" }
    public var ownerID: String? { nodeGroupID }
    public var indexes: [String: String] { [ownerIndex: nodeGroupID, "project": projectID, "cluster": clusterID, "endpoint": endpointID] }
    public var uniqueKey: String? { "\(nodeGroupID)/\(endpointID)" }

    /// 10 decimal digits.
    public static func newID() -> String { String(UInt64.random(in: 1_000_000_000...9_999_999_999)) }

    /// An endpoint id of `provider`'s: AWS's `vpce-…`, Alibaba Cloud's `ep-…`.
    public static func validate(endpointID: String, provider: Cloud) throws(APIError) {
        switch provider {
        case .aws: try validate(endpointID: endpointID)
        case .alicloud:
            let rest = endpointID.dropFirst("ep-".count)
            guard endpointID.hasPrefix("ep-"), (8...32).contains(rest.count), rest.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber) }) else {
                throw .invalidArgument(
                    "endpointId '\(endpointID)' is not an Alibaba Cloud endpoint id like ep-t4n5h2dlzl0uyl9x1234: copy the Endpoint ID from the endpoint's Basic Information (CreateVpcEndpoint's EndpointId).")
            }
        }
    }

    /// On Alibaba Cloud, one of the endpoint's domain names for the service `serviceID` (whose
    /// domain is `serviceDomain`): its default one, `<endpoint id>.<service domain>`, or the zone
    /// domain of one of the service's zones, `<endpoint id>-<region>.<service id>.<zone>.privatelink.aliyuncs.com`.
    public static func validate(
        privateDomainName: String?, endpointID: String, serviceDomain: String, serviceID: String, region: String, zones: [String]
    ) throws(APIError) -> String {
        let expected = "\(endpointID).\(serviceDomain)"
        let zonal = zones.map { "\(endpointID)-\(region).\(serviceID).\($0).privatelink.aliyuncs.com" }
        guard let given = privateDomainName?.lowercased().trimmingCharacters(in: ["."]), !given.isEmpty else {
            throw .invalidArgument(
                "privateDomainName is required on Alibaba Cloud: copy the Default Domain Name from the endpoint's \"Domain name of Endpoint Service\" section (\(expected)).")
        }
        guard given == expected || zonal.contains(given) else {
            throw .invalidArgument(
                "privateDomainName '\(given)' is not one of endpoint \(endpointID)'s domains for this instance's service: its Default Domain Name is \(expected), its zones' are \(zonal.joined(separator: ", ")). Copy one from the endpoint's details.")
        }
        return given
    }

    /// An AWS VPC endpoint id: `vpce-` and 8 or 17 hexadecimal digits.
    public static func validate(endpointID: String) throws(APIError) {
        let digits = endpointID.dropFirst("vpce-".count)
        guard endpointID.hasPrefix("vpce-"), digits.count == 8 || digits.count == 17, digits.allSatisfy(\.isHexDigit) else {
            throw .invalidArgument(
                "endpointId '\(endpointID)' is not a VPC endpoint id like vpce-0a1b2c3d4e5f67890: create the endpoint with aws ec2 create-vpc-endpoint and pass its VpcEndpointId.")
        }
    }
}

public enum PrivateEndpointState: String, Sendable, Codable, CaseIterable {
    case pending = "PENDING"
    case active = "ACTIVE"
    case deleting = "DELETING"
    case failed = "FAILED"
    case discovered = "DISCOVERED"
}
