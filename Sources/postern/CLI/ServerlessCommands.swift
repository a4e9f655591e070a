import ArgumentParser
import Foundation
import PosternClient

/// `postern serverless`: Starter and Essential clusters, their regions, and private link connections.
struct ServerlessCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serverless", abstract: "Manage Starter and Essential clusters",
        subcommands: [Create.self, List.self, Describe.self, Delete.self, Region.self, PrivateLinkConnectionCommand.self],
        aliases: ["s"])

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
                let cluster = try await client.post("/v1beta1/clusters", ["displayName": displayName, "region": ["name": name]]) as? [String: Any] ?? [:]
                let id = cluster["clusterId"] as? String ?? ""
                terminal.success("Cluster \(id) created")
                if wait {
                    _ = try await Waiting.until(terminal, client, "/v1beta1/clusters/\(id)", state: { $0?["state"] as? String ?? "GONE" },
                                                settled: ["ACTIVE", "GONE"])
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
                    try await Pickers.all(client, "/v1beta1/clusters", key: "clusters"), key: "clusters", output: output,
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
            try await global.run { terminal, client in terminal.json(try await client.get("/v1beta1/clusters/\(clusterID)")) }
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
                try await Waiting.delete(
                    terminal, client, "/v1beta1/clusters/\(clusterID)", force: force, wait: wait, done: "Cluster \(clusterID) deleted")
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
                    let regions = (try await client.get("/v1beta1/regions") as? [String: Any])?["regions"] as? [[String: Any]] ?? []
                    terminal.list(regions, key: "regions", output: output,
                                  columns: [("Name", "regionId"), ("CloudProvider", "cloudProvider"), ("DisplayName", "displayName")])
                }
            }
        }
    }
}
