import Foundation
import Testing

/// The `postern` client: every `ticloud` command of seed 004 with `ticloud` → `postern`, and
/// ticloud's client-side messages (research §5.1) that a non-interactive run can meet.
@Suite struct CLITests {
    @Test func seed004CommandsRunAgainstTheServer() async throws {
        let postern = try await PosternProcess()
        let cli = try PosternCLI(postern)
        let created = try await cli.succeed("serverless", "create", "--display-name", "dataflow", "--region", "aws-us-west-2", "--wait")
        let cluster = try #require(created.output.split(separator: " ").dropFirst().first.map(String.init))
        #expect(created.output.hasPrefix("Cluster \(cluster) created"))
        #expect(created.output.contains("ACTIVE ("))

        let zones = try await cli.succeed("serverless", "private-link-connection", "zones", "--cluster-id", cluster)
        #expect(zones.json["accountId"].string == "100000000000")
        #expect(zones.json["azIds"].strings == ["usw2-az1", "usw2-az2", "usw2-az3"])

        let customer = postern.aws(account: "222222222222", region: "us-west-2")
        let service = try await EndpointServiceFixture.make(customer, zones: ["us-west-2a", "us-west-2b"], allowing: ["100000000000"])
        let made = try await cli.succeed(
            "serverless", "private-link-connection", "create", "-c", cluster, "--display-name", "rds-link", "--type", "AWS_ENDPOINT_SERVICE",
            "--aws.endpoint-service-name", service.serviceName, "--wait")
        let id = try #require(made.output.split(separator: " ").dropFirst(3).first.map(String.init))
        #expect(made.output.hasPrefix("Private link connection \(id) created\n"), "\(made.output)")
        #expect(made.output.contains("PENDING_ACCEPTANCE ("))

        // The doctor names the missing acceptance and the command for it; running that command fixes it.
        let asCustomer = cli.with(aws: postern, account: "222222222222", region: "us-west-2")
        let diagnosis = try await asCustomer.run(
            "doctor", "private-link-connection", "-c", cluster, "--private-link-connection-id", id, "--region", "us-west-2")
        #expect(diagnosis.status == 1)
        #expect(diagnosis.output.contains("OK   the service allows the platform's account 100000000000"), "\(diagnosis.output)")
        #expect(diagnosis.output.contains("OK   the service shares a zone with the cluster"))
        try await asCustomer.applyFixes(diagnosis.output, expecting: 1)
        _ = try await cli.succeed("s", "plc", "get", "-c", cluster, "--private-link-connection-id", id)
        _ = try await postern.api().wait("/v1beta1/clusters/\(cluster)/privateLinkConnections/\(id)", until: "state", is: "ACTIVE")
        let described = try await cli.succeed("serverless", "private-link-connection", "describe", "-c", cluster, "--private-link-connection-id", id)
        #expect(described.json["state"].string == "ACTIVE")
        #expect(described.output.contains("\n  \""), "two-space indented JSON")

        let dryRun = try await cli.succeed(
            "serverless", "private-link-connection", "attach-domains", "-c", cluster, "--private-link-connection-id", id,
            "--type", "TIDBCLOUD_MANAGED", "--dry-run")
        let lines = dryRun.output.split(separator: "\n").map(String.init)
        let unique = try #require(lines.first?.dropFirst("unique name ".count).dropLast().description)
        #expect(lines.first == "unique name \(unique):")
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("*.usw2-az") && $0.hasSuffix(".\(unique).aws.plc.tidbcloud.com") })
        let managed = try await cli.succeed(
            "serverless", "private-link-connection", "attach-domains", "-c", cluster, "--private-link-connection-id", id,
            "--type", "TIDBCLOUD_MANAGED", "--unique-name", unique, "--wait")
        #expect(managed.output.contains("\"uniqueName\" : \"\(unique)\"") || managed.output.contains("\"uniqueName\": \"\(unique)\""), "\(managed.output)")
        #expect(managed.output.contains("ACTIVE ("))
        let confluent = try await cli.succeed(
            "serverless", "private-link-connection", "attach-domains", "-c", cluster, "--private-link-connection-id", id,
            "--type", "CONFLUENT", "--unique-name", "domnprzqrog.us-west-2")
        let confluentID = try #require(confluent.json["attachDomainId"].string)

        let listed = try await cli.succeed("serverless", "private-link-connection", "list", "-c", cluster)
        #expect(listed.json["privateLinkConnections"][0]["privateLinkConnectionId"].string == id, "JSON when not on a terminal")
        #expect(try await cli.succeed("serverless", "plc", "list", "-c", cluster, "-o", "json").json["totalSize"].int == 1)

        let detached = try await cli.succeed(
            "serverless", "private-link-connection", "detach-domains", "-c", cluster, "--private-link-connection-id", id,
            "--attach-domain-id", confluentID, "--wait")
        #expect(detached.output.hasPrefix("Successfully detached domains:\n*.domnprzqrog.us-west-2.aws.confluent.cloud\n"), "\(detached.output)")
        let deleted = try await cli.succeed(
            "serverless", "private-link-connection", "delete", "-c", cluster, "--private-link-connection-id", id, "--force", "--wait")
        #expect(deleted.output.hasSuffix("Private link connection deleted\n"), "\(deleted.output)")
        #expect(try await postern.api().get("/v1beta1/clusters/\(cluster)/privateLinkConnections/\(id)").status == 404)
    }

    /// Seed 000 with `postern dedicated` (ticloud has no such commands) and the doctor's fixes.
    @Test func seed000WithTheDedicatedCommands() async throws {
        let postern = try await PosternProcess()
        let cli = try PosternCLI(postern)
        let created = try await cli.succeed(
            "dedicated", "cluster", "create", "--display-name", "orders", "--region", "aws-us-west-2", "--node-count", "2",
            "--backend", "127.0.0.1:\(try await MariaDB.port())", "--wait")
        let cluster = try #require(created.output.split(separator: " ").dropFirst().first.map(String.init))
        #expect(created.output.contains("ACTIVE ("))
        let service = try await cli.succeed("dedicated", "private-link-service", "describe", "-c", cluster).json
        let serviceName = try #require(service["serviceName"].string)

        let customer = postern.aws(account: "333333333333", region: "us-west-2")
        let network = try await ConsumerNetwork.make(customer, zoneIDs: [service["availableZones"].strings[0]], dnsAttributes: false)
        let bare = try await customer.call(
            "ec2", "create-security-group", "--group-name", "bare", "--description", "no rules", "--vpc-id", network.vpcID)["GroupId"].string ?? ""
        let endpoint = try await customer.call(
            "ec2", "create-vpc-endpoint", "--vpc-id", network.vpcID, "--region", "us-west-2", "--service-name", serviceName,
            "--vpc-endpoint-type", "Interface", "--subnet-ids", network.subnetIDs[0], "--security-group-ids", bare)["VpcEndpoint"]["VpcEndpointId"].string ?? ""
        let registered = try await cli.succeed("dedicated", "private-endpoint", "create", "-c", cluster, "--endpoint-id", endpoint, "--wait")
        let id = try #require(registered.output.split(separator: " ").dropFirst(3).first.map(String.init))
        #expect(registered.output.contains("ACTIVE ("))
        let host = try #require(service["serviceDnsName"].string)
        #expect(registered.output.contains("Host: \(host)  Port: 4000"), "\(registered.output)")
        #expect(try await cli.succeed("dedicated", "private-endpoint", "list").json["totalSize"].int == 1)
        let usage = try await cli.succeed("d", "pe", "usage", "-c", cluster, "--private-endpoint-connection-id", id, "-o", "json")
        #expect(usage.json["endpointId"].string == endpoint && usage.json["connections"].int == 0, "\(usage.output)")
        let badFormat = try await cli.run("d", "pe", "usage", "-c", cluster, "--private-endpoint-connection-id", id, "-o", "yaml")
        #expect(badFormat.status == 1 && badFormat.output.contains("Error: unsupported output format: yaml"), "\(badFormat.output)")
        let mysql = try await cli.succeed("d", "pe", "connect", "-c", cluster, "--private-endpoint-connection-id", id, "--with", "mysql")
        #expect(mysql.output == "mysql --comments -h \(host) -P 4000 -u 'root' -D 'test' -p\n")
        let all = try await cli.succeed("dedicated", "private-endpoint", "connect", "-c", cluster, "--private-endpoint-connection-id", id)
        #expect(all.output.contains("root:<PASSWORD>@tcp(\(host):4000)/test"))
        #expect(all.output.contains("jdbc:mysql://\(host):4000/test"))

        // The doctor: no TCP 4000 in the security group, no DNS hostnames, no private DNS; its fixes, run as printed, fix them.
        let asCustomer = cli.with(aws: postern, account: "333333333333", region: "us-west-2")
        let dns = "127.0.0.1:\(postern.dnsPort)"
        let diagnosis = try await asCustomer.run("doctor", "private-endpoint", "--endpoint-id", endpoint, "--region", "us-west-2", "--dns", dns)
        #expect(diagnosis.status == 1)
        #expect(diagnosis.output.contains("OK   the endpoint is accepted (available)"), "\(diagnosis.output)")
        #expect(diagnosis.output.contains(
            "FIX  its security group allows TCP 4000: aws ec2 authorize-security-group-ingress --group-id \(bare) --protocol tcp --port 4000 --cidr 172.31.0.0/16"))
        #expect(diagnosis.output.contains(
            "FIX  VPC \(network.vpcID) has enableDnsHostnames: aws ec2 modify-vpc-attribute --vpc-id \(network.vpcID) --enable-dns-hostnames '{\"Value\":true}'"))
        #expect(diagnosis.output.contains("OK   VPC \(network.vpcID) has enableDnsSupport"))
        #expect(diagnosis.output.contains("FIX  private DNS is enabled on the endpoint: aws ec2 modify-vpc-endpoint --vpc-endpoint-id \(endpoint) --private-dns-enabled"))
        #expect(diagnosis.output.contains("FIX  a server answers on TCP 4000 through the endpoint (127."), "\(diagnosis.output)")
        #expect(diagnosis.output.contains("fix its security group as above"))
        try await asCustomer.applyFixes(diagnosis.output, expecting: 3)
        let healthy = try await asCustomer.run("doctor", "private-endpoint", "--endpoint-id", endpoint, "--region", "us-west-2", "--dns", dns)
        #expect(healthy.status == 0, "\(healthy.output)")
        #expect(healthy.output.contains("OK   a server answers on TCP 4000 through the endpoint (127."), "\(healthy.output)")
        let badDNS = try await asCustomer.run("doctor", "private-endpoint", "--endpoint-id", endpoint, "--region", "us-west-2", "--dns", "4053")
        #expect(badDNS.status == 1 && badDNS.output.contains("Error: --dns takes HOST:PORT, not '4053'"), "\(badDNS.output)")
        #expect(!healthy.output.contains("FIX"))

        let deleted = try await cli.succeed(
            "dedicated", "private-endpoint", "delete", "-c", cluster, "--private-endpoint-connection-id", id, "--force", "--wait")
        #expect(deleted.output.hasSuffix("Private endpoint connection deleted\n"))
        let gone = try await cli.succeed("dedicated", "cluster", "delete", "-c", cluster, "--force", "--wait")
        #expect(gone.output.hasSuffix("Cluster \(cluster) deleted\n"))
    }

    /// Interactive create, attach-domains and delete, answered through a pseudo-terminal.
    @Test func interactiveModeThroughAPseudoTerminal() async throws {
        let postern = try await PosternProcess()
        let cli = try PosternCLI(postern)
        let created = try await cli.succeed("serverless", "create", "--display-name", "dataflow", "--region", "aws-us-west-2", "--wait")
        let cluster = created.output.split(separator: " ").dropFirst().first.map(String.init) ?? ""
        let customer = postern.aws(account: "222222222222", region: "us-west-2")
        let service = try await EndpointServiceFixture.make(customer, zones: ["us-west-2a"], acceptanceRequired: false, allowing: ["100000000000"])

        let create = try await cli.pty([
            ["Enter a number (1-1):", "1"], ["Input the display name:", "kafka-link"],
            ["Enter a number (1-2):", "1"],
            ["Input the AWS endpoint service name:", service.serviceName], ["Is the endpoint service cross region? [y/N]", "n"],
        ], "serverless", "private-link-connection", "create")
        #expect(create.status == 0, "\(create.output)")
        #expect(create.output.contains("dataflow(\(cluster))"))
        let id = try #require(create.output.range(of: #"plc-[a-z0-9]+"#, options: .regularExpression).map { String(create.output[$0]) })
        #expect(create.output.contains("Private link connection \(id) created"))
        _ = try await postern.api().wait("/v1beta1/clusters/\(cluster)/privateLinkConnections/\(id)", until: "state", is: "ACTIVE")

        let attach = try await cli.pty([
            ["Enter a number (1-1):", "1"],
            ["Enter a number (1-1):", "1"],
            ["Enter a number (1-2):", "1"],
            ["Domain unique name:", "interactive1"],
        ], "serverless", "private-link-connection", "attach-domains")
        #expect(attach.status == 0, "\(attach.output)")
        #expect(attach.output.contains("kafka-link(\(id))"))
        #expect(attach.output.contains(".interactive1.aws.plc.tidbcloud.com"))

        let table = try await cli.pty([], "serverless", "plc", "list", "-c", cluster)
        #expect(table.output.contains("ID"), "\(table.output)")
        let header = table.output.split(separator: "\n").first { $0.hasPrefix("ID") }.map { $0.split(separator: " ").map(String.init) }
        #expect(header == ["ID", "Name", "Type", "State", "CreateTime"], "a table on a terminal: \(table.output)")
        #expect(table.output.contains("\(id)  kafka-link  AWS_ENDPOINT_SERVICE  ACTIVE"))

        let cancelled = try await cli.pty(
            [["Type 'yes' to confirm deletion:", "no"]], "serverless", "plc", "delete", "-c", cluster, "--private-link-connection-id", id)
        #expect(cancelled.status == 1)
        #expect(cancelled.output.contains("Error: deletion cancelled"))
        let interrupted = try await cli.pty(
            [["Type 'yes' to confirm deletion:", "\u{04}"]], "serverless", "plc", "delete", "-c", cluster, "--private-link-connection-id", id)
        #expect(interrupted.status == 130, "end of input at a prompt is an interrupt: \(interrupted.output)")
        #expect(interrupted.output.contains("Error: the operation was interrupted"))
        let confirmed = try await cli.pty(
            [["Type 'yes' to confirm deletion:", "yes"]], "serverless", "plc", "delete", "-c", cluster, "--private-link-connection-id", id)
        #expect(confirmed.status == 0, "\(confirmed.output)")
        #expect(confirmed.output.contains("Private link connection deleted"))
    }

    /// Research §5.1's messages of the interactive pickers, through a pseudo-terminal: an empty
    /// answer chooses nothing, as escaping ticloud's picker does.
    @Test func interactivePickerMessages() async throws {
        let postern = try await PosternProcess()
        let cli = try PosternCLI(postern)
        let created = try await cli.succeed("serverless", "create", "--display-name", "pickers", "--region", "aws-us-west-2", "--wait")
        let cluster = created.output.split(separator: " ").dropFirst().first.map(String.init) ?? ""
        let pickCluster = [["Enter a number (1-1):", "1"]]
        let plc = ["serverless", "private-link-connection"]

        let none = try await cli.pty(pickCluster, plc + ["attach-domains"])
        #expect(none.output.contains("Error: no available private link connection found"), "\(none.output)")
        let noType = try await cli.pty(
            pickCluster + [["Input the display name:", "x"], ["Enter a number (1-2):", ""]],
            plc + ["create"])
        #expect(noType.output.contains("Error: no private link connection type selected"), "\(noType.output)")

        let customer = postern.aws(account: "222222222222", region: "us-west-2")
        let service = try await EndpointServiceFixture.make(customer, zones: ["us-west-2a"], acceptanceRequired: false, allowing: ["100000000000"])
        _ = try await cli.succeed(plc + ["create", "-c", cluster, "--display-name", "k", "--type", "AWS_ENDPOINT_SERVICE",
                                         "--aws.endpoint-service-name", service.serviceName, "--wait"])
        let pickConnection = pickCluster + [["Enter a number (1-1):", "1"]]
        let noConnection = try await cli.pty(pickCluster + [["Enter a number (1-1):", ""]], plc + ["describe"])
        #expect(noConnection.output.contains("Error: no private link connection\n") || noConnection.output.hasSuffix("Error: no private link connection"),
                "\(noConnection.output)")
        let noDomainType = try await cli.pty(
            pickConnection + [["Enter a number (1-2):", ""]], plc + ["attach-domains"])
        #expect(noDomainType.output.contains("Error: no private link connection domain type selected"), "\(noDomainType.output)")
        let invalidType = try await cli.pty(
            pickConnection + [["Enter a number (1-2):", "MSK"]], plc + ["attach-domains"])
        #expect(invalidType.output.contains("Error: invalid domain type"), "\(invalidType.output)")
        let nothingAttached = try await cli.pty(pickConnection, plc + ["detach-domains"])
        #expect(nothingAttached.output.contains("Error: no available private link connection attach domain found"), "\(nothingAttached.output)")
    }

    /// Research §5.1: each client-side message, exit status 1, `Error: ` on standard output.
    @Test func clientSideMessages() async throws {
        let postern = try await PosternProcess()
        let cli = try PosternCLI(postern)
        let plc = ["serverless", "private-link-connection"]
        let cases: [([String], String)] = [
            (plc + ["create"], "The terminal doesn't support interactive mode, please use non-interactive mode"),
            (plc + ["create", "-c", "1", "--display-name", "", "--type", "AWS_ENDPOINT_SERVICE"], "display name is required"),
            (plc + ["create", "-c", "1", "--display-name", "x", "--type", "AWS_ENDPOINT_SERVICE"],
             "aws endpoint service name is required for aws endpoint service type"),
            (plc + ["create", "-c", "1", "--display-name", "x", "--type", "ALICLOUD_ENDPOINT_SERVICE"],
             "alicloud endpoint service name is required for alicloud endpoint service type"),
            (plc + ["create", "-c", "1", "--display-name", "x", "--type", "GCP"], "unsupported private link connection type: GCP"),
            (plc + ["create", "-c", "1"], #"required flag(s) "display-name", "type" not set"#),
            (plc + ["describe", "-c", "1", "--private-link-connection-id", ""], "private link connection id is required"),
            (plc + ["delete", "-c", "1", "--private-link-connection-id", "plc-x"],
             "The terminal doesn't support prompt, run with --force to skip confirmation"),
            (plc + ["attach-domains", "-c", "1", "--private-link-connection-id", "plc-x", "--type", ""], "domain type is required"),
            (plc + ["list", "-c", "1", "-o", "yaml"], "unsupported output format: yaml"),
        ]
        for (arguments, message) in cases {
            let result = try await cli.run(arguments)
            #expect(result.status == 1, "\(arguments)")
            #expect(result.output == "Error: \(message)\n", "\(arguments): \(result.output)")
        }
        let missing = try await cli.run(plc + ["describe", "-c", "1234567890123456789", "--private-link-connection-id", "plc-nothere"])
        #expect(missing.status == 1)
        #expect(missing.output.hasPrefix("Error: [GET /v1beta1/clusters/1234567890123456789/privateLinkConnections/plc-nothere][404 Not Found][<trace_id>] {"),
                "\(missing.output)")
    }

    /// Profiles in the config file, and the local server's admin key when nothing is set.
    @Test func profilesAndEnvironment() async throws {
        let postern = try await PosternProcess()
        let key = try postern.adminKey
        var cli = try PosternCLI(postern)
        var bare = cli.environment.filter { !$0.key.hasPrefix("POSTERN_") }
        cli = PosternCLI(environment: bare)
        try await cli.succeed("config", "set", "api-url", postern.controlURL, "-P", "local")
        try await cli.succeed("config", "set", "public-key", key.publicKey, "-P", "local")
        try await cli.succeed("config", "set", "private-key", key.privateKey, "-P", "local")
        let regions = try await cli.succeed("serverless", "region", "list", "-P", "local")
        #expect(regions.json["regions"].array.count == 7)
        let shown = try await cli.succeed("config", "show")
        #expect(!shown.output.contains(key.privateKey), "private keys are masked")
        let unknown = try await cli.run("serverless", "region", "list", "-P", "nowhere")
        #expect(unknown.output.contains("Profile 'nowhere' does not exist"))

        // Nothing set: the server on the default data directory, its admin key and ready.json's URL (a free port, not 4080).
        let dataHome = Scratch.path("xdg-data")
        try FileManager.default.createDirectory(at: dataHome, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: dataHome.appendingPathComponent("postern"), withDestinationURL: postern.dataDirectory)
        var local = bare
        local["XDG_DATA_HOME"] = dataHome.path
        local["XDG_CONFIG_HOME"] = Scratch.path("xdg-config").path
        let found = try await PosternCLI(environment: local).run("serverless", "region", "list")
        #expect(found.status == 0, "\(found.output)")
        #expect(found.json["regions"].array.count == 7)
        bare["POSTERN_PUBLIC_KEY"] = key.publicKey
        bare["POSTERN_PRIVATE_KEY"] = "wrong"
        bare["POSTERN_API_URL"] = postern.controlURL
        let refused = try await PosternCLI(environment: bare).run("serverless", "list")
        #expect(refused.status == 1)
        #expect(refused.output.contains("[401 Unauthorized]"), "\(refused.output)")
    }
}

extension PosternCLI {
    init(environment: [String: String]) { self.environment = environment }

    /// Runs `postern` in a pseudo-terminal, typing each reply once its prompt shows.
    func pty(_ script: [[String]], _ arguments: String...) async throws -> Result {
        try await pty(script, arguments)
    }

    func pty(_ script: [[String]], _ arguments: [String]) async throws -> Result {
        let driver = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/pty-drive.py")
        let json = String(decoding: try JSONSerialization.data(withJSONObject: script), as: UTF8.self)
        let result = try await Subprocess.run(
            ["python3", driver.path, json, "--", try PosternProcess.binary().path] + arguments, environment: environment)
        return Result(status: result.status, output: (result.stdout + result.stderr).replacingOccurrences(of: "\r\n", with: "\n"))
    }

    /// The same client with a customer's AWS access to the embedded cloud, for the doctor.
    func with(aws postern: PosternProcess, account: String, region: String) -> PosternCLI {
        var environment = self.environment.filter { !$0.key.hasPrefix("AWS_") }
        environment["AWS_ACCESS_KEY_ID"] = account
        environment["AWS_SECRET_ACCESS_KEY"] = "secret"
        environment["AWS_DEFAULT_REGION"] = region
        environment["AWS_ENDPOINT_URL"] = postern.cloudURL
        environment["AWS_CONFIG_FILE"] = "/dev/null"
        environment["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null"
        return PosternCLI(environment: environment)
    }

    /// Runs, with bash, the command of every FIX line the doctor printed.
    func applyFixes(_ report: String, expecting count: Int, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let commands = report.split(separator: "\n").filter { $0.hasPrefix("FIX  ") }.compactMap { line in
            line.range(of: ": aws ").map { String(line[line.index($0.lowerBound, offsetBy: 2)...]) }
        }
        #expect(commands.count == count, "\(report)", sourceLocation: sourceLocation)
        for command in commands {
            let result = try await Subprocess.run(["bash", "-c", command], environment: environment)
            #expect(result.status == 0, "\(command): \(result.stderr)", sourceLocation: sourceLocation)
        }
    }

    func run(_ arguments: [String]) async throws -> Result {
        let result = try await Subprocess.run([try PosternProcess.binary().path] + arguments, environment: environment)
        return Result(status: result.status, output: result.stdout + result.stderr)
    }
}
