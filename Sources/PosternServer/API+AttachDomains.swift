import Foundation
import PosternDomain
import PosternStore

/// Attaching and detaching domains on a private link connection.
extension API {
    func attachDomains(_ input: Operations.AttachDomains.Input) async throws -> Operations.AttachDomains.Output {
        let caller = try Principal.require()
        let connection = try await ownConnection(input.path.clusterId, input.path.privateLinkConnectionId)
        guard case .json(let body) = input.body else { throw APIError.invalidArgument("The body must be JSON.") }
        guard let type = DomainType(rawValue: body.attachDomain._type.rawValue) else {
            throw APIError.invalidArgument("attachDomain.type must be one of \(DomainType.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        let validateOnly = body.validateOnly ?? false
        let uniqueName = try AttachDomain.validate(
            type: type, uniqueName: body.attachDomain.uniqueName ?? "", validateOnly: validateOnly, connection: connection)
        let now = Date()
        let attachment = AttachDomain(
            id: AttachDomain.newID(), connection: connection, type: type, uniqueName: uniqueName, createdBy: caller.publicKey, createTime: now)
        let taken = APIError.alreadyExists(
            "The \(type.rawValue) unique name '\(uniqueName)' is attached already; detach it first, or dry-run for a new name.")
        if validateOnly {
            let attached = try await store.all(AttachDomain.self, .owned(by: connection.id))
            if attached.contains(where: { $0.zoneName == attachment.zoneName }) { throw taken }
            return .ok(.init(body: .json(Self.attachDomain(attachment, validateOnly: true))))
        }
        do {
            try await store.insert(
                attachment, event: Event(resource: attachment.name, state: attachment.state.rawValue, actor: caller.publicKey, time: now,
                                         reason: "Attach \(attachment.domains.map(\.name).joined(separator: ", "))."))
        } catch is StoreConflict {
            throw taken
        }
        return .ok(.init(body: .json(Self.attachDomain(attachment))))
    }

    func detachDomains(_ input: Operations.DetachDomains.Input) async throws -> Operations.DetachDomains.Output {
        let caller = try Principal.require()
        let connection = try await ownConnection(input.path.clusterId, input.path.privateLinkConnectionId)
        guard case .json(let body) = input.body else { throw APIError.invalidArgument("The body must be JSON.") }
        guard let attachment = try await store.get(AttachDomain.self, id: body.attachDomainId), attachment.connectionID == connection.id else {
            throw APIError.notFound(
                "Attached domains \(body.attachDomainId) not found on private link connection \(connection.id): its Get lists attachedDomains.")
        }
        return .ok(.init(body: .json(Self.attachDomain(try await askDeletion(of: attachment, reason: "Detach asked for.")))))
    }

    static func attachDomain(_ attachment: AttachDomain, validateOnly: Bool = false) -> Components.Schemas.AttachDomain {
        .init(
            attachDomainId: validateOnly ? nil : attachment.id, clusterId: attachment.clusterID,
            privateLinkConnectionId: attachment.connectionID,
            _type: Components.Schemas.PrivateLinkConnectionDomainType(rawValue: attachment.type.rawValue) ?? .tidbcloudManaged,
            uniqueName: attachment.uniqueName,
            domains: attachment.domains.map { .init(name: $0.name, state: validateOnly ? nil : $0.state.rawValue, message: $0.message) },
            createdBy: validateOnly ? nil : attachment.createdBy, createTime: validateOnly ? nil : attachment.createTime)
    }
}
