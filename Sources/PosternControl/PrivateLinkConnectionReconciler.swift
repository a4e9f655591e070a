import Foundation
import PosternCloud
import PosternDomain
import PosternStore

/// Moves private link connections through their states by asking the provider:
/// CREATING (the endpoint is being made) → PENDING_ACCEPTANCE (it waits for the service's
/// owner) → ACTIVE, or FAILED with the cloud's reason; DELETING → the endpoint deleted → gone.
public struct PrivateLinkConnectionReconciler: Sendable {
    let store: any Store
    let provider: any CloudProvider
    /// How soon to look again at a connection that waits on the cloud or on its customer.
    let pollInterval: TimeInterval

    public init(store: any Store, provider: any CloudProvider, pollInterval: TimeInterval = 1) {
        self.store = store
        self.provider = provider
        self.pollInterval = pollInterval
    }

    public func reconcile(_ id: String, now: Date) async throws {
        guard var connection = try await store.privateLinkConnection(id: id) else { return }
        let before = connection.state
        var reason = ""
        switch connection.state {
        case .creating:
            guard let network = try await store.platformNetwork(provider: .aws, region: connection.region) else {
                connection.nextCheckAt = now.addingTimeInterval(pollInterval)
                break
            }
            do {
                let endpoint = try await provider.ensureEndpoint(
                    connectionID: connection.id, serviceName: connection.serviceName, serviceRegion: connection.serviceRegion,
                    network: network)
                reason = observe(endpoint, into: &connection, now: now)
            } catch let refusal as CloudRefusal {
                fail(&connection, refusal.message)
                reason = refusal.message
            }
        case .pendingAcceptance, .active:
            if let endpoint = try await provider.endpoints(connectionID: connection.id, region: connection.region).first {
                reason = observe(endpoint, into: &connection, now: now)
            } else {
                fail(&connection, "The connection's endpoint \(connection.endpointID ?? "") no longer exists; delete this connection and create a new one.")
                reason = connection.message ?? ""
            }
            if connection.state == .active { connection.nextCheckAt = now.addingTimeInterval(30) }
        case .deleting:
            for attachment in try await store.attachDomains(connectionID: connection.id) {
                try await provider.removeDomainRecords(zoneName: attachment.zoneName, region: attachment.region)
                try await store.remove(
                    attachment, event: Event(resource: attachment.name, state: "DETACHED", actor: Event.system, time: now,
                                             reason: "The connection is being deleted."))
            }
            try await provider.deleteEndpoints(connectionID: connection.id, region: connection.region)
            if try await provider.endpoints(connectionID: connection.id, region: connection.region).isEmpty {
                try await store.remove(
                    connection, event: Event(resource: connection.name, state: "DELETED", actor: Event.system, time: now,
                                             reason: "The endpoint is deleted."))
                return
            }
            connection.nextCheckAt = now.addingTimeInterval(pollInterval)
        case .failed:
            connection.nextCheckAt = nil
        }
        let changed = connection.state != before
        if changed { connection.updateTime = now }
        try await store.update(
            connection,
            event: changed ? Event(resource: connection.name, state: connection.state.rawValue, actor: Event.system, time: now, reason: reason) : nil,
            ifStateIs: before)
    }

    /// Maps the endpoint's state to the connection's, and says why it changed.
    private func observe(_ endpoint: EndpointStatus, into connection: inout PrivateLinkConnection, now: Date) -> String {
        connection.endpointID = endpoint.id
        connection.availabilityZoneIDs = endpoint.zoneIDs
        connection.nextCheckAt = now.addingTimeInterval(pollInterval)
        switch endpoint.state {
        case "pendingacceptance":
            connection.state = .pendingAcceptance
            return "Endpoint \(endpoint.id) waits for the service's owner to accept it."
        case "available":
            connection.state = .active
            return "Endpoint \(endpoint.id) is accepted and available."
        case "rejected":
            fail(&connection, "The endpoint service's owner rejected endpoint \(endpoint.id); delete this connection and create a new one once they will accept it.")
        case "failed":
            fail(&connection, "The cloud failed to make endpoint \(endpoint.id); delete this connection and create it again.")
        default:
            return ""
        }
        return connection.message ?? ""
    }

    private func fail(_ connection: inout PrivateLinkConnection, _ message: String) {
        connection.state = .failed
        connection.message = message
        connection.nextCheckAt = nil
    }
}
