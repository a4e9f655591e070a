import Foundation
import PosternDomain
import PosternStore

/// Moves attached domains: CREATING → the records exist in the platform's private zone →
/// ACTIVE; DELETING → the zone is gone → detached.
public struct AttachDomainReconciler: Reconciler {
    let store: any Store
    let providers: CloudProviders

    public init(store: any Store, providers: CloudProviders) {
        self.store = store
        self.providers = providers
    }

    public func step(_ attachment: inout AttachDomain, now: Date) async throws -> Outcome {
        switch attachment.state {
        case .creating:
            guard let connection = try await store.get(PrivateLinkConnection.self, id: attachment.connectionID),
                let endpointID = connection.endpointID
            else {
                return fail(&attachment, "The connection's endpoint is gone; detach these domains.")
            }
            do {
                try await providers.domainRecords(for: attachment.provider).ensureDomainRecords(
                    DomainRecords(
                        reference: attachment.id, region: attachment.region, zoneName: attachment.zoneName, endpointID: endpointID,
                        names: attachment.domains.map { .init(name: $0.name, zoneID: $0.zoneID) }))
            } catch let refusal as CloudRefusal {
                return fail(&attachment, refusal.message)
            }
            attachment.setState(.active)
            return .settled(reason: "The records point at \(endpointID).")
        case .deleting:
            if let provider = try? providers.domainRecords(for: attachment.provider) {
                try await provider.removeDomainRecords(zoneName: attachment.zoneName, region: attachment.region)
            }
            return .gone(reason: "The records are removed.")
        case .active:
            return .settled()
        case .failed:
            return .failed(attachment.message ?? attachment.domains.first?.message ?? "")
        }
    }

    private func fail(_ attachment: inout AttachDomain, _ message: String) -> Outcome {
        attachment.setState(.failed, message: message)
        return .failed(message)
    }
}
