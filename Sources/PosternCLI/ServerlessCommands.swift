import ArgumentParser
import Foundation

/// `postern serverless`: Starter and Essential clusters, their regions, and private link connections.
struct ServerlessCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serverless", abstract: "Manage Starter and Essential clusters",
        subcommands: [Create.self, List.self, Describe.self, Delete.self, Region.self, PrivateLinkConnectionCommand.self],
        aliases: ["s"])

    /// Reads a cluster, for `--wait` and describe.
    static func cluster(_ id: String) -> Waiting.Read {
        { api in try await api.json { try await $0.getCluster(path: .init(clusterId: id)).ok.body.json } }
    }

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a cluster",
            discussion: "Example:\n  postern serverless create --display-name dataflow --region aws-us-west-2 --wait")
        @Option(name: [.customShort("n"), .customLong("display-name")], help: "The display name of the cluster.") var displayName: String
        @Option(name: [.customShort("r"), .long], help: "The region, e.g. aws-us-west-2 (postern serverless region lists them).") var region: String
        @Flag(help: "Wait until the cluster is ACTIVE.") var wait = false
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await global.run { terminal, client in
                let name = region.hasPrefix("regions/") ? region : "regions/\(region)"
                let cluster = try await client.call {
                    try await $0.createCluster(body: .json(.init(displayName: displayName, region: .init(name: name)))).ok.body.json
                }
                let id = cluster.clusterId ?? ""
                terminal.success("Cluster \(id) created")
                if wait {
                    _ = try await Waiting.until(
                        terminal, client, "/v1beta1/clusters/\(id)", read: ServerlessCommand.cluster(id),
                        state: { $0?["state"] as? String ?? "GONE" }, settled: ["ACTIVE", "GONE"])
                }
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List clusters")
        @Option(name: [.customShort("o"), .long], help: #"Output format, one of ["human" "json"]."#) var output = "human"
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await global.run { terminal, client in
                try checkOutput(output)
                terminal.list(
                    try await Pickers.clusters(client), key: "clusters", output: output,
                    columns: [("ID", "clusterId"), ("DisplayName", "displayName"), ("State", "state"), ("Region", "region.regionId"),
                              ("CreateTime", "createTime")])
            }
        }
    }

    struct Describe: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "describe", abstract: "Describe a cluster", aliases: ["get"])
        @Option(name: [.customShort("c"), .customLong("cluster-id")], help: "The ID of the cluster.") var clusterID: String
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await global.run { terminal, client in terminal.json(try await ServerlessCommand.cluster(clusterID)(client)) }
        }
    }

    struct Delete: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "delete", abstract: "Delete a cluster", aliases: ["rm"])
        @Option(name: [.customShort("c"), .customLong("cluster-id")], help: "The ID of the cluster.") var clusterID: String
        @Flag(help: "Delete without confirmation.") var force = false
        @Flag(help: "Wait until the cluster is gone.") var wait = false
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await global.run { terminal, client in
                let id = clusterID
                try await Waiting.delete(
                    terminal, client, "/v1beta1/clusters/\(id)", force: force, wait: wait, done: "Cluster \(id) deleted",
                    delete: { api in _ = try await api.call { try await $0.deleteCluster(path: .init(clusterId: id)).ok } },
                    read: ServerlessCommand.cluster(id))
            }
        }
    }

    struct Region: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Manage regions", subcommands: [List.self], defaultSubcommand: List.self)

        struct List: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "List the regions clusters can be created in")
            @Option(name: [.customShort("o"), .long], help: #"Output format, one of ["human" "json"]."#) var output = "human"
            @OptionGroup var global: GlobalOptions

            func run() async throws {
                try await global.run { terminal, client in
                    try checkOutput(output)
                    let regions = try await client.json { try await $0.listRegions().ok.body.json }["regions"] as? [[String: Any]] ?? []
                    terminal.list(regions, key: "regions", output: output,
                                  columns: [("Name", "regionId"), ("CloudProvider", "cloudProvider"), ("DisplayName", "displayName")])
                }
            }
        }
    }
}
