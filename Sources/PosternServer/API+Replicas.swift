import Foundation
import PosternDomain
import PosternStore

/// Postern's addition for operators: the replicas sharing the store.
extension API {
    func listReplicas(_ input: Operations.ListReplicas.Input) async throws -> Operations.ListReplicas.Output {
        _ = try Principal.require()
        let now = Date()
        let replicas = try await store.all(Replica.self).sorted { ($0.startTime, $0.id) < ($1.startTime, $1.id) }
        return .ok(.init(body: .json(.init(replicas: replicas.map { replica in
            .init(
                replicaId: replica.id, host: replica.host, pid: replica.pid, controlPlane: replica.controlPlane, clouds: replica.clouds,
                state: replica.isLive(at: now, lease: lease) ? .active : .lost, startTime: replica.startTime, lastSeenTime: replica.lastSeen)
        }))))
    }
}
