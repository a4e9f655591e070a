import ArgumentParser
import Foundation
import Hummingbird
import Logging
import PosternCLI
import PosternDataPlane
import PosternEmbeddedCloud
import ServiceLifecycle

/// The embedded cloud's options, the same for `postern serve` and `postern cloud`.
struct EmbeddedCloudOptions: ParsableArguments {
    @Option(help: "The DNS server's port, UDP and TCP (0 picks a free one).")
    var dnsPort = 4053

    @Option(help: "The loopback blocks new VPCs are placed at: 127.<n>.0.0/16 for n in this range, e.g. 1-254 or 40-49.", transform: Serve.slots)
    var vpcSlots: ClosedRange<Int> = LoopbackMap.slots

    @Option(help: "How long the embedded cloud takes to provision: 0s, 500ms, 2s, 3m.", transform: Serve.duration)
    var cloudDelay: TimeInterval = 2

    @Flag(help: "Make the embedded cloud check signatures: SigV4 against <data-dir>/cloud-credentials, Alibaba Cloud's ACS3 against <data-dir>/alibaba-credentials.")
    var cloudVerifySignatures = false

    @Option(help: "Fail this share of the cloud's requests, or slow every answer: throttle=0.3,error=0.05,lose-response=0.05,latency=300ms (add account=ID for only that account's).",
            transform: { try Faults.parse($0) })
    var faults: Faults = .none

    func validatePorts() throws {
        guard (0...65535).contains(dnsPort) else { throw ValidationError("--dns-port must be a port from 0 to 65535, not \(dnsPort).") }
    }
}

/// The embedded cloud as a server: its AWS API on one port, and the data plane (endpoints'
/// listeners, DNS, meter) that follows its state.
struct EmbeddedCloudServer {
    let cloud: EmbeddedCloud
    let dataPlane: DataPlane
    /// Known once the API's port is bound.
    let port = BoundPort()
    let services: [any Service]

    init(directory: URL, host: String, port requested: Int, options: EmbeddedCloudOptions, logger: Logger, ready: ReadyFile) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let meter = UsageMeter(file: directory.appendingPathComponent("usage.json"))
        cloud = try EmbeddedCloud(
            dataDirectory: directory,
            configuration: .init(
                delay: options.cloudDelay, verifiesSignatures: options.cloudVerifySignatures, loopbackSlots: options.vpcSlots,
                faults: options.faults),
            meter: meter)
        dataPlane = DataPlane(meter: meter)
        let port = self.port
        if requested != 0 { port.resolve(requested) }
        let faults = options.faults.isEmpty ? "" : ", faults \(options.faults.description)"
        let api = Application(
            responder: CloudResponder(cloud: cloud),
            configuration: .init(address: .hostname(host, port: requested), serverName: "postern-cloud"),
            onServerRunning: { channel in
                let bound = channel.localAddress?.port ?? requested
                port.resolve(bound)
                ready.report(.cloud, "http://\(host == "::1" ? "[::1]" : host):\(bound)")
                announce(
                    "embedded cloud (AWS API: ec2, elasticloadbalancing, route53, sts, monitoring; Alibaba Cloud API: privatelink, vpc, ecs, nlb, pvtz) listening on http://\(host):\(bound), provisioning delay \(Serve.format(options.cloudDelay))\(faults)")
            },
            logger: logger)
        services = [
            api,
            DataPlaneService(
                cloud: cloud, dataPlane: dataPlane, dnsHost: host == "localhost" ? "127.0.0.1" : host, dnsPort: options.dnsPort, ready: ready),
        ]
    }

    static func validate(host: String) throws {
        guard ["127.0.0.1", "::1", "localhost"].contains(host) || host.hasPrefix("127.") else {
            throw ValidationError(
                "--host must be a loopback address (127.0.0.0/8 or ::1) while the embedded cloud runs: it is not for other machines. Run the control plane alone with --cloud aws to listen elsewhere.")
        }
    }
}

/// `postern cloud`: the embedded cloud alone, as `moto_server` runs moto, so that another
/// Postern (`serve --cloud aws`) or any AWS client can use it as its AWS.
struct CloudCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cloud",
        abstract: "Run the embedded cloud alone: AWS's EC2, ELBv2, Route 53, STS and CloudWatch APIs, its data plane and DNS.",
        discussion: """
            Point AWS clients at it one service at a time, as the AWS SDKs allow:
              AWS_ENDPOINT_URL_EC2=http://127.0.0.1:4081 AWS_ENDPOINT_URL_ROUTE_53=http://127.0.0.1:4081 ...
            or all at once with AWS_ENDPOINT_URL or --endpoint-url.
            """)

    @Option(help: "Where the cloud keeps its state (default: $XDG_DATA_HOME/postern-cloud or ~/.local/share/postern-cloud).")
    var dataDir: String?

    @Option(help: "The loopback address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The AWS API's port (0 picks a free one).")
    var port = 4081

    @OptionGroup var cloud: EmbeddedCloudOptions

    func validate() throws {
        try EmbeddedCloudServer.validate(host: host)
        guard (0...65535).contains(port) else { throw ValidationError("--port must be a port from 0 to 65535, not \(port).") }
        try cloud.validatePorts()
    }

    func run() async throws {
        let directory = URL(fileURLWithPath: dataDir ?? DataDirectory.standard(named: "postern-cloud"), isDirectory: true)
        var logger = Logger(label: "postern-cloud")
        logger.logLevel = .warning
        announce("data directory \(directory.path)")
        let ready = ReadyFile(directory: directory, expecting: [.cloud, .dns])
        defer { ready.remove() }
        let server = try EmbeddedCloudServer(directory: directory, host: host, port: port, options: cloud, logger: logger, ready: ready)
        let group = ServiceGroup(
            configuration: .init(
                services: server.services.map { .init(service: $0) }, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
    }
}
