import ArgumentParser
import Foundation

/// `postern premium`: Premium instances (TiDB Cloud's v1beta2 API), their private link service
/// and the customers' private endpoints into them, on AWS and Alibaba Cloud.
struct PremiumCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "premium", abstract: "Manage Premium instances and their private endpoints",
        subcommands: [Create.self, List.self, Describe.self, Delete.self, PrivateLinkService.self, PrivateEndpoint.self])

    static func path(_ id: String) -> String { "/v1beta2/tidbs/\(id)" }

    static func instance(_ id: String) -> Waiting.Read {
        { api in try await api.json { try await $0.getTidb(path: .init(tidbId: id)).ok.body.json } }
    }

    static func service(_ id: String) -> Waiting.Read {
        { api in try await api.json { try await $0.getTidbPrivateLinkService(path: .init(tidbId: id)).ok.body.json } }
    }

    static func connection(_ id: String, _ connection: String) -> Waiting.Read {
        { api in
            try await api.json {
                try await $0.getTidbPrivateEndpointConnection(path: .init(tidbId: id, privateEndpointConnectionId: connection)).ok.body.json
            }
        }
    }

    struct Instance: ParsableArguments {
        @Option(name: [.customShort("t"), .customLong("tidb-id")], help: "The ID of the Premium instance.") var tidbID: String
    }

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a Premium instance; its private link service comes with it",
            discussion: "Example:\n  postern premium create --display-name orders --region-id alicloud-ap-southeast-1 --backend 127.0.0.1:3306 --wait")
        @Option(name: [.customShort("n"), .customLong("display-name")], help: "The display name (4 to 64 letters, digits and hyphens).")
        var displayName: String
        @Option(name: [.customShort("r"), .customLong("region-id")], help: "The region: aws-us-west-2, alicloud-ap-southeast-1, …") var regionID: String
        @Option(help: "A MySQL-protocol server (host:port) that stands for the instance's TiDB, e.g. 127.0.0.1:3306.") var backend: String?
        @Option(name: .customLong("service-plan"), help: "Premium or Premium_Reserved.") var servicePlan = "Premium"
        @Flag(help: "Wait until the instance's private link service is ACTIVE.") var wait = false
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await global.run { terminal, client in
                let request = Components.Schemas.Tidb(
                    displayName: displayName, regionId: regionID.replacingOccurrences(of: "regions/", with: ""), servicePlan: servicePlan, backend: backend)
                let created = try await client.call { try await $0.createTidb(body: .json(request)).ok.body.json }
                let id = created.tidbId ?? ""
                terminal.success("Premium instance \(id) created")
                if wait {
                    let service = try await Waiting.until(
                        terminal, client, "\(path(id))/privateLinkService", read: PremiumCommand.service(id),
                        state: { $0?["state"] as? String ?? "CREATING" }, settled: ["ACTIVE"])
                    if let name = service?["serviceName"] as? String { terminal.print("Service Name: \(name)") }
                    if let zones = service?["availableZones"] as? [String] { terminal.print("Availability Zone ID: \(zones.joined(separator: ", "))") }
                    terminal.print("Region ID: \(regionID.split(separator: "-", maxSplits: 1).last ?? "")")
                }
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List Premium instances")
        @Option(name: [.customShort("o"), .long], help: #"Output format, one of ["human" "json"]."#) var output = "human"
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await global.run { terminal, client in
                try checkOutput(output)
                let instances = try await Pickers.all(key: "tidbs") { token in
                    try await client.json { try await $0.listTidbs(query: .init(pageSize: 100, pageToken: token)).ok.body.json }
                }
                terminal.list(instances, key: "tidbs", output: output, columns: [
                    ("ID", "tidbId"), ("DisplayName", "displayName"), ("State", "state"), ("Region", "regionId"), ("Plan", "servicePlan"),
                    ("CreateTime", "createTime"),
                ])
            }
        }
    }

    struct Describe: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Describe a Premium instance", aliases: ["get"])
        @OptionGroup var instance: Instance
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await global.run { terminal, client in terminal.json(try await PremiumCommand.instance(instance.tidbID)(client)) }
        }
    }

    struct Delete: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Delete a Premium instance, its private link service and endpoint connections", aliases: ["rm"])
        @OptionGroup var instance: Instance
        @Flag(help: "Delete without confirmation.") var force = false
        @Flag(help: "Wait until the instance is gone.") var wait = false
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await global.run { terminal, client in
                let id = instance.tidbID
                try await Waiting.delete(
                    terminal, client, path(id), force: force, wait: wait, done: "Premium instance \(id) deleted",
                    delete: { api in _ = try await api.call { try await $0.deleteTidb(path: .init(tidbId: id)).ok } },
                    read: PremiumCommand.instance(id))
            }
        }
    }

    struct PrivateLinkService: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "private-link-service", abstract: "Show the instance's endpoint service: its name, zones, domain and port",
            aliases: ["service"])
        @OptionGroup var instance: Instance
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await global.run { terminal, client in terminal.json(try await PremiumCommand.service(instance.tidbID)(client)) }
        }
    }

    struct PrivateEndpoint: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "private-endpoint", abstract: "Register, list and connect through private endpoints into a Premium instance",
            subcommands: [Create.self, List.self, Describe.self, Delete.self, Connect.self], aliases: ["pe"])

        struct Create: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Register your endpoint with the instance's private link service; Postern accepts it",
                discussion: """
                    Make the endpoint first to the Service Name of `postern premium private-link-service`; then, on Alibaba Cloud,
                    with its Endpoint ID and its Default Domain Name:
                      postern premium private-endpoint create -t <tidb-id> --endpoint-id ep-… --private-domain-name ep-….epsrv-….privatelink.aliyuncs.com --wait
                    and on AWS with its VPC endpoint id:
                      postern premium private-endpoint create -t <tidb-id> --endpoint-id vpce-… --wait
                    """)
            @OptionGroup var instance: Instance
            @Option(name: .customLong("endpoint-id"), help: "The endpoint's id: ep-… (Alibaba Cloud) or vpce-… (AWS).") var endpointID: String
            @Option(name: .customLong("private-domain-name"), help: "Alibaba Cloud only: the endpoint's Default Domain Name.") var privateDomainName: String?
            @Flag(help: "Wait until the connection is ACTIVE or FAILED.") var wait = false
            @OptionGroup var global: GlobalOptions

            func run() async throws {
                try await global.run { terminal, client in
                    let id = instance.tidbID
                    let request = Components.Schemas.TidbPrivateEndpointConnection(endpointId: endpointID, privateDomainName: privateDomainName)
                    let created = try await client.call {
                        try await $0.createTidbPrivateEndpointConnection(path: .init(tidbId: id), body: .json(request)).ok.body.json
                    }
                    let connection = created.privateEndpointConnectionId ?? ""
                    terminal.success("Private endpoint connection \(connection) created")
                    if wait {
                        let done = try await Waiting.until(
                            terminal, client, "\(path(id))/privateEndpointConnections/\(connection)", read: PremiumCommand.connection(id, connection),
                            state: { $0?["endpointState"] as? String ?? "GONE" }, settled: ["ACTIVE", "FAILED", "GONE"])
                        if let host = done?["host"] as? String, !host.isEmpty { terminal.print("Host: \(host)  Port: \(done?["port"] ?? "4000")") }
                    }
                }
            }
        }

        struct List: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "List the instance's private endpoint connections")
            @OptionGroup var instance: Instance
            @Option(name: [.customShort("o"), .long], help: #"Output format, one of ["human" "json"]."#) var output = "human"
            @OptionGroup var global: GlobalOptions

            func run() async throws {
                try await global.run { terminal, client in
                    try checkOutput(output)
                    let id = instance.tidbID
                    let items = try await Pickers.all(key: "privateEndpointConnections") { token in
                        try await client.json {
                            try await $0.listTidbPrivateEndpointConnections(path: .init(tidbId: id), query: .init(pageSize: 100, pageToken: token)).ok.body.json
                        }
                    }
                    terminal.list(items, key: "privateEndpointConnections", output: output, columns: [
                        ("ID", "privateEndpointConnectionId"), ("Endpoint", "endpointId"), ("State", "endpointState"), ("Host", "host"),
                    ])
                }
            }
        }

        struct Describe: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Describe a private endpoint connection", aliases: ["get"])
            @OptionGroup var instance: Instance
            @Option(name: .customLong("private-endpoint-connection-id"), help: "The connection's ID.") var connectionID: String
            @OptionGroup var global: GlobalOptions

            func run() async throws {
                try await global.run { terminal, client in
                    terminal.json(try await PremiumCommand.connection(instance.tidbID, connectionID)(client))
                }
            }
        }

        struct Delete: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Delete a private endpoint connection (the endpoint is disconnected; a FAILED one is deleted and created again)",
                aliases: ["rm"])
            @OptionGroup var instance: Instance
            @Option(name: .customLong("private-endpoint-connection-id"), help: "The connection's ID.") var connectionID: String
            @Flag(help: "Delete without confirmation.") var force = false
            @Flag(help: "Wait until the connection is gone.") var wait = false
            @OptionGroup var global: GlobalOptions

            func run() async throws {
                try await global.run { terminal, client in
                    let id = instance.tidbID, connection = connectionID
                    try await Waiting.delete(
                        terminal, client, "\(path(id))/privateEndpointConnections/\(connection)", field: "endpointState", force: force, wait: wait,
                        done: "Private endpoint connection deleted",
                        delete: { api in
                            _ = try await api.call {
                                try await $0.deleteTidbPrivateEndpointConnection(path: .init(tidbId: id, privateEndpointConnectionId: connection)).ok
                            }
                        },
                        read: PremiumCommand.connection(id, connection))
                }
            }
        }

        /// The console's "Connect With" methods, for an ACTIVE endpoint.
        struct Connect: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Print how to connect through an ACTIVE private endpoint: MySQL CLI, Go, Python, JDBC and Node.js")
            @OptionGroup var instance: Instance
            @Option(name: .customLong("private-endpoint-connection-id"), help: "The connection's ID.") var connectionID: String
            @OptionGroup var connect: ConnectionString.Options
            @OptionGroup var global: GlobalOptions

            func run() async throws {
                try await global.run { terminal, client in
                    try connect.show(terminal, try await PremiumCommand.connection(instance.tidbID, connectionID)(client), id: connectionID)
                }
            }
        }
    }
}
