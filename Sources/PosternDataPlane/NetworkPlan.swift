/// What the data plane carries, computed from the cloud's state: which loopback addresses
/// listen for which endpoint and where their traffic goes, and what the DNS server answers.
/// A value: the data plane converges on each new plan it is given.
public struct NetworkPlan: Sendable, Equatable {
    public var listeners: [EndpointListener]
    /// Endpoints that are available, metered in endpoint-hours.
    public var endpoints: [ProvisionedEndpoint]
    public var dns: DNSPlan

    public init(listeners: [EndpointListener] = [], endpoints: [ProvisionedEndpoint] = [], dns: DNSPlan = DNSPlan()) {
        self.listeners = listeners
        self.endpoints = endpoints
        self.dns = dns
    }
}

/// One network interface of an endpoint, listening on one NLB listener's port.
public struct EndpointListener: Sendable, Equatable {
    public var address: SocketAddressV4
    public var endpointID: String
    /// Where accepted connections go, tried in turn from a rotating start.
    public var targets: [SocketAddressV4]
    /// Who the interface's security groups admit on this port.
    public var admission: Admission

    public init(address: SocketAddressV4, endpointID: String, targets: [SocketAddressV4], admission: Admission) {
        self.address = address
        self.endpointID = endpointID
        self.targets = targets
        self.admission = admission
    }
}

/// An endpoint in service, with the number of zones (interfaces) it is billed for.
public struct ProvisionedEndpoint: Sendable, Equatable {
    public var endpointID: String
    public var serviceID: String
    public var zones: Int

    public init(endpointID: String, serviceID: String, zones: Int) {
        self.endpointID = endpointID
        self.serviceID = serviceID
        self.zones = zones
    }
}

/// An IPv4 address and TCP or UDP port.
public struct SocketAddressV4: Sendable, Hashable, CustomStringConvertible {
    public var address: IPv4Address
    public var port: Int

    public init(_ address: IPv4Address, port: Int) {
        self.address = address
        self.port = port
    }

    public var description: String { "\(address):\(port)" }
}

/// Which callers a security group admits: callers from loopback addresses in `ranges` (the
/// admitted part of the endpoint's VPC, mapped), and, when `unmappedCallers` is set, callers
/// from 127.0.x.x (127.0.0.1 and the like), which count as hosts of the endpoint's VPC.
public struct Admission: Sendable, Equatable {
    public var unmappedCallers: Bool
    public var ranges: [ClosedRange<UInt32>]

    public init(unmappedCallers: Bool, ranges: [ClosedRange<UInt32>]) {
        self.unmappedCallers = unmappedCallers
        self.ranges = ranges
    }

    public func admits(_ caller: IPv4Address?) -> Bool {
        guard let caller else { return unmappedCallers }
        if ranges.contains(where: { $0.contains(caller.value) }) { return true }
        return LoopbackMap.slot(of: caller) == nil && unmappedCallers
    }
}
