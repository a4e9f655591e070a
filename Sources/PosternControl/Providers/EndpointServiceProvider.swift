/// Endpoint services the platform offers in front of a cluster's node groups, and the
/// customers' endpoints that ask for them.
public protocol EndpointServiceProvider: Sendable {
    /// The endpoint service in front of a node group, found or made: a network load balancer
    /// over the group's TiDB nodes, acceptance required, any account may ask, and the
    /// cluster's private DNS name.
    func ensurePrivateLinkService(_ spec: PrivateLinkServiceSpec) async throws -> PrivateLinkServiceStatus
    /// The endpoints that asked for service `serviceID`, and their phases.
    func endpointConnections(serviceID: String, region: String) async throws -> [EndpointConnectionStatus]
    func acceptEndpoint(_ endpointID: String, serviceID: String, region: String) async throws
    func rejectEndpoint(_ endpointID: String, serviceID: String, region: String) async throws
    /// Takes the next step in deleting the node group's service and its load balancer;
    /// returns true once nothing is left.
    func deletePrivateLinkService(reference: String, region: String) async throws -> Bool
}
