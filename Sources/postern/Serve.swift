import ArgumentParser
import Foundation
import Hummingbird
import Logging
import Metrics
import PosternAWS
import PosternAWSProvider
import PosternAlibaba
import PosternAlibabaProvider
import PosternCLI
import PosternControl
import PosternDataPlane
import PosternDomain
import PosternEmbeddedCloud
import PosternServer
import PosternStore
import Prometheus
import ServiceLifecycle
import Synchronization

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run Postern: the control plane and, by default, its embedded cloud.",
        discussion: """
            By default (--cloud embedded) the embedded cloud answers AWS's own API (EC2, ELBv2,
            Route 53, STS, CloudWatch) and Alibaba Cloud's (PrivateLink, VPC, ECS, NLB, PrivateZone,
            STS) on --cloud-port, so the aws CLI and Alibaba Cloud's SDKs work against it:
              aws --endpoint-url http://127.0.0.1:4081 --region us-east-1 ec2 describe-availability-zones
            An access key id of 12 digits acts in that AWS account, one of 16 digits in that Alibaba
            Cloud account; any other key in the default customer account.

            With --cloud aws, alicloud or aws,alicloud only the control plane and its reconcilers
            run, against those clouds themselves. AWS is configured as the AWS CLI is: credentials
            from the environment, AWS_PROFILE (keys, role_arn with source_profile,
            credential_process), web identity (EKS), the container (ECS) or the instance (EC2);
            endpoints from AWS_ENDPOINT_URL_<SERVICE>, AWS_ENDPOINT_URL or the profile's services
            section; retries from AWS_MAX_ATTEMPTS and AWS_RETRY_MODE. Alibaba Cloud as its SDKs
            are: ALIBABA_CLOUD_ACCESS_KEY_ID / _SECRET / _SECURITY_TOKEN, then the credentials file
            (ALIBABA_CLOUD_CREDENTIALS_FILE, ALIBABA_CLOUD_PROFILE), then the ECS instance's RAM
            role (ALIBABA_CLOUD_ECS_METADATA names it); each product's regional
            endpoint, or every product at ALIBABA_CLOUD_ENDPOINT (a postern cloud, say).
            """)

    /// Where the control plane's clouds are: the embedded cloud (both clouds), or real ones.
    enum CloudKind: String, CaseIterable {
        case embedded, aws, alicloud
    }

    @Option(help: "Where Postern keeps its state (default: $XDG_DATA_HOME/postern or ~/.local/share/postern).")
    var dataDir: String?

    @Option(name: .customLong("store"),
            help: "The control plane's store: postgres://user[:password]@host[:port]/database[?sslmode=require] for PostgreSQL (also POSTERN_STORE_URL); SQLite in the data directory by default.")
    var storeURL: String?

    @Option(help: "The address to listen on (loopback only while the embedded cloud runs).")
    var host = "127.0.0.1"

    @Option(help: "The control plane's port (0 picks a free one).")
    var port = 4080

    @Option(help: "The clouds the control plane drives: embedded (started here, AWS and Alibaba Cloud), or aws, alicloud or aws,alicloud (the clouds themselves, or anything that speaks their API).",
            transform: Serve.clouds)
    var cloud: Set<CloudKind> = [.embedded]

    @Option(help: "The embedded cloud's AWS API port (0 picks a free one).")
    var cloudPort = 4081

    @OptionGroup var embedded: EmbeddedCloudOptions

    @Option(help: "Drive the AWS API at this URL (moto, a postern cloud): the same as AWS_ENDPOINT_URL.")
    var awsEndpointURL: String?

    @Option(help: "The platform's own account in the embedded cloud: the account customers allow on their endpoint services.")
    var platformAccount = "100000000000"

    @Option(help: "The platform's own Alibaba Cloud account (UID) in the embedded cloud.")
    var platformUid = "1100000000000000"

    @Option(help: "Requests a minute each API key may send, as TiDB Cloud's 100 (0 for no limit; also POSTERN_RATE_LIMIT). Shared by the replicas of one PostgreSQL.")
    var rateLimit: Int?

    @Option(help: "How long a replica's claim on a resource lasts unrenewed: another replica takes up a crashed one's work after this (2s to 10m).",
            transform: Serve.duration)
    var lease: TimeInterval = 15

    @Option(help: "What to log, on standard error: trace, debug (each request and reconcile step), info, notice, warning, error or critical.")
    var logLevel: Logger.Level = .info

    func validate() throws {
        if isEmbedded { try EmbeddedCloudServer.validate(host: host) }
        if !isEmbedded, !embedded.faults.isEmpty || embedded.cloudVerifySignatures {
            throw ValidationError(
                "--faults and --cloud-verify-signatures are the embedded cloud's, and --cloud \(Self.describe(cloud)) runs none: give them to postern cloud.")
        }
        for (name, value) in [("--port", port), ("--cloud-port", cloudPort)] where !(0...65535).contains(value) {
            throw ValidationError("\(name) must be a port from 0 to 65535, not \(value).")
        }
        try embedded.validatePorts()
        if let awsEndpointURL {
            guard let url = URL(string: awsEndpointURL), ["http", "https"].contains(url.scheme ?? ""), url.host != nil else {
                throw ValidationError("--aws-endpoint-url '\(awsEndpointURL)' is not a URL, e.g. http://127.0.0.1:5000.")
            }
        }
        guard Account.isAccountID(platformAccount) else {
            throw ValidationError("--platform-account must be 12 digits, not '\(platformAccount)'.")
        }
        guard (2...600).contains(lease) else {
            throw ValidationError("--lease must be from 2s to 10m, not \(Self.format(lease)): long enough to renew, short enough to take over.")
        }
        if let rateLimit, rateLimit < 0 { throw ValidationError("--rate-limit must be 0 (no limit) or more requests a minute, not \(rateLimit).") }
        if rateLimit == nil, let text = ProcessInfo.processInfo.environment["POSTERN_RATE_LIMIT"], Int(text).map({ $0 >= 0 }) != true {
            throw ValidationError("POSTERN_RATE_LIMIT must be 0 (no limit) or more requests a minute, not '\(text)'.")
        }
        guard AlibabaAccount.isUID(platformUid) else {
            throw ValidationError("--platform-uid must be an Alibaba Cloud UID of 16 digits, not '\(platformUid)'.")
        }
    }

    var isEmbedded: Bool { cloud.contains(.embedded) }

    /// `embedded`, `aws`, `alicloud`, or `aws,alicloud`.
    static func clouds(_ text: String) throws -> Set<CloudKind> {
        var kinds: Set<CloudKind> = []
        for part in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            guard let kind = CloudKind(rawValue: part) else {
                throw ValidationError("--cloud '\(part)' is not a cloud: use embedded, aws, alicloud or aws,alicloud.")
            }
            kinds.insert(kind)
        }
        guard !kinds.isEmpty, !(kinds.contains(.embedded) && kinds.count > 1) else {
            throw ValidationError("--cloud embedded runs both clouds here and takes no other: use embedded, or aws, alicloud or aws,alicloud.")
        }
        return kinds
    }

    static func describe(_ kinds: Set<CloudKind>) -> String { kinds.map(\.rawValue).sorted().joined(separator: ",") }

    func run() async throws {
        let directory = URL(fileURLWithPath: dataDir ?? DataDirectory.standard(), isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let level = logLevel
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        let logger = Logger(label: "postern")
        announce("data directory \(directory.path)")
        let ready = ReadyFile(directory: directory, expecting: isEmbedded ? [.controlPlane, .cloud, .dns] : [.controlPlane])
        defer { ready.remove() }

        let store: any Store
        if let url = storeURL ?? ProcessInfo.processInfo.environment["POSTERN_STORE_URL"], !url.isEmpty {
            store = try await PostgresStore(url: url)
            announce("store: PostgreSQL at \(PostgresStore.redacted(url)), schema postern")
        } else {
            store = try SQLiteStore(path: directory.appendingPathComponent("postern.sqlite").path)
        }
        let replica = Replica(
            id: Replica.newID(), host: ProcessInfo.processInfo.hostName, pid: ProcessInfo.processInfo.processIdentifier, controlPlane: nil,
            clouds: cloud.map(\.rawValue).sorted(), startTime: Date(), lastSeen: Date())
        announce("replica \(replica.id), leases of \(Self.format(lease))")
        let exclusion = StoreExclusion(store: store, holder: replica.id, lease: lease)

        var services: [any Service] = []
        var providers = CloudProviders()
        var meter: UsageMeter?
        if isEmbedded {
            let server = try EmbeddedCloudServer(directory: directory, host: host, port: cloudPort, options: embedded, logger: logger, ready: ready)
            services += server.services
            meter = server.dataPlane.meter
            let host = host == "::1" ? "[::1]" : host, port = server.port
            if awsEndpointURL != nil {
                let client = try standardClient()
                providers.register(.aws, AWSProvider(client: client, exclusion: exclusion).registration(usage: CloudWatchUsageSource(client: client)))
            } else {
                let secret = try server.cloud.credentials.ensureProfile("platform", accessKeyID: platformAccount)
                announce("platform provider: embedded cloud as account \(platformAccount)")
                let credentials = AWSCredentials(accessKeyID: platformAccount, secretAccessKey: secret)
                let aws = AWSProvider(
                    makeClient: { AWSClient(credentials: credentials, endpoint: URL(string: "http://\(host):\(await port.value())")!) }, exclusion: exclusion)
                providers.register(.aws, aws.registration(usage: MeterUsageSource(meter: server.dataPlane.meter)))
            }
            let uid = platformUid
            let alibabaSecret = try server.cloud.alibabaCredentials.ensureProfile("platform", accessKeyID: uid)
            announce("platform provider: embedded cloud as Alibaba Cloud account \(uid)")
            let alibaba = AlibabaProvider(makeClient: {
                AlibabaClient(
                    credentials: AlibabaCredentials(accessKeyID: uid, accessKeySecret: alibabaSecret, source: "the embedded cloud's alibaba-credentials"),
                    endpoint: "http://\(host):\(await port.value())")
            }, exclusion: exclusion)
            providers.register(.alicloud, alibaba.registration(usage: MeterUsageSource(meter: server.dataPlane.meter)))
        } else {
            if cloud.contains(.aws) {
                let client = try standardClient()
                providers.register(.aws, AWSProvider(client: client, exclusion: exclusion).registration(usage: CloudWatchUsageSource(client: client)))
            }
            if cloud.contains(.alicloud) { providers.register(.alicloud, try alibabaProvider(exclusion: exclusion).registration(usage: nil)) }
        }

        let adminKey = try await AdminKey.ensure(store: store, dataDirectory: directory)
        if FileManager.default.fileExists(atPath: adminKey.path) {
            announce("admin API key in \(adminKey.path)")
        } else {
            announce("the store has API keys already: the replica that made the admin key wrote admin-key.json in its data directory")
        }
        let perMinute = rateLimit ?? ProcessInfo.processInfo.environment["POSTERN_RATE_LIMIT"].flatMap { Int($0) } ?? 100
        announce(perMinute > 0 ? "rate limit: \(perMinute) requests a minute per API key" : "rate limit: none")
        let registered = providers
        let host = self.host, port = self.port
        let dataPlaneMeter = meter
        let metrics: @Sendable () -> String = { registry.emitToString() + (dataPlaneMeter?.prometheusText() ?? "") }
        let listening = Listening()
        services.append(Application(
            router: try ControlPlane.router(store: store, providers: registered, metrics: metrics, rateLimit: perMinute, lease: lease),
            configuration: .init(address: .hostname(host, port: port), serverName: "postern"),
            onServerRunning: { channel in
                let url = "http://\(host == "::1" ? "[::1]" : host):\(channel.localAddress?.port ?? port)"
                listening.url.withLock { $0 = url }
                ready.report(.controlPlane, url)
                announce("control plane listening on \(url)")
            },
            logger: logger))
        let lease = self.lease
        services.append(ReconcilerService { ReconcileLoop(store: store, providers: registered, holder: replica.id, lease: lease) })
        let presence = ReplicaPresence(store: store, replica: replica, lease: lease)
        services.append(PresenceService(presence: presence, controlPlane: { listening.url.withLock { $0 } }))

        let group = ServiceGroup(
            configuration: .init(
                services: services.map { .init(service: $0) }, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
    }

    /// The platform's Alibaba Cloud provider, with credentials as its SDKs find them and each
    /// product's endpoint, or all at ALIBABA_CLOUD_ENDPOINT.
    func alibabaProvider(exclusion: any Exclusion) throws -> AlibabaProvider {
        let credentials: any AlibabaCredentialProvider
        do {
            credentials = try AlibabaCredentialChain.provider()
        } catch {
            throw ValidationError("\(error)")
        }
        let endpoint = ProcessInfo.processInfo.environment["ALIBABA_CLOUD_ENDPOINT"].flatMap { $0.isEmpty ? nil : $0 }
        announce("platform provider: Alibaba Cloud with \(credentials)")
        announce("Alibaba Cloud endpoints: \(endpoint.map { "every product at \($0)" } ?? "each product's regional endpoint (privatelink.<region>.aliyuncs.com, …)")")
        return AlibabaProvider(client: AlibabaClient(credentials: credentials, endpoint: endpoint), exclusion: exclusion)
    }

    /// The platform's AWS client as the AWS CLI would be configured here, announced service by service.
    func standardClient() throws -> AWSClient {
        let client: AWSClient
        do {
            client = try AWSClient.standard(endpointURL: awsEndpointURL)
        } catch {
            throw ValidationError("\(error)")
        }
        let region = AWSClient.configuredRegion() ?? "us-east-1"
        announce("platform provider: AWS with \(client.credentials?.description ?? "no credentials")")
        announce("AWS endpoints (for \(region); other regions alike): \(client.describeEndpoints(region: region).joined(separator: ", "))")
        return client
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

/// This replica's record in the store, kept fresh until shutdown.
struct PresenceService: Service {
    let presence: ReplicaPresence
    let controlPlane: @Sendable () -> String?

    func run() async throws {
        try await cancelWhenGracefulShutdown { await presence.run(controlPlane: controlPlane) }
    }
}

/// Where the control plane listens, once it does.
final class Listening: Sendable {
    let url = Mutex<String?>(nil)
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

extension Logger.Level: @retroactive ExpressibleByArgument {}
