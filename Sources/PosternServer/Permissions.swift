import PosternDomain

/// Who may call each operation of the API: the one table every route is checked against
/// (`Authorization`). Finer rules about a request's content (which key roles an owner may
/// make) stay with their handlers.
enum Permissions {
    /// What an operation needs.
    enum Access: CaseIterable {
        /// Any key: reading what its project holds.
        case read
        /// Changing Starter and Essential clusters, their private link connections and domains.
        case dataflow
        /// Dedicated clusters, Premium instances, private endpoints and API keys.
        case owner
        /// Projects.
        case organization

        var roles: Set<APIKey.Role> {
            switch self {
            case .read: Set(APIKey.Role.allCases)
            case .dataflow: [.organizationOwner, .projectOwner, .projectMember]
            case .owner: [.organizationOwner, .projectOwner]
            case .organization: [.organizationOwner]
            }
        }
    }

    /// Every operation of `openapi.yaml`, by operationId. One missing here is refused to all.
    static let table: [String: Access] = [
        "listRegions": .read,
        "listReplicas": .organization,
        "listClusters": .read,
        "getCluster": .read,
        "listClusterEvents": .read,
        "createCluster": .dataflow,
        "deleteCluster": .dataflow,
        "listPrivateLinkConnections": .read,
        "getPrivateLinkConnection": .read,
        "getPrivateLinkConnectionUsage": .read,
        "listPrivateLinkConnectionEvents": .read,
        "getAvailabilityZones": .read,
        "createPrivateLinkConnection": .dataflow,
        "deletePrivateLinkConnection": .dataflow,
        "attachDomains": .dataflow,
        "detachDomains": .dataflow,
        "listDedicatedRegions": .read,
        "listDedicatedClusters": .read,
        "getDedicatedCluster": .read,
        "listTidbNodeGroups": .read,
        "getTidbNodeGroup": .read,
        "getPrivateLinkService": .read,
        "listPrivateLinkServiceEvents": .read,
        "listPrivateEndpointConnections": .read,
        "getPrivateEndpointConnection": .read,
        "getPrivateEndpointConnectionUsage": .read,
        "listPrivateEndpointConnectionEvents": .read,
        "createDedicatedCluster": .owner,
        "deleteDedicatedCluster": .owner,
        "createPrivateEndpointConnection": .owner,
        "deletePrivateEndpointConnection": .owner,
        "listTidbs": .read,
        "getTidb": .read,
        "getTidbPrivateLinkService": .read,
        "listTidbPrivateEndpointConnections": .read,
        "getTidbPrivateEndpointConnection": .read,
        "listTidbPrivateEndpointConnectionEvents": .read,
        "getTidbPrivateEndpointConnectionUsage": .read,
        "createTidb": .owner,
        "deleteTidb": .owner,
        "createTidbPrivateEndpointConnection": .owner,
        "updateTidbPrivateEndpointConnection": .owner,
        "deleteTidbPrivateEndpointConnection": .owner,
        "getOrganization": .read,
        "listRoles": .read,
        "listProjects": .read,
        "listAPIKeys": .owner,
        "createAPIKey": .owner,
        "deleteAPIKey": .owner,
        "createProject": .organization,
        "deleteProject": .organization,
    ]

    static func allows(_ role: APIKey.Role, _ operationID: String) -> Bool {
        table[operationID]?.roles.contains(role) ?? false
    }

    /// The refusal, naming the operation, the role and who may.
    static func refusal(_ role: APIKey.Role, _ operationID: String) -> APIError {
        let allowed = APIKey.Role.allCases.filter { table[operationID]?.roles.contains($0) ?? false }.map(\.rawValue)
        return .permissionDenied(
            "A \(role.rawValue) key may not \(operationID): it takes \(allowed.isEmpty ? "a key no role has" : allowed.joined(separator: " or ")). Use such a key, or ask an Organization Owner for one.")
    }
}
