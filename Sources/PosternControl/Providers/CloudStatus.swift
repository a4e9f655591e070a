import PosternDomain

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

/// Where an endpoint service is, in any cloud's terms.
public enum ServicePhase: String, Sendable, Equatable {
    case pending, available, failed
}

/// Where an endpoint is, in any cloud's terms; each provider maps its cloud's states here.
public enum EndpointPhase: String, Sendable, Equatable {
    /// Being made.
    case pending
    /// Made, waiting for the service's owner to accept it.
    case pendingAcceptance
    /// Accepted and carrying traffic.
    case available
    case rejected
    case deleting
    case deleted
    case failed

    /// Still asking for, or using, the service.
    public var isLive: Bool { self == .pending || self == .pendingAcceptance || self == .available }
}

/// An endpoint service as the cloud reports it.
public struct PrivateLinkServiceStatus: Sendable, Equatable {
    public let serviceID: String
    public let serviceName: String
    public let phase: ServicePhase
    public let zoneIDs: [String]
    public let privateDNSVerified: Bool
    /// The name the cloud gives the service itself, where it gives one (Alibaba Cloud's
    /// `ServiceDomain`), instead of a private DNS name of the platform's.
    public let dnsName: String?

    public init(serviceID: String, serviceName: String, phase: ServicePhase, zoneIDs: [String], privateDNSVerified: Bool, dnsName: String? = nil) {
        self.serviceID = serviceID
        self.serviceName = serviceName
        self.phase = phase
        self.zoneIDs = zoneIDs
        self.privateDNSVerified = privateDNSVerified
        self.dnsName = dnsName
    }

    public var isReady: Bool { phase == .available && privateDNSVerified }
}

/// An endpoint asking for a service, as the service's owner sees it.
public struct EndpointConnectionStatus: Sendable, Equatable {
    public let endpointID: String
    public let phase: EndpointPhase
    /// The account the endpoint is in.
    public let owner: String

    public init(endpointID: String, phase: EndpointPhase, owner: String) {
        self.endpointID = endpointID
        self.phase = phase
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
    public let phase: EndpointPhase
    public let zoneIDs: [String]

    public init(id: String, phase: EndpointPhase, zoneIDs: [String]) {
        self.id = id
        self.phase = phase
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
