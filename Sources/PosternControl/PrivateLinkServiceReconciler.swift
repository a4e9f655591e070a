import Foundation
import PosternCloud
import PosternDomain
import PosternStore

/// Moves a node group's private link service: CREATING → the load balancer and endpoint
/// service exist, available, private DNS name verified → ACTIVE; DELETING (with its cluster)
/// → everything made for it deleted → gone. While ACTIVE it notices endpoints that ask for the
/// service without being registered, and lists them as DISCOVERED.
public struct PrivateLinkServiceReconciler: Sendable {
    let store: any Store
    let provider: any CloudProvider
    let pollInterval: TimeInterval

    public init(store: any Store, provider: any CloudProvider, pollInterval: TimeInterval = 1) {
        self.store = store
        self.provider = provider
        self.pollInterval = pollInterval
    }

    public func reconcile(_ nodeGroupID: String, now: Date) async throws {
        guard var service = try await store.privateLinkService(nodeGroupID: nodeGroupID) else { return }
        let before = service.state
        var reason = ""
        switch service.state {
        case .creating:
            guard let cluster = try await store.cluster(id: service.clusterID),
                let group = cluster.nodeGroups.first(where: { $0.id == nodeGroupID })
            else {
                service.state = .deleting
                service.nextCheckAt = now
                reason = "Its cluster is gone."
                break
            }
            let status = try await provider.ensurePrivateLinkService(
                PrivateLinkServiceSpec(
                    reference: nodeGroupID, region: service.region, port: service.port, nodeCount: group.nodeCount,
                    privateDNSName: service.dnsName, backend: group.backend))
            service.serviceID = status.serviceID
            service.serviceName = status.serviceName
            service.zoneIDs = status.zoneIDs
            service.nextCheckAt = now.addingTimeInterval(pollInterval)
            if status.isReady {
                service.state = .active
                reason = "Endpoint service \(status.serviceName) is available, with private DNS name \(service.dnsName)."
            }
        case .active:
            try await discoverEndpoints(of: service, now: now)
            service.nextCheckAt = now.addingTimeInterval(pollInterval * 3)
        case .deleting:
            if try await provider.deletePrivateLinkService(reference: nodeGroupID, region: service.region) {
                try await store.remove(
                    service, event: Event(resource: service.name, state: "DELETED", actor: Event.system, time: now,
                                          reason: "The endpoint service and its load balancer are deleted."))
                return
            }
            service.nextCheckAt = now.addingTimeInterval(pollInterval)
        }
        let changed = service.state != before
        try await store.update(
            service, event: changed ? Event(resource: service.name, state: service.state.rawValue, actor: Event.system, time: now, reason: reason) : nil,
            ifStateIs: before)
    }

    /// Endpoints waiting on the service that no one registered through the API.
    private func discoverEndpoints(of service: PrivateLinkService, now: Date) async throws {
        guard let serviceID = service.serviceID else { return }
        for connection in try await provider.endpointConnections(serviceID: serviceID, region: service.region)
        where connection.state == "pendingacceptance" {
            guard try await store.privateEndpointConnection(nodeGroupID: service.nodeGroupID, endpointID: connection.endpointID) == nil
            else { continue }
            let discovered = PrivateEndpointConnection(
                id: PrivateEndpointConnection.newID(), service: service, endpointID: connection.endpointID, state: .discovered,
                createdBy: Event.system, createTime: now)
            try? await store.insert(
                discovered, event: Event(resource: discovered.name, state: discovered.state.rawValue, actor: Event.system, time: now,
                                         reason: "Endpoint \(connection.endpointID) of account \(connection.owner) asks for the service; register it to accept it."))
        }
    }
}
