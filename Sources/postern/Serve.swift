import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Hummingbird
import Logging
import PosternAWS
import PosternCloud
import PosternControl
import PosternEmbeddedCloud
import PosternServer
import PosternStore
import ServiceLifecycle

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
        for (name, value) in [("--port", port), ("--cloud-port", cloudPort)] where !(0...65535).contains(value) {
            throw ValidationError("\(name) must be a port from 0 to 65535, not \(value).")
        }
    }

    func run() async throws {
        let directory = URL(fileURLWithPath: dataDir ?? Self.defaultDataDirectory(), isDirectory: true)
        let cloudPort = self.cloudPort == 0 ? try Self.freePort(host: host) : self.cloudPort
        let cloud = try EmbeddedCloud(
            dataDirectory: directory,
            configuration: .init(delay: cloudDelay, verifiesSignatures: cloudVerifySignatures))
        var logger = Logger(label: "postern")
        logger.logLevel = .warning
        announce("data directory \(directory.path)")

        let cloudApp = Application(
            responder: CloudResponder(cloud: cloud),
            configuration: .init(address: .hostname(host, port: cloudPort), serverName: "postern-cloud"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? cloudPort
                announce("embedded cloud (AWS API: ec2, elasticloadbalancing, route53, sts) listening on http://\(host):\(port), provisioning delay \(Self.format(cloudDelay))")
            },
            logger: logger)

        let store = try SQLiteStore(path: directory.appendingPathComponent("postern.sqlite").path)
        let adminKey = try await AdminKey.ensure(store: store, dataDirectory: directory)
        announce("admin API key in \(adminKey.path)")
        let controlApp = Application(
            router: try ControlPlane.router(store: store),
            configuration: .init(address: .hostname(host, port: port), serverName: "postern"),
            onServerRunning: { channel in
                announce("control plane listening on http://\(host):\(channel.localAddress?.port ?? port)")
            },
            logger: logger)
        let provider = AWSProvider(client: try platformClient(cloud: cloud, cloudPort: cloudPort))
        let reconcilers = ReconcilerService(loop: ReconcileLoop(store: store, provider: provider))

        let group = ServiceGroup(
            configuration: .init(services: [.init(service: cloudApp), .init(service: controlApp), .init(service: reconcilers)],
                                 gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
    }

    /// The client the platform's provider reaches its cloud with: the embedded cloud as the
    /// platform account, or `--aws-endpoint-url` with the standard AWS credentials.
    func platformClient(cloud: EmbeddedCloud, cloudPort: Int) throws -> AWSClient {
        if let awsEndpointURL {
            guard let url = URL(string: awsEndpointURL), url.scheme != nil else {
                throw ValidationError("--aws-endpoint-url '\(awsEndpointURL)' is not a URL, e.g. http://127.0.0.1:5000.")
            }
            guard let credentials = AWSCredentials.standard() else {
                throw ValidationError(
                    "--aws-endpoint-url needs AWS credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE with ~/.aws/credentials.")
            }
            announce("platform provider: AWS API at \(awsEndpointURL) as \(credentials.accessKeyID)")
            return AWSClient(credentials: credentials, endpoint: url)
        }
        guard Account.isAccountID(platformAccount) else {
            throw ValidationError("--platform-account must be 12 digits, not '\(platformAccount)'.")
        }
        let secret = try cloud.credentials.ensureProfile("platform", accessKeyID: platformAccount)
        announce("platform provider: embedded cloud as account \(platformAccount)")
        return AWSClient(
            credentials: AWSCredentials(accessKeyID: platformAccount, secretAccessKey: secret),
            endpoint: URL(string: "http://\(host == "::1" ? "[::1]" : host):\(cloudPort)")!)
    }

    /// A port nobody listens on now, for `--cloud-port 0`: the platform needs the cloud's
    /// address before the cloud starts.
    static func freePort(host: String) throws -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let ok = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) == 0 && getsockname(socket, $0, &length) == 0 }
        }
        guard ok else { throw ValidationError("No free loopback port for the embedded cloud; pass --cloud-port.") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    static func defaultDataDirectory() -> String {
        let environment = ProcessInfo.processInfo.environment
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty { return xdg + "/postern" }
        return (environment["HOME"] ?? ".") + "/.local/share/postern"
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

/// The reconcilers, stopped by the service group's graceful shutdown like the servers.
struct ReconcilerService: Service {
    let loop: ReconcileLoop

    func run() async throws {
        try await cancelWhenGracefulShutdown { try await loop.run() }
    }
}
