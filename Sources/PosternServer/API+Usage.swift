import Foundation
import PosternControl
import PosternDomain

/// Postern's usage additions: what an endpoint has carried, read from the usage source (the
/// embedded cloud's meter, or the cloud's own metrics).
extension API {
    func getPrivateLinkConnectionUsage(_ input: Operations.GetPrivateLinkConnectionUsage.Input) async throws
        -> Operations.GetPrivateLinkConnectionUsage.Output
    {
        let connection = try await ownConnection(input.path.clusterId, input.path.privateLinkConnectionId)
        let subject = connection.endpointID.map { UsageSubject.platformEndpoint(endpointID: $0, region: connection.region) }
        return .ok(.init(body: .json(try await usage(of: subject, in: connection.type.provider))))
    }

    func getPrivateEndpointConnectionUsage(_ input: Operations.GetPrivateEndpointConnectionUsage.Input) async throws
        -> Operations.GetPrivateEndpointConnectionUsage.Output
    {
        let connection = try await ownEndpointConnection(input.path.clusterId, input.path.tidbNodeGroupId, input.path.privateEndpointConnectionId)
        return .ok(.init(body: .json(try await usage(of: connection))))
    }

    func getTidbPrivateEndpointConnectionUsage(_ input: Operations.GetTidbPrivateEndpointConnectionUsage.Input) async throws
        -> Operations.GetTidbPrivateEndpointConnectionUsage.Output
    {
        let (_, connection) = try await ownTidbConnection(input.path.tidbId, input.path.privateEndpointConnectionId)
        return .ok(.init(body: .json(try await usage(of: connection))))
    }

    /// What a customer's endpoint has carried to its private link service.
    private func usage(of connection: PrivateEndpointConnection) async throws -> Components.Schemas.EndpointUsage {
        let service = try await store.get(PrivateLinkService.self, id: connection.nodeGroupID)
        let subject = service.flatMap { service in
            service.serviceID.map { UsageSubject.serviceConnection(endpointID: connection.endpointID, serviceID: $0, region: service.region) }
        }
        return try await usage(of: subject, in: service?.provider ?? .aws, endpointID: connection.endpointID)
    }

    private func usage(of subject: UsageSubject?, in cloud: Cloud, endpointID: String? = nil) async throws -> Components.Schemas.EndpointUsage {
        guard let usageSource = providers.registration(for: cloud)?.usage else {
            throw APIError.unimplemented("This server reads no \(cloud.displayName) usage: it runs neither the embedded cloud's data plane nor a \(cloud.displayName) provider.")
        }
        var reading: UsageReading?
        if let subject {
            do {
                reading = try await usageSource.usage(of: subject, now: Date())
            } catch {
                throw APIError.unavailable("The usage of \(subject.endpointID) cannot be read now: \(error). Try again shortly.")
            }
        }
        return Components.Schemas.EndpointUsage(
            endpointId: subject?.endpointID ?? endpointID, source: reading?.source ?? usageSource.name,
            bytesProcessed: Int64(reading?.bytesProcessed ?? 0),
            bytesIn: reading.map { $0.bytesIn.map(Int64.init) } ?? 0, bytesOut: reading.map { $0.bytesOut.map(Int64.init) } ?? 0,
            connections: Int64(reading?.connections ?? 0),
            refusedConnections: reading.map { $0.refusedConnections.map(Int64.init) } ?? 0,
            activeConnections: Int64(reading?.activeConnections ?? 0), endpointHours: reading?.endpointHours ?? 0)
    }
}
