import PosternDomain

/// What the control plane asks of a cloud for private link connections. Every call is
/// idempotent: the connection's id names what it makes, so a retry finds instead of making twice.
public protocol CloudProvider: Sendable {
    /// The platform's network in `region`, found or made: the account customers allow, and
    /// a subnet in every zone.
    func platformNetwork(region: String) async throws -> PlatformNetwork
    /// The interface endpoint for connection `connectionID` to `serviceName`, found or made.
    func ensureEndpoint(connectionID: String, serviceName: String, serviceRegion: String, network: PlatformNetwork) async throws
        -> EndpointStatus
    /// The endpoints made for connection `connectionID` that still exist (not deleted).
    func endpoints(connectionID: String, region: String) async throws -> [EndpointStatus]
    /// Starts deleting every endpoint made for connection `connectionID`.
    func deleteEndpoints(connectionID: String, region: String) async throws

    /// The private zone `records.zoneName` in the platform network, found or made, with each
    /// domain pointing at the endpoint (at its address in the domain's zone, when it names one).
    func ensureDomainRecords(_ records: DomainRecords) async throws
    /// Removes the zone `zoneName` and its records, if they exist.
    func removeDomainRecords(zoneName: String, region: String) async throws

    /// The endpoint service in front of a node group, found or made: a network load balancer
    /// over the group's TiDB nodes, acceptance required, any account may ask, and the
    /// cluster's private DNS name.
    func ensurePrivateLinkService(_ spec: PrivateLinkServiceSpec) async throws -> PrivateLinkServiceStatus
    /// The endpoints that asked for service `serviceID`, and their states.
    func endpointConnections(serviceID: String, region: String) async throws -> [EndpointConnectionStatus]
    func acceptEndpoint(_ endpointID: String, serviceID: String, region: String) async throws
    func rejectEndpoint(_ endpointID: String, serviceID: String, region: String) async throws
    /// Takes the next step in deleting the node group's service and its load balancer;
    /// returns true once nothing is left.
    func deletePrivateLinkService(reference: String, region: String) async throws -> Bool
}

/// What a node group's endpoint service fronts.
public struct PrivateLinkServiceSpec: Sendable, Equatable {
    /// The node group's id; names what is made.
    public let reference: String
    public let region: String
    public let port: Int
    public let nodeCount: Int
    public let privateDNSName: String
    /// `host:port` the targets are instead of the nodes' own addresses.
    public let backend: String?

    public init(reference: String, region: String, port: Int, nodeCount: Int, privateDNSName: String, backend: String? = nil) {
        self.reference = reference
        self.backend = backend
        self.region = region
        self.port = port
        self.nodeCount = nodeCount
        self.privateDNSName = privateDNSName
    }
}

/// An endpoint service as the cloud reports it.
public struct PrivateLinkServiceStatus: Sendable, Equatable {
    public let serviceID: String
    public let serviceName: String
    /// The cloud's state, lower-cased: `pending`, `available`, `failed`.
    public let state: String
    public let zoneIDs: [String]
    public let privateDNSVerified: Bool

    public init(serviceID: String, serviceName: String, state: String, zoneIDs: [String], privateDNSVerified: Bool) {
        self.serviceID = serviceID
        self.serviceName = serviceName
        self.state = state.lowercased()
        self.zoneIDs = zoneIDs
        self.privateDNSVerified = privateDNSVerified
    }

    public var isReady: Bool { state == "available" && privateDNSVerified }
}

/// An endpoint asking for a service, as the service's owner sees it.
public struct EndpointConnectionStatus: Sendable, Equatable {
    public let endpointID: String
    /// Lower-cased: `pendingacceptance`, `pending`, `available`, `rejected`, `deleting`, `deleted`, `failed`.
    public let state: String
    public let owner: String

    public init(endpointID: String, state: String, owner: String) {
        self.endpointID = endpointID
        self.state = state.lowercased()
        self.owner = owner
    }
}

/// Names to route through an endpoint: the zone that holds them, and each name with the
/// endpoint zone it goes to (nil: any).
public struct DomainRecords: Sendable, Equatable {
    public let reference: String
    public let region: String
    public let zoneName: String
    public let endpointID: String
    public let names: [Name]

    public struct Name: Sendable, Equatable {
        public let name: String
        public let zoneID: String?
        public init(name: String, zoneID: String?) {
            self.name = name
            self.zoneID = zoneID
        }
    }

    public init(reference: String, region: String, zoneName: String, endpointID: String, names: [Name]) {
        self.reference = reference
        self.region = region
        self.zoneName = zoneName
        self.endpointID = endpointID
        self.names = names
    }
}

/// An endpoint as the cloud reports it.
public struct EndpointStatus: Sendable, Equatable {
    public let id: String
    /// The cloud's state, lower-cased: `pending`, `pendingacceptance`, `available`, `rejected`,
    /// `deleting`, `deleted`, `failed`.
    public let state: String
    public let zoneIDs: [String]

    public init(id: String, state: String, zoneIDs: [String]) {
        self.id = id
        self.state = state.lowercased()
        self.zoneIDs = zoneIDs
    }
}

/// The cloud refused what was asked, for a reason the customer can act on: the connection
/// fails with this message rather than being retried.
public struct CloudRefusal: Error, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
