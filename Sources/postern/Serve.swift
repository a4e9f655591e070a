import ArgumentParser
import Foundation
import Hummingbird
import Logging
import PosternAWS
import PosternCloud
import PosternControl
import PosternDataPlane
import PosternEmbeddedCloud
import PosternServer
import PosternStore
import ServiceLifecycle
import Synchronization

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run Postern: the control plane and, by default, its embedded cloud.",
        discussion: """
            The embedded cloud answers AWS's own API (EC2, ELBv2, Route 53, STS) on --cloud-port, so
            the aws CLI works against it:
              aws --endpoint-url http://127.0.0.1:4081 --region us-east-1 ec2 describe-availability-zones
            An access key id of 12 digits acts in that account; any other key in 000000000000.
            """)

    @Option(help: "Where Postern keeps its state (default: $XDG_DATA_HOME/postern or ~/.local/share/postern).")
    var dataDir: String?

    @Option(help: "The loopback address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The control plane's port (0 picks a free one).")
    var port = 4080

    @Option(help: "The embedded cloud's AWS API port (0 picks a free one).")
    var cloudPort = 4081

    @Option(help: "The DNS server's port, UDP and TCP (0 picks a free one).")
    var dnsPort = 4053

    @Option(help: "The loopback blocks new VPCs are placed at: 127.<n>.0.0/16 for n in this range, e.g. 1-254 or 40-49.", transform: Self.slots)
    var vpcSlots: ClosedRange<Int> = LoopbackMap.slots

    @Option(help: "How long the embedded cloud takes to provision: 0s, 500ms, 2s, 3m.", transform: Self.duration)
    var cloudDelay: TimeInterval = 2

    @Flag(help: "Make the embedded cloud check SigV4 signatures against <data-dir>/cloud-credentials.")
    var cloudVerifySignatures = false

    @Option(help: "Drive AWS, or anything that speaks its API (moto), at this URL instead of the embedded cloud; credentials come from the standard AWS variables and files.")
    var awsEndpointURL: String?

    @Option(help: "The platform's own account in the embedded cloud: the account customers allow on their endpoint services.")
    var platformAccount = "100000000000"

    func validate() throws {
        guard ["127.0.0.1", "::1", "localhost"].contains(host) || host.hasPrefix("127.") else {
            throw ValidationError("--host must be a loopback address (127.0.0.0/8 or ::1): Postern's embedded cloud is not for other machines.")
        }
        for (name, value) in [("--port", port), ("--cloud-port", cloudPort), ("--dns-port", dnsPort)] where !(0...65535).contains(value) {
            throw ValidationError("\(name) must be a port from 0 to 65535, not \(value).")
        }
    }

    func run() async throws {
        let directory = URL(fileURLWithPath: dataDir ?? Self.defaultDataDirectory(), isDirectory: true)
        let cloudPort = BoundPort()
        if self.cloudPort != 0 { cloudPort.resolve(self.cloudPort) }
        let cloud = try EmbeddedCloud(
            dataDirectory: directory,
            configuration: .init(delay: cloudDelay, verifiesSignatures: cloudVerifySignatures, loopbackSlots: vpcSlots))
        var logger = Logger(label: "postern")
        logger.logLevel = .warning
        announce("data directory \(directory.path)")

        let cloudApp = Application(
            responder: CloudResponder(cloud: cloud),
            configuration: .init(address: .hostname(host, port: self.cloudPort), serverName: "postern-cloud"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? self.cloudPort
                cloudPort.resolve(port)
                announce("embedded cloud (AWS API: ec2, elasticloadbalancing, route53, sts) listening on http://\(host):\(port), provisioning delay \(Self.format(cloudDelay))")
            },
            logger: logger)

        let dataPlane = DataPlane(meter: UsageMeter(file: directory.appendingPathComponent("usage.json")))
        let store = try SQLiteStore(path: directory.appendingPathComponent("postern.sqlite").path)
        let adminKey = try await AdminKey.ensure(store: store, dataDirectory: directory)
        announce("admin API key in \(adminKey.path)")
        let controlApp = Application(
            router: try ControlPlane.router(store: store, meter: dataPlane.meter),
            configuration: .init(address: .hostname(host, port: port), serverName: "postern"),
            onServerRunning: { channel in
                announce("control plane listening on http://\(host):\(channel.localAddress?.port ?? port)")
            },
            logger: logger)
        let makeClient = try platformClient(cloud: cloud)
        let reconcilers = ReconcilerService {
            ReconcileLoop(store: store, provider: AWSProvider(client: makeClient(await cloudPort.value())))
        }

        let group = ServiceGroup(
            configuration: .init(services: [
                .init(service: cloudApp), .init(service: controlApp), .init(service: reconcilers),
                .init(service: DataPlaneService(cloud: cloud, dataPlane: dataPlane, dnsHost: host == "localhost" ? "127.0.0.1" : host, dnsPort: dnsPort)),
            ],
                                 gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
    }

    /// How the platform's provider reaches its cloud, given the embedded cloud's port once it
    /// is bound: the embedded cloud as the platform account, or `--aws-endpoint-url` with the
    /// standard AWS credentials. Checks the flags now, before anything starts.
    func platformClient(cloud: EmbeddedCloud) throws -> @Sendable (Int) -> AWSClient {
        if let awsEndpointURL {
            guard let url = URL(string: awsEndpointURL), url.scheme != nil else {
                throw ValidationError("--aws-endpoint-url '\(awsEndpointURL)' is not a URL, e.g. http://127.0.0.1:5000.")
            }
            guard let credentials = AWSCredentials.standard() else {
                throw ValidationError(
                    "--aws-endpoint-url needs AWS credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE with ~/.aws/credentials.")
            }
            announce("platform provider: AWS API at \(awsEndpointURL) as \(credentials.accessKeyID)")
            return { _ in AWSClient(credentials: credentials, endpoint: url) }
        }
        guard Account.isAccountID(platformAccount) else {
            throw ValidationError("--platform-account must be 12 digits, not '\(platformAccount)'.")
        }
        let secret = try cloud.credentials.ensureProfile("platform", accessKeyID: platformAccount)
        announce("platform provider: embedded cloud as account \(platformAccount)")
        let credentials = AWSCredentials(accessKeyID: platformAccount, secretAccessKey: secret)
        let host = host == "::1" ? "[::1]" : host
        return { port in AWSClient(credentials: credentials, endpoint: URL(string: "http://\(host):\(port)")!) }
    }

    static func defaultDataDirectory() -> String {
        let environment = ProcessInfo.processInfo.environment
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty { return xdg + "/postern" }
        return (environment["HOME"] ?? ".") + "/.local/share/postern"
    }

    /// `first-last` within 1-254.
    static func slots(_ text: String) throws -> ClosedRange<Int> {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 2, LoopbackMap.slots.contains(parts[0]), LoopbackMap.slots.contains(parts[1]), parts[0] <= parts[1] else {
            throw ValidationError("'\(text)' is not a range of VPC slots: use first-last within 1-254, e.g. 1-254 or 40-49.")
        }
        return parts[0]...parts[1]
    }

    /// `0s`, `500ms`, `2s`, `3m`, `1h`, or plain seconds.
    static func duration(_ text: String) throws -> TimeInterval {
        let units: [(String, Double)] = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600)]
        for (suffix, scale) in units where text.hasSuffix(suffix) {
            if let value = Double(text.dropLast(suffix.count)), value >= 0 { return value * scale }
        }
        if let value = Double(text), value >= 0 { return value }
        throw ValidationError("'\(text)' is not a duration: use 0s, 500ms, 2s, 3m or 1h.")
    }

    static func format(_ seconds: TimeInterval) -> String {
        seconds < 1 && seconds > 0 ? "\(Int(seconds * 1000))ms" : seconds.truncatingRemainder(dividingBy: 60) == 0 && seconds >= 60
            ? "\(Int(seconds / 60))m" : "\(seconds.formatted())s"
    }
}

/// One line on standard output, flushed at once so a supervisor (or a test) sees it.
func announce(_ line: String) {
    FileHandle.standardOutput.write(Data("postern: \(line)\n".utf8))
}

/// The reconcilers, stopped by the service group's graceful shutdown like the servers. They
/// start once their loop can be made (the embedded cloud's port is known).
struct ReconcilerService: Service {
    let makeLoop: @Sendable () async -> ReconcileLoop

    func run() async throws {
        try await cancelWhenGracefulShutdown { try await makeLoop().run() }
    }
}

/// A port known once a server has bound it (`--cloud-port 0` binds any free one).
final class BoundPort: Sendable {
    private let state = Mutex<(port: Int?, waiting: [CheckedContinuation<Int, Never>])>((nil, []))

    func resolve(_ port: Int) {
        let waiting = state.withLock { state in
            state.port = port
            defer { state.waiting = [] }
            return state.waiting
        }
        for continuation in waiting { continuation.resume(returning: port) }
    }

    func value() async -> Int {
        await withCheckedContinuation { continuation in
            let known = state.withLock { state -> Int? in
                if state.port == nil { state.waiting.append(continuation) }
                return state.port
            }
            if let known { continuation.resume(returning: known) }
        }
    }
}
