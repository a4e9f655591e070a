import Foundation
import PosternDomain
import PosternStore

/// Moves private link connections through their states by asking their cloud's provider:
/// CREATING (the endpoint is being made) → PENDING_ACCEPTANCE (it waits for the service's
/// owner) → ACTIVE, or FAILED with the cloud's reason; DELETING → the endpoint deleted → gone.
public struct PrivateLinkConnectionReconciler: Reconciler {
    let store: any Store
    let providers: CloudProviders
    /// How soon to look again at a connection that waits on the cloud or on its customer.
    let pollInterval: TimeInterval

    public init(store: any Store, providers: CloudProviders, pollInterval: TimeInterval = 1) {
        self.store = store
        self.providers = providers
        self.pollInterval = pollInterval
    }

    public func step(_ connection: inout PrivateLinkConnection, now: Date) async throws -> Outcome {
        let cloud = connection.type.provider
        switch connection.state {
        case .creating:
            do {
                let provider = try providers.endpoints(for: cloud)
                let network = try await platformNetwork(cloud, region: connection.region, provider: provider)
                let endpoint = try await provider.ensureEndpoint(
                    connectionID: connection.id, serviceName: connection.serviceName, serviceRegion: connection.serviceRegion,
                    network: network)
                return observe(endpoint, into: &connection)
            } catch let refusal as CloudRefusal {
                connection.state = .failed
                return .failed(refusal.message)
            }
        case .pendingAcceptance, .active:
            guard let endpoint = try await providers.endpoints(for: cloud).endpoints(connectionID: connection.id, region: connection.region).first
            else {
                connection.state = .failed
                return .failed(
                    "The connection's endpoint \(connection.endpointID ?? "") no longer exists; delete this connection and create a new one.")
            }
            return observe(endpoint, into: &connection)
        case .deleting:
            guard let provider = try? providers.endpoints(for: cloud) else {
                return .gone(reason: "No endpoint was made: this Postern has no \(cloud.displayName) provider.")
            }
            try await provider.deleteEndpoints(connectionID: connection.id, region: connection.region)
            if try await provider.endpoints(connectionID: connection.id, region: connection.region).isEmpty {
                return .gone(reason: "The endpoint is deleted.")
            }
            return .requeue(after: pollInterval)
        case .failed:
            return .failed(connection.message ?? "")
        }
    }

    /// The platform network of the connection's region, as recorded, or found or made now.
    private func platformNetwork(_ cloud: Cloud, region: String, provider: any EndpointProvider) async throws -> PlatformNetwork {
        if let known = try await store.get(PlatformNetwork.self, id: PlatformNetwork.id(provider: cloud, region: region)) { return known }
        let network = try await provider.platformNetwork(region: region)
        try await store.save(network, event: nil)
        return network
    }

    /// Maps the endpoint's phase to the connection's state, and says why it changed.
    private func observe(_ endpoint: EndpointStatus, into connection: inout PrivateLinkConnection) -> Outcome {
        connection.endpointID = endpoint.id
        connection.availabilityZoneIDs = endpoint.zoneIDs
        switch endpoint.phase {
        case .pending:
            return .requeue(after: pollInterval)
        case .pendingAcceptance:
            connection.state = .pendingAcceptance
            return .requeue(after: pollInterval, reason: "Endpoint \(endpoint.id) waits for the service's owner to accept it.")
        case .available:
            connection.state = .active
            return .settled(reason: "Endpoint \(endpoint.id) is accepted and available.", recheck: 30)
        case .rejected:
            connection.state = .failed
            return .failed(
                "The endpoint service's owner rejected endpoint \(endpoint.id); delete this connection and create a new one once they will accept it.")
        case .failed:
            connection.state = .failed
            return .failed("The cloud failed to make endpoint \(endpoint.id); delete this connection and create it again.")
        case .deleting, .deleted:
            connection.state = .failed
            return .failed("Endpoint \(endpoint.id) was deleted in the cloud; delete this connection and create a new one.")
        }
    }
}
