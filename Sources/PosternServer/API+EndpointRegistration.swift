import Foundation
import PosternDomain
import PosternStore

/// Registering a customer's endpoint with a private link service, as Dedicated node groups and
/// Premium instances both do: a new connection PENDING for the reconciler, or what the endpoint
/// already has there (a discovered one adopted, a failed one retried where the family allows).
extension API {
    /// What a FAILED connection of the same endpoint does when it is registered again.
    enum FailedRegistration {
        case retry
        /// Refused, with the fix for the connection of this id (Premium: delete it and create a new one).
        case refuse(fix: @Sendable (String) -> String)
    }

    func register(
        endpointID: String, with service: PrivateLinkService, domain: String? = nil, failed: FailedRegistration
    ) async throws -> PrivateEndpointConnection {
        let caller = try Principal.require()
        let now = Date()
        if var existing = try await store.first(
            PrivateEndpointConnection.self, Selection.owned(by: service.nodeGroupID).and("endpoint", in: [endpointID]))
        {
            let read = existing.state
            let reason: String
            switch (read, failed) {
            case (.pending, _):
                return existing
            case (.active, _):
                throw APIError.failedPrecondition(
                    "Endpoint \(endpointID) is ACTIVE as connection \(existing.id) and cannot be edited; delete the connection to register it again.")
            case (.deleting, _):
                throw APIError.failedPrecondition("Endpoint \(endpointID) is being deleted as connection \(existing.id); register it again once it is gone.")
            case (.failed, .refuse(let fix)):
                throw APIError.failedPrecondition(
                    "Endpoint \(endpointID) FAILED as connection \(existing.id) and cannot be edited or registered again: \(fix(existing.id))")
            case (.failed, .retry):
                reason = "Retry asked for."
            case (.discovered, _):
                reason = "The discovered endpoint is registered."
            }
            existing.state = .pending
            existing.message = nil
            if let domain { existing.privateDomainName = domain }
            existing.updateTime = now
            existing.nextCheckAt = now
            existing.createdBy = caller.publicKey
            let event = Event(resource: existing.name, state: existing.state.rawValue, actor: caller.publicKey, time: now, reason: reason)
            guard try await store.update(existing, event: event, ifStateIs: read) else {
                throw APIError(status: 409, code: 10, message: "Connection \(existing.id) changed meanwhile; try again.")
            }
            return existing
        }
        var connection = PrivateEndpointConnection(
            id: PrivateEndpointConnection.newID(), service: service, endpointID: endpointID, state: .pending, createdBy: caller.publicKey,
            createTime: now)
        connection.privateDomainName = domain
        do {
            try await store.insert(
                connection, event: Event(resource: connection.name, state: connection.state.rawValue, actor: caller.publicKey, time: now,
                                         reason: "Endpoint \(endpointID) registered with \(service.serviceName ?? "the service")."))
        } catch is StoreConflict {
            throw APIError(status: 409, code: 10, message: "Endpoint \(endpointID) was registered meanwhile; GET the list to see it.")
        }
        return connection
    }
}
