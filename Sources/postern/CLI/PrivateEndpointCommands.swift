import ArgumentParser
import Foundation
import PosternClient

/// `postern dedicated private-endpoint`: register customers' endpoints with a node group's
/// private link service, and connect through them.
struct PrivateEndpointCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "private-endpoint", abstract: "Manage private endpoints into Dedicated clusters",
        subcommands: [Create.self, List.self, Describe.self, Delete.self, Connect.self, Usage.self], aliases: ["pe"])

    struct Target: ParsableArguments {
        @Option(name: [.customShort("c"), .customLong("cluster-id")], help: "The ID of the cluster.") var clusterID: String
        @Option(name: [.customShort("g"), .customLong("node-group-id")], help: "The TiDB node group (default: the cluster's first).")
        var nodeGroupID: String?

        func path(_ client: APIClient) async throws -> String {
            DedicatedCommand.group(clusterID, try await DedicatedCommand.nodeGroup(client, cluster: clusterID, given: nodeGroupID))
                + "/privateEndpointConnections"
        }
    }

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Register your VPC endpoint with the cluster's private link service",
            discussion: """
                Make the endpoint first, with the service name of `postern dedicated private-link-service describe`:
                  aws ec2 create-vpc-endpoint --vpc-id <your_vpc_id> --region <your_region> --service-name <service_name> \\
                    --vpc-endpoint-type Interface --subnet-ids <your_application_subnet_ids>
                then:
                  postern dedicated private-endpoint create -c <cluster-id> --endpoint-id vpce-… --wait
                """)
        @OptionGroup var target: Target
        @Option(name: .customLong("endpoint-id"), help: "The VPC endpoint id, vpce-….") var endpointID: String
        @Flag(help: "Wait until the endpoint is ACTIVE or FAILED.") var wait = false
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await global.run { terminal, client in
                let path = try await target.path(client)
                let created = try await client.post(path, ["endpointId": endpointID]) as? [String: Any] ?? [:]
                let id = created["privateEndpointConnectionId"] as? String ?? ""
                terminal.success("Private endpoint connection \(id) created")
                if wait {
                    let done = try await Waiting.until(terminal, client, "\(path)/\(id)", state: { $0?["endpointState"] as? String ?? "GONE" },
                                                       settled: ["ACTIVE", "FAILED", "GONE"])
                    if let host = done?["host"] as? String, !host.isEmpty { terminal.print("Host: \(host)  Port: \(done?["port"] ?? 4000)") }
                }
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List private endpoint connections; without --cluster-id, across every cluster of the project")
        @Option(name: [.customShort("c"), .customLong("cluster-id")], help: "Only this cluster's.") var clusterID: String?
        @Option(name: [.customShort("o"), .long], help: #"Output format, one of ["human" "json"]."#) var output = "human"
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await global.run { terminal, client in
                try checkOutput(output)
                let items = try await Pickers.all(
                    client, "\(DedicatedCommand.base)/clusters/\(clusterID ?? "-")/tidbNodeGroups/-/privateEndpointConnections",
                    key: "privateEndpointConnections")
                terminal.list(items, key: "privateEndpointConnections", output: output, columns: [
                    ("ID", "privateEndpointConnectionId"), ("Cluster", "clusterId"), ("NodeGroup", "tidbNodeGroupId"), ("Endpoint", "endpointId"),
                    ("State", "endpointState"), ("Host", "host"),
                ])
            }
        }
    }

    struct Describe: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Describe a private endpoint connection", aliases: ["get"])
        @OptionGroup var target: Target
        @Option(name: .customLong("private-endpoint-connection-id"), help: "The connection's ID.") var connectionID: String
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await global.run { terminal, client in terminal.json(try await client.get("\(try await target.path(client))/\(connectionID)")) }
        }
    }

    struct Delete: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete a private endpoint connection (the endpoint is rejected)", aliases: ["rm"])
        @OptionGroup var target: Target
        @Option(name: .customLong("private-endpoint-connection-id"), help: "The connection's ID.") var connectionID: String
        @Flag(help: "Delete without confirmation.") var force = false
        @Flag(help: "Wait until the connection is gone.") var wait = false
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await global.run { terminal, client in
                try await Waiting.delete(
                    terminal, client, "\(try await target.path(client))/\(connectionID)", field: "endpointState", force: force, wait: wait,
                    done: "Private endpoint connection deleted")
            }
        }
    }

    /// A Postern addition: what the endpoint has carried.
    struct Usage: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show what a private endpoint has carried: bytes, connections and endpoint-hours",
            discussion: "Example:\n  postern dedicated private-endpoint usage -c <cluster-id> --private-endpoint-connection-id <id>")
        @OptionGroup var target: Target
        @Option(name: .customLong("private-endpoint-connection-id"), help: "The connection's ID.") var connectionID: String
        @Option(name: [.customShort("o"), .long], help: #"Output format, one of ["human" "json"]."#) var output = "human"
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await global.run { terminal, client in
                try UsageOutput.show(terminal, try await client.get("\(try await target.path(client))/\(connectionID)/usage"), output: output)
            }
        }
    }

    /// The console's "Connect With" methods, for an ACTIVE endpoint.
    struct Connect: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print how to connect through an ACTIVE private endpoint: MySQL CLI, Go, Python, JDBC and Node.js",
            discussion: "Example:\n  postern dedicated private-endpoint connect -c <cluster-id> --private-endpoint-connection-id <id> --with mysql")
        @OptionGroup var target: Target
        @Option(name: .customLong("private-endpoint-connection-id"), help: "The connection's ID.") var connectionID: String
        @Option(help: "mysql, go, python, jdbc, node or all.") var with = "all"
        @Option(help: "The SQL user.") var user = "root"
        @Option(help: "The database.") var database = "test"
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await global.run { terminal, client in
                let connection = try await client.get("\(try await target.path(client))/\(connectionID)") as? [String: Any] ?? [:]
                guard connection["endpointState"] as? String == "ACTIVE", let host = connection["host"] as? String, !host.isEmpty else {
                    throw CLIError("private endpoint connection \(connectionID) is \(connection["endpointState"] as? String ?? "unknown"), not ACTIVE: connect once it is")
                }
                let port = connection["port"] as? Int ?? 4000
                let methods = ConnectionString.all(host: host, port: port, user: user, database: database)
                guard with == "all" || methods[with] != nil else {
                    throw CLIError("unsupported connect method: \(with); use one of \(ConnectionString.order.joined(separator: ", ")) or all")
                }
                for name in ConnectionString.order where with == "all" || with == name {
                    if with == "all" { terminal.print("# \(name)") }
                    terminal.print(methods[name] ?? "")
                }
            }
        }
    }
}

/// Connection strings for a TiDB endpoint, as the console's "Connect With" shows them.
enum ConnectionString {
    static let order = ["mysql", "go", "python", "jdbc", "node"]

    static func all(host: String, port: Int, user: String, database: String) -> [String: String] {
        [
            "mysql": "mysql --comments -h \(host) -P \(port) -u '\(user)' -D '\(database)' -p",
            "go": "\(user):<PASSWORD>@tcp(\(host):\(port))/\(database)",
            "python": "mysql+pymysql://\(user):<PASSWORD>@\(host):\(port)/\(database)",
            "jdbc": "jdbc:mysql://\(host):\(port)/\(database)?user=\(user)&password=<PASSWORD>",
            "node": "mysql://\(user):<PASSWORD>@\(host):\(port)/\(database)",
        ]
    }
}
