import Foundation
import PosternDomain
import PosternStore

/// Deletes a project once everything in it is gone (the loop deletes its clusters first),
/// with its API keys.
public struct ProjectReconciler: Reconciler {
    let store: any Store

    public init(store: any Store) { self.store = store }

    public func step(_ project: inout Project, now: Date) async throws -> Outcome {
        switch project.state {
        case .active:
            return .settled()
        case .deleting:
            for key in try await store.all(APIKey.self, ["project": project.id]) { try await store.delete(key, event: nil) }
            return .gone(reason: "The project, its clusters and its API keys are deleted.")
        }
    }
}
