import ArgumentParser
import Foundation

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

        /// The cluster and node group the connection is in (the cluster's first group unless named).
        func resolve(_ client: API) async throws -> (cluster: String, group: String) {
            (clusterID, try await DedicatedCommand.nodeGroup(client, cluster: clusterID, given: nodeGroupID))
        }

        func path(_ group: String) -> String { DedicatedCommand.group(clusterID, group) + "/privateEndpointConnections" }
    }

    static func connection(_ cluster: String, _ group: String, _ id: String) -> Waiting.Read {
        { api in
            try await api.json {
                try await $0.getPrivateEndpointConnection(
                    path: .init(clusterId: cluster, tidbNodeGroupId: group, privateEndpointConnectionId: id)
                ).ok.body.json
            }
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
                let (cluster, group) = try await target.resolve(client)
                let endpoint = endpointID
                let created = try await client.call {
                    try await $0.createPrivateEndpointConnection(
                        path: .init(clusterId: cluster, tidbNodeGroupId: group), body: .json(.init(endpointId: endpoint))
                    ).ok.body.json
                }
                let id = created.privateEndpointConnectionId ?? ""
                terminal.success("Private endpoint connection \(id) created")
                if wait {
                    let done = try await Waiting.until(
                        terminal, client, "\(target.path(group))/\(id)", read: PrivateEndpointCommand.connection(cluster, group, id),
                        state: { $0?["endpointState"] as? String ?? "GONE" }, settled: ["ACTIVE", "FAILED", "GONE"])
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
                let cluster = clusterID ?? "-"
                let items = try await Pickers.all(key: "privateEndpointConnections") { token in
                    try await client.json {
                        try await $0.listPrivateEndpointConnections(
                            path: .init(clusterId: cluster, tidbNodeGroupId: "-"), query: .init(pageSize: 100, pageToken: token)
                        ).ok.body.json
                    }
                }
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
            try await global.run { terminal, client in
                let (cluster, group) = try await target.resolve(client)
                terminal.json(try await PrivateEndpointCommand.connection(cluster, group, connectionID)(client))
            }
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
                let (cluster, group) = try await target.resolve(client)
                let id = connectionID
                try await Waiting.delete(
                    terminal, client, "\(target.path(group))/\(id)", field: "endpointState", force: force, wait: wait,
                    done: "Private endpoint connection deleted",
                    delete: { api in
                        _ = try await api.call {
                            try await $0.deletePrivateEndpointConnection(
                                path: .init(clusterId: cluster, tidbNodeGroupId: group, privateEndpointConnectionId: id)
                            ).ok
                        }
                    },
                    read: PrivateEndpointCommand.connection(cluster, group, id))
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
                let (cluster, group) = try await target.resolve(client)
                let id = connectionID
                let usage = try await client.json {
                    try await $0.getPrivateEndpointConnectionUsage(
                        path: .init(clusterId: cluster, tidbNodeGroupId: group, privateEndpointConnectionId: id)
                    ).ok.body.json
                }
                try UsageOutput.show(terminal, usage, output: output)
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
        @OptionGroup var connect: ConnectionString.Options
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await global.run { terminal, client in
                let (cluster, group) = try await target.resolve(client)
                try connect.show(terminal, try await PrivateEndpointCommand.connection(cluster, group, connectionID)(client), id: connectionID)
            }
        }
    }
}

/// Connection strings for a TiDB endpoint, as the console's "Connect With" shows them.
enum ConnectionString {
    static let order = ["mysql", "go", "python", "jdbc", "node"]

    /// `--with`, `--user` and `--database` of the connect commands.
    struct Options: ParsableArguments {
        @Option(help: "mysql, go, python, jdbc, node or all.") var with = "all"
        @Option(help: "The SQL user.") var user = "root"
        @Option(help: "The database.") var database = "test"

        /// The strings for an ACTIVE endpoint connection (its `host` and `port`, a number or a string).
        func show(_ terminal: Terminal, _ connection: [String: Any], id: String) throws {
            guard connection["endpointState"] as? String == "ACTIVE", let host = connection["host"] as? String, !host.isEmpty else {
                throw CLIError("private endpoint connection \(id) is \(connection["endpointState"] as? String ?? "unknown"), not ACTIVE: connect once it is")
            }
            let port = connection["port"] as? Int ?? (connection["port"] as? String).flatMap(Int.init) ?? 4000
            try ConnectionString.show(terminal, host: host, port: port, user: user, database: database, with: with)
        }
    }

    /// Prints the method `with` names, or every one under its name for `all`.
    static func show(_ terminal: Terminal, host: String, port: Int, user: String, database: String, with: String) throws {
        let methods = all(host: host, port: port, user: user, database: database)
        guard with == "all" || methods[with] != nil else {
            throw CLIError("unsupported connect method: \(with); use one of \(order.joined(separator: ", ")) or all")
        }
        for name in order where with == "all" || with == name {
            if with == "all" { terminal.print("# \(name)") }
            terminal.print(methods[name] ?? "")
        }
    }

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
