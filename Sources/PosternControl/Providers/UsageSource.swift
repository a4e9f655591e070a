import Foundation

/// What an endpoint has carried, wherever it was measured. Sources that cannot tell the two
/// directions apart (CloudWatch) give only `bytesProcessed`.
public struct UsageReading: Sendable, Equatable {
    /// `embedded-cloud` (the data plane's meter) or `cloudwatch`.
    public var source: String
    public var bytesProcessed: Int
    public var bytesIn: Int?
    public var bytesOut: Int?
    public var connections: Int
    public var refusedConnections: Int?
    public var activeConnections: Int
    public var endpointHours: Double

    public init(
        source: String, bytesProcessed: Int, bytesIn: Int? = nil, bytesOut: Int? = nil, connections: Int, refusedConnections: Int? = nil,
        activeConnections: Int, endpointHours: Double
    ) {
        self.source = source
        self.bytesProcessed = bytesProcessed
        self.bytesIn = bytesIn
        self.bytesOut = bytesOut
        self.connections = connections
        self.refusedConnections = refusedConnections
        self.activeConnections = activeConnections
        self.endpointHours = endpointHours
    }
}

/// The endpoint whose usage is asked for.
public enum UsageSubject: Sendable, Equatable {
    /// An endpoint in the platform's own account (a private link connection's).
    case platformEndpoint(endpointID: String, region: String)
    /// A customer's endpoint to one of the platform's services (a private endpoint connection's):
    /// seen from the service's side.
    case serviceConnection(endpointID: String, serviceID: String, region: String)

    public var endpointID: String {
        switch self {
        case .platformEndpoint(let id, _), .serviceConnection(let id, _, _): id
        }
    }
}

/// Where usage is read: the embedded cloud's meter, or the cloud's own metrics.
public protocol UsageSource: Sendable {
    /// What `UsageReading.source` says of it.
    var name: String { get }
    /// Nil when the source knows nothing of the endpoint (it never existed there).
    func usage(of subject: UsageSubject, now: Date) async throws -> UsageReading?
}
