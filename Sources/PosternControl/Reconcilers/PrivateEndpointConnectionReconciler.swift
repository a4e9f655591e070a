import Foundation
import PosternDomain
import PosternStore

/// Moves a registered private endpoint: PENDING → the platform accepts the endpoint's request
/// → ACTIVE once the cloud says it is available, or FAILED when the endpoint never asked,
/// was rejected or deleted; DELETING → the endpoint rejected → gone.
public struct PrivateEndpointConnectionReconciler: Reconciler {
    let store: any Store
    let providers: CloudProviders
    let pollInterval: TimeInterval
    /// How long a registered endpoint may take to show up at the service before it FAILS.
    let arrivalGrace: TimeInterval

    public init(store: any Store, providers: CloudProviders, pollInterval: TimeInterval = 1, arrivalGrace: TimeInterval = 15) {
        self.store = store
        self.providers = providers
        self.pollInterval = pollInterval
        self.arrivalGrace = arrivalGrace
    }

    public func step(_ connection: inout PrivateEndpointConnection, now: Date) async throws -> Outcome {
        let service = try await store.get(PrivateLinkService.self, id: connection.nodeGroupID)
        switch connection.state {
        case .pending:
            guard let service, service.state == .active, let serviceID = service.serviceID else { return .requeue(after: pollInterval) }
            let provider = try providers.endpointServices(for: service.provider)
            let seen = try await provider.endpointConnections(serviceID: serviceID, region: service.region)
                .first { $0.endpointID == connection.endpointID }
            switch seen?.phase {
            case nil:
                guard now.timeIntervalSince(connection.updateTime ?? connection.createTime) > arrivalGrace else {
                    return .requeue(after: pollInterval)
                }
                let create =
                    switch service.provider {
                    case .aws:
                        "aws ec2 create-vpc-endpoint --vpc-id <your_vpc_id> --region \(service.region) --service-name \(service.serviceName ?? "") --vpc-endpoint-type Interface --subnet-ids <your_application_subnet_ids>"
                    case .alicloud:
                        "CreateVpcEndpoint with RegionId \(service.region), ServiceName \(service.serviceName ?? ""), your VpcId, SecurityGroupId.1 and Zone.N (VPC > Endpoints > Create Endpoint in the console)"
                    }
                return fail(
                    &connection,
                    "Endpoint \(connection.endpointID) has not asked for \(service.serviceName ?? "the service") in \(service.region). Create it there (private endpoints do not cross regions): \(create); then register it again.")
            case .pendingAcceptance:
                try await provider.acceptEndpoint(connection.endpointID, serviceID: serviceID, region: service.region)
                return .requeue(after: pollInterval)
            case .pending:
                return .requeue(after: pollInterval)
            case .available:
                connection.state = .active
                return .settled(
                    reason: "Endpoint \(connection.endpointID) is accepted and available at \(connection.privateDomainName ?? service.dnsName):\(service.port).", recheck: 30)
            case .rejected, .deleting, .deleted, .failed:
                return fail(
                    &connection,
                    "Endpoint \(connection.endpointID) is \(seen?.phase.rawValue ?? "") in the cloud; create a new endpoint and register it.")
            }
        case .active:
            guard let service, let serviceID = service.serviceID else { return .settled(recheck: 30) }
            let seen = try await providers.endpointServices(for: service.provider).endpointConnections(serviceID: serviceID, region: service.region)
                .first { $0.endpointID == connection.endpointID }
            guard let seen, seen.phase == .available else {
                return fail(
                    &connection,
                    "Endpoint \(connection.endpointID) is \(seen?.phase.rawValue ?? "gone") in the cloud; create a new endpoint and register it.")
            }
            return .settled(recheck: 30)
        case .deleting:
            if let service, let serviceID = service.serviceID, let provider = try? providers.endpointServices(for: service.provider),
                let seen = try await provider.endpointConnections(serviceID: serviceID, region: service.region)
                    .first(where: { $0.endpointID == connection.endpointID }),
                seen.phase.isLive
            {
                try await provider.rejectEndpoint(connection.endpointID, serviceID: serviceID, region: service.region)
            }
            return .gone(reason: "The endpoint's connection is rejected; it no longer reaches the cluster.")
        case .failed:
            return .failed(connection.message ?? "")
        case .discovered:
            return .settled()
        }
    }

    private func fail(_ connection: inout PrivateEndpointConnection, _ message: String) -> Outcome {
        connection.state = .failed
        return .failed(message)
    }
}
