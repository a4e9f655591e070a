import Foundation

/// What interactive commands ask the user to choose from, every page of it.
enum Pickers {
    /// Every item of a paged list: `page` fetches one page (100 items) after a token, and
    /// `key` holds its items.
    static func all(key: String, _ page: (String?) async throws -> [String: Any]) async throws -> [[String: Any]] {
        var items: [[String: Any]] = []
        var token: String?
        for _ in 0..<1000 {
            let reply = try await page(token)
            items += reply[key] as? [[String: Any]] ?? []
            token = reply["nextPageToken"] as? String
            if token?.isEmpty ?? true { break }
        }
        return items
    }

    static func clusters(_ api: API) async throws -> [[String: Any]] {
        try await all(key: "clusters") { token in
            try await api.json { try await $0.listClusters(query: .init(pageSize: 100, pageToken: token)).ok.body.json }
        }
    }

    static func connections(_ api: API, cluster: String) async throws -> [[String: Any]] {
        try await all(key: "privateLinkConnections") { token in
            try await api.json {
                try await $0.listPrivateLinkConnections(path: .init(clusterId: cluster), query: .init(pageSize: 100, pageToken: token)).ok.body.json
            }
        }
    }

    static func cluster(_ terminal: Terminal, _ api: API) async throws -> String {
        let clusters = try await clusters(api)
        guard !clusters.isEmpty else { throw CLIError("no available cluster found") }
        let names = clusters.map { "\($0["displayName"] as? String ?? "")(\($0["clusterId"] as? String ?? ""))" }
        return clusters[try terminal.select("Choose the cluster:", names, none: "no cluster selected")]["clusterId"] as? String ?? ""
    }

    static func connection(_ terminal: Terminal, _ api: API, cluster: String) async throws -> String {
        let connections = try await connections(api, cluster: cluster)
        guard !connections.isEmpty else { throw CLIError("no available private link connection found") }
        let names = connections.map { "\($0["displayName"] as? String ?? "")(\($0["privateLinkConnectionId"] as? String ?? ""))" }
        return connections[try terminal.select("Choose the private link connection:", names, none: "no private link connection")][
            "privateLinkConnectionId"] as? String ?? ""
    }
}
