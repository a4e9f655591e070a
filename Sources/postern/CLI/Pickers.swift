import Foundation
import PosternClient

/// What interactive commands ask the user to choose from, every page of it.
enum Pickers {
    /// Every item of a paged list: `key` holds the items of each page.
    static func all(_ client: APIClient, _ path: String, key: String) async throws -> [[String: Any]] {
        var items: [[String: Any]] = []
        var token = ""
        for _ in 0..<1000 {
            let separator = path.contains("?") ? "&" : "?"
            let page = try await client.get("\(path)\(separator)pageSize=100\(token.isEmpty ? "" : "&pageToken=\(token)")") as? [String: Any] ?? [:]
            items += page[key] as? [[String: Any]] ?? []
            token = page["nextPageToken"] as? String ?? ""
            if token.isEmpty { break }
        }
        return items
    }

    static func cluster(_ terminal: Terminal, _ client: APIClient) async throws -> String {
        let clusters = try await all(client, "/v1beta1/clusters", key: "clusters")
        guard !clusters.isEmpty else { throw CLIError("no available cluster found") }
        let names = clusters.map { "\($0["displayName"] as? String ?? "")(\($0["clusterId"] as? String ?? ""))" }
        return clusters[try terminal.select("Choose the cluster:", names, none: "no cluster selected")]["clusterId"] as? String ?? ""
    }

    static func connection(_ terminal: Terminal, _ client: APIClient, cluster: String) async throws -> String {
        let connections = try await all(client, "/v1beta1/clusters/\(cluster)/privateLinkConnections", key: "privateLinkConnections")
        guard !connections.isEmpty else { throw CLIError("no available private link connection found") }
        let names = connections.map { "\($0["displayName"] as? String ?? "")(\($0["privateLinkConnectionId"] as? String ?? ""))" }
        return connections[try terminal.select("Choose the private link connection:", names, none: "no private link connection")][
            "privateLinkConnectionId"] as? String ?? ""
    }
}
