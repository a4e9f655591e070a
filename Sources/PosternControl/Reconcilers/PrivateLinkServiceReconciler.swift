import Foundation
import PosternDomain
import PosternStore

/// Moves a node group's private link service: CREATING → the load balancer and endpoint
/// service exist, available, private DNS name verified → ACTIVE; DELETING (with its cluster,
/// once its endpoint connections are gone) → everything made for it deleted → gone. While
/// ACTIVE it notices endpoints that ask for the service without being registered, and lists
/// them as DISCOVERED.
public struct PrivateLinkServiceReconciler: Reconciler {
    let store: any Store
    let providers: CloudProviders
    let pollInterval: TimeInterval

    public init(store: any Store, providers: CloudProviders, pollInterval: TimeInterval = 1) {
        self.store = store
        self.providers = providers
        self.pollInterval = pollInterval
    }

    public func step(_ service: inout PrivateLinkService, now: Date) async throws -> Outcome {
        switch service.state {
        case .creating:
            guard let cluster = try await store.get(Cluster.self, id: service.clusterID),
                let group = cluster.nodeGroups.first(where: { $0.id == service.nodeGroupID })
            else {
                service.state = .deleting
                return .requeue(after: 0, reason: "Its cluster is gone.")
            }
            let provider: any EndpointServiceProvider
            do {
                provider = try providers.endpointServices(for: service.provider)
            } catch {
                return .requeue(after: pollInterval * 30, message: error.message)
            }
            let status = try await provider.ensurePrivateLinkService(
                PrivateLinkServiceSpec(
                    reference: service.nodeGroupID, region: service.region, port: service.port, nodeCount: group.nodeCount,
                    privateDNSName: service.dnsName, backend: group.backend))
            service.serviceID = status.serviceID
            service.serviceName = status.serviceName
            service.zoneIDs = status.zoneIDs
            if let dnsName = status.dnsName { service.dnsName = dnsName }
            guard status.isReady else { return .requeue(after: pollInterval) }
            service.state = .active
            return .settled(
                reason: "Endpoint service \(status.serviceName) is available, with \(status.dnsName == nil ? "private DNS name" : "domain") \(service.dnsName).",
                recheck: pollInterval * 3)
        case .active:
            try await discoverEndpoints(of: service, now: now)
            return .settled(recheck: pollInterval * 3)
        case .deleting:
            guard let provider = try? providers.endpointServices(for: service.provider) else {
                return .gone(reason: "Nothing was made: this Postern has no \(service.provider.displayName) provider.")
            }
            if try await provider.deletePrivateLinkService(reference: service.nodeGroupID, region: service.region) {
                return .gone(reason: "The endpoint service and its load balancer are deleted.")
            }
            return .requeue(after: pollInterval)
        }
    }

    /// Endpoints waiting on the service that no one registered through the API.
    private func discoverEndpoints(of service: PrivateLinkService, now: Date) async throws {
        guard let serviceID = service.serviceID else { return }
        let provider = try providers.endpointServices(for: service.provider)
        for connection in try await provider.endpointConnections(serviceID: serviceID, region: service.region)
        where connection.phase == .pendingAcceptance {
            let registered = try await store.first(
                PrivateEndpointConnection.self, Selection.owned(by: service.nodeGroupID).and("endpoint", in: [connection.endpointID]))
            guard registered == nil else { continue }
            let discovered = PrivateEndpointConnection(
                id: PrivateEndpointConnection.newID(), service: service, endpointID: connection.endpointID, state: .discovered,
                createdBy: Event.system, createTime: now)
            try? await store.insert(
                discovered, event: Event(resource: discovered.name, state: discovered.state.rawValue, actor: Event.system, time: now,
                                         reason: "Endpoint \(connection.endpointID) of account \(connection.owner) asks for the service; register it to accept it."))
        }
    }
}
