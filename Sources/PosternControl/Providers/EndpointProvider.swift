import PosternDomain

/// Endpoints in the platform's network to a customer's endpoint service (private link
/// connections). Every call is idempotent: the connection's id names what it makes, so a
/// retry finds instead of making twice.
public protocol EndpointProvider: Sendable {
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
}
