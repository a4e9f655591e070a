import ArgumentParser
import Foundation

/// `postern dedicated`: Dedicated clusters and private endpoints into them (ticloud has none).
struct DedicatedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dedicated", abstract: "Manage Dedicated clusters and their private endpoints",
        subcommands: [ClusterCommand.self, PrivateLinkServiceCommand.self, PrivateEndpointCommand.self],
        aliases: ["d"])

    static let base = "/dedicated/v1beta1"

    static func group(_ cluster: String, _ group: String) -> String { "\(base)/clusters/\(cluster)/tidbNodeGroups/\(group)" }

    /// The cluster's default node group, when the user names none.
    static func nodeGroup(_ client: API, cluster: String, given: String?) async throws -> String {
        if let given { return given }
        let described = try await client.call { try await $0.getDedicatedCluster(path: .init(clusterId: cluster)).ok.body.json }
        guard let id = described.tidbNodeSetting.tidbNodeGroups.first?.tidbNodeGroupId else {
            throw CLIError("cluster \(cluster) has no TiDB node group")
        }
        return id
    }

    static func cluster(_ id: String) -> Waiting.Read {
        { api in try await api.json { try await $0.getDedicatedCluster(path: .init(clusterId: id)).ok.body.json } }
    }

    static func privateLinkService(_ cluster: String, _ group: String) -> Waiting.Read {
        { api in
            try await api.json { try await $0.getPrivateLinkService(path: .init(clusterId: cluster, tidbNodeGroupId: group)).ok.body.json }
        }
    }

    struct ClusterCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "cluster", abstract: "Manage Dedicated clusters", subcommands: [Create.self, List.self, Describe.self, Delete.self])

        struct Create: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Create a Dedicated cluster with one TiDB node group",
                discussion: "Example:\n  postern dedicated cluster create --display-name orders --region aws-us-west-2 --node-count 2 --wait")
            @Option(name: [.customShort("n"), .customLong("display-name")], help: "The display name of the cluster.") var displayName: String
            @Option(name: [.customShort("r"), .long], help: "The region, e.g. aws-us-west-2.") var region: String
            @Option(name: .customLong("node-count"), help: "TiDB nodes in the node group (1 to 32).") var nodeCount = 2
            @Option(help: "The SQL port.") var port = 4000
            @Option(help: "A MySQL-protocol server (host:port) that stands for the TiDB nodes, e.g. 127.0.0.1:3306.")
            var backend: String?
            @Flag(help: "Wait until the node group's private link service is ACTIVE.") var wait = false
            @OptionGroup var global: GlobalOptions

            func run() async throws {
                try await global.run { terminal, client in
                    let request = Components.Schemas.DedicatedCluster(
                        displayName: displayName, regionId: region.replacingOccurrences(of: "regions/", with: ""),
                        tidbNodeSetting: .init(tidbNodeGroups: [.init(nodeCount: Int32(clamping: nodeCount), backend: backend)]),
                        port: Int32(clamping: port))
                    let cluster = try await client.call { try await $0.createDedicatedCluster(body: .json(request)).ok.body.json }
                    let id = cluster.clusterId ?? ""
                    terminal.success("Cluster \(id) created")
                    if wait {
                        let group = try await nodeGroup(client, cluster: id, given: nil)
                        _ = try await Waiting.until(
                            terminal, client, "\(DedicatedCommand.group(id, group))/privateLinkService",
                            read: DedicatedCommand.privateLinkService(id, group), state: { $0?["state"] as? String ?? "CREATING" }, settled: ["ACTIVE"])
                    }
                }
            }
        }

        struct List: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "List Dedicated clusters")
            @Option(name: [.customShort("o"), .long], help: #"Output format, one of ["human" "json"]."#) var output = "human"
            @OptionGroup var global: GlobalOptions

            func run() async throws {
                try await global.run { terminal, client in
                    try checkOutput(output)
                    let clusters = try await Pickers.all(key: "clusters") { token in
                        try await client.json { try await $0.listDedicatedClusters(query: .init(pageSize: 100, pageToken: token)).ok.body.json }
                    }
                    terminal.list(
                        clusters, key: "clusters", output: output,
                        columns: [("ID", "clusterId"), ("DisplayName", "displayName"), ("State", "state"), ("Region", "regionId"),
                                  ("CreateTime", "createTime")])
                }
            }
        }

        struct Describe: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Describe a Dedicated cluster", aliases: ["get"])
            @Option(name: [.customShort("c"), .customLong("cluster-id")], help: "The ID of the cluster.") var clusterID: String
            @OptionGroup var global: GlobalOptions

            func run() async throws {
                try await global.run { terminal, client in terminal.json(try await DedicatedCommand.cluster(clusterID)(client)) }
            }
        }

        struct Delete: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Delete a Dedicated cluster", aliases: ["rm"])
            @Option(name: [.customShort("c"), .customLong("cluster-id")], help: "The ID of the cluster.") var clusterID: String
            @Flag(help: "Delete without confirmation.") var force = false
            @Flag(help: "Wait until the cluster is gone.") var wait = false
            @OptionGroup var global: GlobalOptions

            func run() async throws {
                try await global.run { terminal, client in
                    let id = clusterID
                    try await Waiting.delete(
                        terminal, client, "\(base)/clusters/\(id)", force: force, wait: wait, done: "Cluster \(id) deleted",
                        delete: { api in _ = try await api.call { try await $0.deleteDedicatedCluster(path: .init(clusterId: id)).ok } },
                        read: DedicatedCommand.cluster(id))
                }
            }
        }
    }

    struct PrivateLinkServiceCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "private-link-service", abstract: "The endpoint service of a TiDB node group", subcommands: [Describe.self],
            aliases: ["pls"])

        struct Describe: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Describe a node group's private link service: the service name to make endpoints for",
                aliases: ["get"])
            @Option(name: [.customShort("c"), .customLong("cluster-id")], help: "The ID of the cluster.") var clusterID: String
            @Option(name: [.customShort("g"), .customLong("node-group-id")], help: "The TiDB node group (default: the cluster's first).")
            var nodeGroupID: String?
            @OptionGroup var global: GlobalOptions

            func run() async throws {
                try await global.run { terminal, client in
                    let group = try await nodeGroup(client, cluster: clusterID, given: nodeGroupID)
                    terminal.json(try await DedicatedCommand.privateLinkService(clusterID, group)(client))
                }
            }
        }
    }
}
