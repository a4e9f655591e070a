import Foundation
import PosternCloud
import PosternDomain
import PosternStore

/// Moves a registered private endpoint: PENDING → the platform accepts the endpoint's request
/// → ACTIVE once the cloud says it is available, or FAILED when the endpoint never asked,
/// was rejected or deleted; DELETING → the endpoint rejected → gone.
public struct PrivateEndpointConnectionReconciler: Sendable {
    let store: any Store
    let provider: any CloudProvider
    let pollInterval: TimeInterval
    /// How long a registered endpoint may take to show up at the service before it FAILS.
    let arrivalGrace: TimeInterval

    public init(store: any Store, provider: any CloudProvider, pollInterval: TimeInterval = 1, arrivalGrace: TimeInterval = 15) {
        self.store = store
        self.provider = provider
        self.pollInterval = pollInterval
        self.arrivalGrace = arrivalGrace
    }

    public func reconcile(_ id: String, now: Date) async throws {
        guard var connection = try await store.privateEndpointConnection(id: id) else { return }
        let before = connection.state
        let service = try await store.privateLinkService(nodeGroupID: connection.nodeGroupID)
        var reason = ""
        switch connection.state {
        case .pending:
            connection.nextCheckAt = now.addingTimeInterval(pollInterval)
            guard let service, service.state == .active, let serviceID = service.serviceID else { break }
            let seen = try await provider.endpointConnections(serviceID: serviceID, region: service.region)
                .first { $0.endpointID == connection.endpointID }
            switch seen?.state {
            case nil:
                let since = connection.updateTime ?? connection.createTime
                if now.timeIntervalSince(since) > arrivalGrace {
                    reason = "Endpoint \(connection.endpointID) has not asked for \(service.serviceName ?? "the service") in \(service.region). Create it there (private endpoints do not cross regions): aws ec2 create-vpc-endpoint --vpc-id <your_vpc_id> --region \(service.region) --service-name \(service.serviceName ?? "") --vpc-endpoint-type Interface --subnet-ids <your_application_subnet_ids>; then register it again."
                    fail(&connection, reason)
                }
            case "pendingacceptance":
                try await provider.acceptEndpoint(connection.endpointID, serviceID: serviceID, region: service.region)
            case "available":
                connection.state = .active
                connection.message = nil
                connection.nextCheckAt = now.addingTimeInterval(30)
                reason = "Endpoint \(connection.endpointID) is accepted and available at \(service.dnsName):\(service.port)."
            case let state? where ["rejected", "deleted", "deleting", "failed"].contains(state):
                reason = "Endpoint \(connection.endpointID) is \(state) in the cloud; create a new endpoint and register it."
                fail(&connection, reason)
            default:
                break
            }
        case .active:
            connection.nextCheckAt = now.addingTimeInterval(30)
            guard let service, let serviceID = service.serviceID else { break }
            let seen = try await provider.endpointConnections(serviceID: serviceID, region: service.region)
                .first { $0.endpointID == connection.endpointID }
            if seen == nil || seen?.state != "available" {
                reason = "Endpoint \(connection.endpointID) is \(seen?.state ?? "gone") in the cloud; create a new endpoint and register it."
                fail(&connection, reason)
            }
        case .deleting:
            if let service, let serviceID = service.serviceID,
                let seen = try await provider.endpointConnections(serviceID: serviceID, region: service.region)
                    .first(where: { $0.endpointID == connection.endpointID }),
                ["pendingacceptance", "pending", "available"].contains(seen.state)
            {
                try await provider.rejectEndpoint(connection.endpointID, serviceID: serviceID, region: service.region)
            }
            try await store.remove(
                connection, event: Event(resource: connection.name, state: "DELETED", actor: Event.system, time: now,
                                         reason: "The endpoint's connection is rejected; it no longer reaches the cluster."))
            return
        case .failed, .discovered:
            connection.nextCheckAt = nil
        }
        let changed = connection.state != before
        if changed { connection.updateTime = now }
        try await store.update(
            connection,
            event: changed ? Event(resource: connection.name, state: connection.state.rawValue, actor: Event.system, time: now, reason: reason) : nil,
            ifStateIs: before)
    }

    private func fail(_ connection: inout PrivateEndpointConnection, _ message: String) {
        connection.state = .failed
        connection.message = message
        connection.nextCheckAt = nil
    }
}
