import Foundation
import Synchronization
import Testing

/// What a test drives of a running Postern: its control plane, its cloud's AWS API and DNS.
protocol PosternServing: AnyObject, Sendable {
    var cloudURL: String { get }
    var controlURL: String { get }
    var dnsPort: Int { get }
    /// The control plane's data directory (its admin key is there).
    var dataDirectory: URL { get }
}

extension PosternServing {
    /// The admin key pair the server wrote into its data directory.
    var adminKey: (publicKey: String, privateKey: String) {
        get throws {
            let json = JSON(parsing: try String(contentsOf: dataDirectory.appendingPathComponent("admin-key.json"), encoding: .utf8))
            return (json["publicKey"].string ?? "", json["privateKey"].string ?? "")
        }
    }

    /// `curl` against the control plane with the admin key by HTTP Digest, as TiDB Cloud's
    /// docs show it.
    func api() throws -> ControlPlaneClient {
        let key = try adminKey
        return ControlPlaneClient(baseURL: controlURL, user: "\(key.publicKey):\(key.privateKey)")
    }

    /// The awscli, pointed at this server's cloud.
    func aws(account: String = "000000000000", region: String = "us-east-1") -> AWSCLI {
        AWSCLI(endpoint: cloudURL, accessKeyID: account, region: region)
    }
}

/// A `postern` subcommand started for one test, its output in a log, ready once it has written
/// `<dataDirectory>/ready.json` with its own pid (at most 30 s).
final class PosternDaemon: @unchecked Sendable {
    let process = Process()
    let log: URL
    /// What `ready.json` says: `controlPlane` and `cloud` URLs, the `dns` port, the `pid`.
    private(set) var ready: [String: Any] = [:]

    var controlURL: String { ready["controlPlane"] as? String ?? "" }
    var cloudURL: String { ready["cloud"] as? String ?? "" }
    var dnsPort: Int { ready["dns"] as? Int ?? 0 }

    init(_ arguments: [String], dataDirectory: URL, environment: [String: String]? = nil) async throws {
        let readyFile = dataDirectory.appendingPathComponent("ready.json")
        log = Scratch.path("postern-log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        process.executableURL = try PosternProcess.binary()
        process.arguments = arguments
        // Tests poll fast; the rate limit's own tests set it (or --rate-limit) themselves.
        var environment = environment ?? ProcessInfo.processInfo.environment
        if environment["POSTERN_RATE_LIMIT"] == nil { environment["POSTERN_RATE_LIMIT"] = "100000" }
        process.environment = environment
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        try Subprocess.launch(process)
        try? handle.close()
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            if let data = try? Data(contentsOf: readyFile), let found = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                found["pid"] as? Int == Int(process.processIdentifier)
            {
                ready = found
                return
            }
            guard process.isRunning else { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        let ended = process.isRunning ? "still running" : "ended with status \(process.terminationStatus) (\(process.terminationReason == .uncaughtSignal ? "signal" : "exit"))"
        stop()
        throw PosternTestError("postern \(arguments.first ?? "") did not start (\(ended)): \(output)")
    }

    var output: String { (try? String(contentsOf: log, encoding: .utf8)) ?? "" }

    /// Asks it to stop (SIGTERM), and kills it if it has not within ten seconds; returns
    /// whether it stopped by itself. (Foundation's `waitUntilExit` can hang in async tests on
    /// Linux, so this polls.)
    @discardableResult
    func stop() -> Bool {
        guard process.isRunning else { return true }
        process.terminate()
        return Subprocess.awaitExit(process, within: 10)
    }

    deinit {
        stop()
        try? FileManager.default.removeItem(at: log)
    }

}

/// A real `postern serve` on loopback with its own data directory, started for one test.
final class PosternProcess: PosternServing, @unchecked Sendable {
    let dataDirectory: URL
    private let daemon: PosternDaemon
    var process: Process { daemon.process }
    let cloudURL: String
    let controlURL: String
    let dnsPort: Int
    /// The loopback slots this server's VPCs take, apart from every other server running.
    var vpcSlots: ClosedRange<Int> { lease.slots }
    private let lease: SlotLease

    /// Starts the binary and waits (at most 30 s) until both listeners are up.
    init(delay: String = "0s", arguments: [String] = [], dataDirectory: URL? = nil, slotRanges: Int = 1) async throws {
        self.dataDirectory = dataDirectory ?? Scratch.path("postern-test")
        let lease = try await SlotLease(width: slotRanges)
        self.lease = lease
        daemon = try await PosternDaemon(
            ["serve", "--data-dir", self.dataDirectory.path, "--port", "0", "--cloud-port", "0", "--dns-port", "0",
             "--vpc-slots", "\(lease.slots.lowerBound)-\(lease.slots.upperBound)", "--cloud-delay", delay] + arguments,
            dataDirectory: self.dataDirectory)
        cloudURL = daemon.cloudURL
        controlURL = daemon.controlURL
        dnsPort = daemon.dnsPort
    }

    var output: String { daemon.output }

    @discardableResult
    func stop() -> Bool { daemon.stop() }

    deinit { daemon.stop() }

    /// The `postern` built beside this test bundle.
    static func binary() throws -> URL {
        if let path = ProcessInfo.processInfo.environment["POSTERN_BINARY"] { return URL(fileURLWithPath: path) }
        let candidates = [
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("postern"),
            Bundle.main.bundleURL.appendingPathComponent("postern"),
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(".build/debug/postern"),
        ]
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw PosternTestError("no postern binary beside the tests (looked in \(candidates.map(\.path)))")
        }
        return found
    }
}

struct PosternTestError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
