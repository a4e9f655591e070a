import Foundation
import PosternCloud
import PosternDomain
import PosternStore

/// Moves attached domains: CREATING → the records exist in the platform's private zone →
/// ACTIVE; DELETING → the zone is gone → removed.
public struct AttachDomainReconciler: Sendable {
    let store: any Store
    let provider: any CloudProvider

    public init(store: any Store, provider: any CloudProvider) {
        self.store = store
        self.provider = provider
    }

    public func reconcile(_ id: String, now: Date) async throws {
        guard var attachment = try await store.attachDomain(id: id) else { return }
        switch attachment.state {
        case .creating:
            guard let connection = try await store.privateLinkConnection(id: attachment.connectionID), let endpointID = connection.endpointID
            else {
                attachment.setState(.failed, message: "The connection's endpoint is gone; detach these domains.")
                attachment.nextCheckAt = nil
                try await store.update(attachment, event: event(attachment, now, "The connection's endpoint is gone."), ifStateIs: .creating)
                return
            }
            do {
                try await provider.ensureDomainRecords(
                    DomainRecords(
                        reference: attachment.id, region: attachment.region, zoneName: attachment.zoneName, endpointID: endpointID,
                        names: attachment.domains.map { .init(name: $0.name, zoneID: $0.zoneID) }))
                attachment.setState(.active)
            } catch let refusal as CloudRefusal {
                attachment.setState(.failed, message: refusal.message)
            }
            attachment.nextCheckAt = nil
            try await store.update(
                attachment, event: event(attachment, now, attachment.domains.first?.message ?? "The records point at \(endpointID)."),
                ifStateIs: .creating)
        case .deleting:
            try await provider.removeDomainRecords(zoneName: attachment.zoneName, region: attachment.region)
            try await store.remove(attachment, event: Event(resource: attachment.name, state: "DETACHED", actor: Event.system, time: now,
                                                            reason: "The records are removed."))
        case .active, .failed:
            attachment.nextCheckAt = nil
            try await store.update(attachment, event: nil, ifStateIs: attachment.state)
        }
    }

    private func event(_ attachment: AttachDomain, _ now: Date, _ reason: String) -> Event {
        Event(resource: attachment.name, state: attachment.state.rawValue, actor: Event.system, time: now, reason: reason)
    }
}
