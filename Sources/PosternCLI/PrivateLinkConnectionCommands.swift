import ArgumentParser
import Foundation

/// `postern serverless private-link-connection`: ticloud's commands, flags and messages.
struct PrivateLinkConnectionCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "private-link-connection", abstract: "Manage private link connections for dataflow",
        subcommands: [Create.self, Describe.self, Delete.self, List.self, Zones.self, AttachDomains.self, DetachDomains.self, Usage.self],
        aliases: ["plc", "private-link"])

    static func path(_ cluster: String, _ connection: String? = nil) -> String {
        "/v1beta1/clusters/\(cluster)/privateLinkConnections" + (connection.map { "/\($0)" } ?? "")
    }

    /// Reads a connection, for `--wait`, describe and the pickers.
    static func connection(_ cluster: String, _ id: String) -> Waiting.Read {
        { api in
            try await api.json {
                try await $0.getPrivateLinkConnection(path: .init(clusterId: cluster, privateLinkConnectionId: id)).ok.body.json
            }
        }
    }

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a private link connection for dataflow",
            discussion: """
                Examples:
                  postern serverless private-link-connection create -c <cluster-id> --display-name <display-name> \\
                    --type AWS_ENDPOINT_SERVICE --aws.endpoint-service-name <endpoint-service-name>
                  postern serverless private-link-connection create -c <cluster-id> --display-name <display-name> \\
                    --type ALICLOUD_ENDPOINT_SERVICE --alicloud.endpoint-service-name <endpoint-service-name>
                """)
        @Option(name: [.customShort("c"), .customLong("cluster-id")], help: "The ID of the cluster.") var clusterID: String?
        @Option(name: .customLong("display-name"), help: "The display name of the private link connection.") var displayName: String?
        @Option(name: .customLong("type"), help: #"The type of the private link connection, one of ["AWS_ENDPOINT_SERVICE" "ALICLOUD_ENDPOINT_SERVICE"]."#)
        var type: String?
        @Option(name: .customLong("aws.endpoint-service-name"), help: "The AWS endpoint service name.") var awsName: String?
        @Option(name: .customLong("aws.endpoint-service-region"), help: "The AWS endpoint service region, default to the cluster's region.")
        var awsRegion: String?
        @Option(name: .customLong("alicloud.endpoint-service-name"), help: "The Alibaba Cloud endpoint service name.") var alicloudName: String?
        @Flag(help: "Wait until the connection is PENDING_ACCEPTANCE, ACTIVE or FAILED.") var wait = false
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await global.run { terminal, client in
                var cluster = clusterID, name = displayName, kind = type, awsName = awsName, awsRegion = awsRegion, aliName = alicloudName
                if cluster == nil && name == nil && kind == nil {
                    try terminal.requireInteractive()
                    cluster = try await Pickers.cluster(terminal, client)
                    name = try terminal.input("Input the display name:")
                    let types = ["AWS_ENDPOINT_SERVICE", "ALICLOUD_ENDPOINT_SERVICE"]
                    kind = types[try terminal.select("Choose the private link connection type:", types, none: "no private link connection type selected")]
                    if kind == "AWS_ENDPOINT_SERVICE" {
                        awsName = try terminal.input("Input the AWS endpoint service name:")
                        if try terminal.confirm("Is the endpoint service cross region?") {
                            awsRegion = try terminal.input("Input the AWS endpoint service region:")
                        }
                    } else {
                        aliName = try terminal.input("Input the Alicloud endpoint service name:")
                    }
                } else {
                    try requireFlags([("cluster-id", cluster), ("display-name", name), ("type", kind)])
                }
                guard let cluster, let name, let kind else { return }
                guard !name.isEmpty else { throw CLIError("display name is required") }
                guard let type = Components.Schemas.PrivateLinkConnectionType(rawValue: kind) else {
                    throw CLIError("unsupported private link connection type: \(kind)")
                }
                var connection = Components.Schemas.PrivateLinkConnection(clusterId: cluster, displayName: name, _type: type)
                switch type {
                case .awsEndpointService:
                    guard let awsName, !awsName.isEmpty else { throw CLIError("aws endpoint service name is required for aws endpoint service type") }
                    connection.awsEndpointService = .init(name: awsName, region: awsRegion.flatMap { $0.isEmpty ? nil : $0 })
                case .alicloudEndpointService:
                    guard let aliName, !aliName.isEmpty else {
                        throw CLIError("alicloud endpoint service name is required for alicloud endpoint service type")
                    }
                    connection.alicloudEndpointService = .init(name: aliName)
                }
                let request = connection
                let created = try await client.call {
                    try await $0.createPrivateLinkConnection(path: .init(clusterId: cluster), body: .json(.init(privateLinkConnection: request)))
                        .ok.body.json
                }
                let id = created.privateLinkConnectionId ?? ""
                terminal.success("Private link connection \(id) created")
                if wait {
                    _ = try await Waiting.until(
                        terminal, client, path(cluster, id), read: PrivateLinkConnectionCommand.connection(cluster, id),
                        state: { $0?["state"] as? String ?? "GONE" }, settled: ["PENDING_ACCEPTANCE", "ACTIVE", "FAILED"])
                }
            }
        }
    }

    struct Describe: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "describe", abstract: "Describe a private link connection for dataflow",
            discussion: "Example:\n  postern serverless private-link-connection get -c <cluster-id> --private-link-connection-id <id>",
            aliases: ["get"])
        @Option(name: [.customShort("c"), .customLong("cluster-id")], help: "The ID of the cluster.") var clusterID: String?
        @Option(name: .customLong("private-link-connection-id"), help: "The ID of the private link connection.") var connectionID: String?
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await global.run { terminal, client in
                let (cluster, id) = try await resolveConnection(terminal, client, clusterID, connectionID)
                terminal.json(try await PrivateLinkConnectionCommand.connection(cluster, id)(client))
            }
        }
    }

    /// A Postern addition: what the connection's endpoint has carried.
    struct Usage: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show what a private link connection's endpoint has carried: bytes, connections and endpoint-hours",
            discussion: "Example:\n  postern serverless private-link-connection usage -c <cluster-id> --private-link-connection-id <id>")
        @Option(name: [.customShort("c"), .customLong("cluster-id")], help: "The ID of the cluster.") var clusterID: String?
        @Option(name: .customLong("private-link-connection-id"), help: "The ID of the private link connection.") var connectionID: String?
        @Option(name: [.customShort("o"), .long], help: #"Output format, one of ["human" "json"]."#) var output = "human"
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await global.run { terminal, client in
                let (cluster, id) = try await resolveConnection(terminal, client, clusterID, connectionID)
                let usage = try await client.json {
                    try await $0.getPrivateLinkConnectionUsage(path: .init(clusterId: cluster, privateLinkConnectionId: id)).ok.body.json
                }
                try UsageOutput.show(terminal, usage, output: output)
            }
        }
    }

    struct Delete: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "delete", abstract: "Delete a private link connection for dataflow",
            discussion: "Example:\n  postern serverless private-link-connection delete -c <cluster-id> --private-link-connection-id <id>",
            aliases: ["rm"])
        @Option(name: [.customShort("c"), .customLong("cluster-id")], help: "The ID of the cluster.") var clusterID: String?
        @Option(name: .customLong("private-link-connection-id"), help: "The ID of the private link connection.") var connectionID: String?
        @Flag(help: "Delete without confirmation.") var force = false
        @Flag(help: "Wait until the connection is gone.") var wait = false
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await global.run { terminal, client in
                let (cluster, id) = try await resolveConnection(terminal, client, clusterID, connectionID, triggeredBy: force)
                try await Waiting.delete(
                    terminal, client, path(cluster, id), force: force, wait: wait, done: "Private link connection deleted",
                    delete: { api in
                        _ = try await api.call {
                            try await $0.deletePrivateLinkConnection(path: .init(clusterId: cluster, privateLinkConnectionId: id)).ok
                        }
                    },
                    read: PrivateLinkConnectionCommand.connection(cluster, id))
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List private link connections for dataflow",
            discussion: "Example:\n  postern serverless private-link-connection list -c <cluster-id> -o json")
        @Option(name: [.customShort("c"), .customLong("cluster-id")], help: "The ID of the cluster.") var clusterID: String?
        @Option(name: [.customShort("o"), .long], help: #"Output format, one of ["human" "json"]. Every page is listed."#)
        var output = "human"
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await global.run { terminal, client in
                try checkOutput(output)
                var cluster = clusterID
                if cluster == nil {
                    try terminal.requireInteractive()
                    cluster = try await Pickers.cluster(terminal, client)
                }
                let items = try await Pickers.connections(client, cluster: cluster ?? "")
                terminal.list(items, key: "privateLinkConnections", output: output, columns: [
                    ("ID", "privateLinkConnectionId"), ("Name", "displayName"), ("Type", "type"), ("State", "state"), ("CreateTime", "createTime"),
                ])
            }
        }
    }

    struct Zones: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Get account and availability zones",
            discussion: "Example:\n  postern serverless private-link-connection zones --cluster-id <cluster-id>")
        @Option(name: [.customShort("c"), .customLong("cluster-id")], help: "The ID of the cluster.") var clusterID: String?
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await global.run { terminal, client in
                var cluster = clusterID
                if cluster == nil {
                    try terminal.requireInteractive()
                    cluster = try await Pickers.cluster(terminal, client)
                }
                let id = cluster ?? ""
                terminal.json(try await client.json { try await $0.getAvailabilityZones(path: .init(clusterId: id)).ok.body.json })
            }
        }
    }

    struct AttachDomains: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "attach-domains", abstract: "Attach domains to a private link connection",
            discussion: """
                Examples:
                  postern serverless private-link-connection attach-domains -c <cluster-id> --private-link-connection-id <id> --type TIDBCLOUD_MANAGED --dry-run
                  postern serverless private-link-connection attach-domains -c <cluster-id> --private-link-connection-id <id> --type TIDBCLOUD_MANAGED --unique-name <unique-name>
                  postern serverless private-link-connection attach-domains -c <cluster-id> --private-link-connection-id <id> --type CONFLUENT --unique-name <unique-name>
                """)
        @Option(name: [.customShort("c"), .customLong("cluster-id")], help: "The ID of the cluster.") var clusterID: String?
        @Option(name: .customLong("private-link-connection-id"), help: "The ID of the private link connection.") var connectionID: String?
        @Option(name: .customLong("type"), help: "The type of domain to attach, one of: [TIDBCLOUD_MANAGED CONFLUENT]") var type: String?
        @Option(name: .customLong("unique-name"), help: "The unique name of the domains.") var uniqueName: String?
        @Flag(name: .customLong("dry-run"), help: "Show the domains (and a new unique name) without attaching them.") var dryRun = false
        @Flag(help: "Wait until the domains are ACTIVE or FAILED.") var wait = false
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await global.run { terminal, client in
                var cluster = clusterID, id = connectionID, kind = type, unique = uniqueName
                if cluster == nil && id == nil && kind == nil && unique == nil {
                    try terminal.requireInteractive()
                    cluster = try await Pickers.cluster(terminal, client)
                    id = try await Pickers.connection(terminal, client, cluster: cluster ?? "")
                    let types = ["TIDBCLOUD_MANAGED", "CONFLUENT"]
                    kind = types[try terminal.select(
                        "Choose the private link connection domain type:", types, none: "no private link connection domain type selected",
                        invalid: "invalid domain type")]
                    if kind == "CONFLUENT" || !dryRun { unique = try terminal.input("Domain unique name:") }
                } else {
                    try requireFlags([("cluster-id", cluster), ("private-link-connection-id", id)])
                }
                guard let kind, !kind.isEmpty else { throw CLIError("domain type is required") }
                guard let domainType = Components.Schemas.PrivateLinkConnectionDomainType(rawValue: kind) else {
                    throw CLIError("invalid domain type \(kind): use one of TIDBCLOUD_MANAGED, CONFLUENT")
                }
                let clusterID = cluster ?? "", connectionID = id ?? "", name = unique ?? "", dryRun = dryRun
                let connection = path(clusterID, connectionID)
                let attached = try await client.json {
                    try await $0.attachDomains(
                        path: .init(clusterId: clusterID, privateLinkConnectionId: connectionID),
                        body: .json(.init(attachDomain: .init(_type: domainType, uniqueName: name), validateOnly: dryRun))
                    ).ok.body.json
                }
                let names = (attached["domains"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
                if dryRun {
                    terminal.print("unique name \(attached["uniqueName"] as? String ?? ""):")
                    names.forEach(terminal.print)
                    return
                }
                terminal.json(attached)
                if wait, let attachID = attached["attachDomainId"] as? String {
                    _ = try await Waiting.until(
                        terminal, client, connection, read: PrivateLinkConnectionCommand.connection(clusterID, connectionID), state: { resource in
                        let domains = (resource?["attachedDomains"] as? [[String: Any]] ?? [])
                            .first { $0["attachDomainId"] as? String == attachID }?["domains"] as? [[String: Any]] ?? []
                        return domains.first?["state"] as? String ?? "GONE"
                    }, settled: ["ACTIVE", "FAILED", "GONE"])
                }
            }
        }
    }

    struct DetachDomains: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "detach-domains", abstract: "Detach domains from a private link connection",
            discussion: """
                Example:
                  postern serverless private-link-connection detach-domains -c <cluster-id> --private-link-connection-id <id> --attach-domain-id <attach-domain-id>
                """)
        @Option(name: [.customShort("c"), .customLong("cluster-id")], help: "The ID of the cluster.") var clusterID: String?
        @Option(name: .customLong("private-link-connection-id"), help: "The ID of the private link connection.") var connectionID: String?
        @Option(name: .customLong("attach-domain-id"), help: "The ID of the attached domains.") var attachDomainID: String?
        @Flag(help: "Wait until the domains are gone.") var wait = false
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await global.run { terminal, client in
                var cluster = clusterID, id = connectionID, attach = attachDomainID
                if cluster == nil && id == nil && attach == nil {
                    try terminal.requireInteractive()
                    cluster = try await Pickers.cluster(terminal, client)
                    id = try await Pickers.connection(terminal, client, cluster: cluster ?? "")
                    let connection = try await PrivateLinkConnectionCommand.connection(cluster ?? "", id ?? "")(client)
                    let attached = connection["attachedDomains"] as? [[String: Any]] ?? []
                    guard !attached.isEmpty else { throw CLIError("no available private link connection attach domain found") }
                    let names = attached.map { "\($0["type"] as? String ?? "")-\($0["uniqueName"] as? String ?? "")(\($0["attachDomainId"] as? String ?? ""))" }
                    attach = attached[try terminal.select("Choose the attach domain:", names, none: "no private link connection attach domain selected")][
                        "attachDomainId"] as? String
                } else {
                    try requireFlags([("cluster-id", cluster), ("private-link-connection-id", id), ("attach-domain-id", attach)])
                }
                let clusterID = cluster ?? "", connectionID = id ?? "", attachID = attach ?? ""
                let connection = path(clusterID, connectionID)
                let detached = try await client.json {
                    try await $0.detachDomains(
                        path: .init(clusterId: clusterID, privateLinkConnectionId: connectionID), body: .json(.init(attachDomainId: attachID))
                    ).ok.body.json
                }
                terminal.print("Successfully detached domains:")
                (detached["domains"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }.forEach(terminal.print)
                if wait {
                    _ = try await Waiting.until(
                        terminal, client, connection, read: PrivateLinkConnectionCommand.connection(clusterID, connectionID), state: { resource in
                        let present = (resource?["attachedDomains"] as? [[String: Any]] ?? []).contains { $0["attachDomainId"] as? String == attach }
                        return present ? "DELETING" : "DETACHED"
                    }, settled: ["DETACHED"])
                }
            }
        }
    }
}

/// The cluster and connection ids of describe and delete: from the flags, or chosen.
private func resolveConnection(
    _ terminal: Terminal, _ client: API, _ cluster: String?, _ id: String?, triggeredBy extra: Bool = false
) async throws -> (String, String) {
    if cluster == nil && id == nil && !extra {
        try terminal.requireInteractive()
        let chosen = try await Pickers.cluster(terminal, client)
        return (chosen, try await Pickers.connection(terminal, client, cluster: chosen))
    }
    try requireFlags([("cluster-id", cluster), ("private-link-connection-id", id)])
    guard let id, !id.isEmpty else { throw CLIError("private link connection id is required") }
    return (cluster ?? "", id)
}
