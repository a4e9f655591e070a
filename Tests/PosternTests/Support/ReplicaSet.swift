import Foundation
import PosternTestSupport
import Testing

/// Postern as an operator runs it for availability: `postern cloud` plays AWS, and several
/// `postern serve --cloud aws` replicas share one PostgreSQL database, started together.
final class ReplicaSet: @unchecked Sendable {
    let cloud: PosternDaemon
    let cloudURL: String
    /// Each replica, nil once killed or stopped.
    private(set) var replicas: [PosternDaemon?]
    let directories: [URL]
    let databaseURL: String
    private let slots: SlotLease

    /// `arguments`: more for every `postern serve`.
    init(count: Int, lease: String, cloudArguments: [String] = [], arguments: [String] = []) async throws {
        let server = try await PostgreSQLServer.url()
        let database = "replicas_\(UUID().uuidString.prefix(8).lowercased())"
        let made = try await Subprocess.run(["psql", server, "-v", "ON_ERROR_STOP=1", "-c", "CREATE DATABASE \(database)"])
        guard made.status == 0 else { throw PosternTestError("CREATE DATABASE failed: \(made.stderr)") }
        databaseURL = server.replacingOccurrences(of: "/postgres", with: "/\(database)")
        slots = try await SlotLease()
        let cloudDirectory = Scratch.path("postern-cloud-test")
        cloud = try await PosternDaemon(
            ["cloud", "--data-dir", cloudDirectory.path, "--port", "0", "--dns-port", "0",
             "--vpc-slots", "\(slots.slots.lowerBound)-\(slots.slots.upperBound)", "--cloud-delay", "0s"] + cloudArguments,
            dataDirectory: cloudDirectory)
        cloudURL = cloud.cloudURL
        let environment = try SplitPostern.controlPlaneEnvironment(cloudURL: cloudURL)
        let directories = (0..<count).map { _ in Scratch.path("postern-test") }
        self.directories = directories
        let url = databaseURL
        replicas = try await withThrowingTaskGroup(of: (Int, PosternDaemon).self) { group in
            for (index, directory) in directories.enumerated() {
                group.addTask {
                    (index, try await PosternDaemon(
                        ["serve", "--cloud", "aws", "--data-dir", directory.path, "--port", "0", "--store", url, "--lease", lease] + arguments,
                        dataDirectory: directory, environment: environment))
                }
            }
            var started = [PosternDaemon?](repeating: nil, count: count)
            for try await (index, daemon) in group { started[index] = daemon }
            return started
        }
    }

    /// The id a replica announced.
    func replicaID(_ index: Int) -> String? {
        guard let output = replicas[index]?.output, let range = output.range(of: #"replica replica-[0-9a-f]{12}"#, options: .regularExpression) else {
            return nil
        }
        return String(output[range].dropFirst("replica ".count))
    }

    /// The admin key, from the one data directory whose replica made it.
    var adminKey: (publicKey: String, privateKey: String) {
        get throws {
            for directory in directories {
                if let text = try? String(contentsOf: directory.appendingPathComponent("admin-key.json"), encoding: .utf8) {
                    let json = JSON(parsing: text)
                    return (json["publicKey"].string ?? "", json["privateKey"].string ?? "")
                }
            }
            throw PosternTestError("no replica wrote admin-key.json")
        }
    }

    /// curl at replica `index` with the admin key.
    func api(_ index: Int) throws -> ControlPlaneClient {
        let key = try adminKey
        return ControlPlaneClient(baseURL: replicas[index]?.controlURL ?? "", user: "\(key.publicKey):\(key.privateKey)")
    }

    func aws(account: String, region: String = "us-west-2") -> AWSCLI { AWSCLI(endpoint: cloudURL, accessKeyID: account, region: region) }

    /// `kill -9`: no shutdown, no lease released.
    func kill(_ index: Int) {
        guard let daemon = replicas[index] else { return }
        Foundation.kill(daemon.process.processIdentifier, SIGKILL)
        _ = Subprocess.awaitExit(daemon.process, within: 10)
        replicas[index] = nil
    }

    /// SIGTERM: a graceful stop.
    func stop(_ index: Int) {
        replicas[index]?.stop()
        replicas[index] = nil
    }

    /// One SQL query's rows, `|`-separated, on the replicas' database.
    func sql(_ query: String) async throws -> [String] {
        let result = try await Subprocess.run(["psql", databaseURL, "-At", "-v", "ON_ERROR_STOP=1", "-c", query])
        guard result.status == 0 else { throw PosternTestError("psql failed: \(result.stderr)") }
        return result.stdout.split(separator: "\n").map(String.init)
    }

    deinit {
        for replica in replicas { replica?.stop() }
        cloud.stop()
    }
}
