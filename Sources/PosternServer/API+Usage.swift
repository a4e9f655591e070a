import PosternDataPlane
import PosternDomain

/// Postern's usage additions: what an endpoint has carried, as the data plane metered it.
extension API {
    func getPrivateLinkConnectionUsage(_ input: Operations.GetPrivateLinkConnectionUsage.Input) async throws
        -> Operations.GetPrivateLinkConnectionUsage.Output
    {
        let connection = try await ownConnection(input.path.clusterId, input.path.privateLinkConnectionId)
        return .ok(.init(body: .json(try usage(endpointID: connection.endpointID))))
    }

    func getPrivateEndpointConnectionUsage(_ input: Operations.GetPrivateEndpointConnectionUsage.Input) async throws
        -> Operations.GetPrivateEndpointConnectionUsage.Output
    {
        let connection = try await ownEndpointConnection(input.path.clusterId, input.path.tidbNodeGroupId, input.path.privateEndpointConnectionId)
        return .ok(.init(body: .json(try usage(endpointID: connection.endpointID))))
    }

    private func usage(endpointID: String?) throws -> Components.Schemas.EndpointUsage {
        guard let meter else {
            throw APIError.unimplemented("Usage is metered by the embedded cloud's data plane, which this server does not run.")
        }
        let usage: EndpointUsage? = endpointID.flatMap { meter.usage(endpointID: $0) }
        let bytesIn = Int64(usage?.bytesIn ?? 0), bytesOut = Int64(usage?.bytesOut ?? 0)
        let connections = Int64(usage?.connections ?? 0), refused = Int64(usage?.refusedConnections ?? 0)
        let active = Int64(usage?.activeConnections ?? 0)
        let hours: Double = usage?.endpointHours ?? 0
        return Components.Schemas.EndpointUsage(
            endpointId: endpointID, bytesIn: bytesIn, bytesOut: bytesOut, connections: connections,
            refusedConnections: refused, activeConnections: active, endpointHours: hours)
    }
}
