import Foundation
import Synchronization
import Testing

/// The MariaDB server that stands behind endpoints: the one `.ci/run` started (its port in
/// POSTERN_TEST_MARIADB_PORT), or else one this test process starts once, on loopback.
enum MariaDB {
    private static let started = Mutex<Task<Int, any Error>?>(nil)

    static func port() async throws -> Int {
        if let given = ProcessInfo.processInfo.environment["POSTERN_TEST_MARIADB_PORT"].flatMap(Int.init) { return given }
        let task = started.withLock { task in
            if let task { return task }
            let made = Task { try await start() }
            task = made
            return made
        }
        return try await task.value
    }

    /// `mysql … -e sql` against `host`:`port` as root, failing within ten seconds when
    /// nothing answers (a loaded machine may take seconds to answer a handshake).
    static func query(_ sql: String, host: String, port: Int) async throws -> Subprocess.Result {
        try await Subprocess.run([
            "mysql", "--protocol=tcp", "-h", host, "-P", String(port), "-u", "root", "--connect-timeout=10", "-N", "-B", "-e", sql,
        ])
    }

    private static func start() async throws -> Int {
        guard FileManager.default.isExecutableFile(atPath: "/usr/sbin/mariadbd") else {
            throw PosternTestError("MariaDB is not installed: run .ci/run, or apt-get install mariadb-server mariadb-client.")
        }
        let directory = Scratch.path("postern-mariadb")
        let installed = try await Subprocess.run([
            "mariadb-install-db", "--no-defaults", "--datadir=\(directory.path)/data", "--user=\(NSUserName())",
            "--auth-root-authentication-method=normal", "--skip-test-db",
        ])
        guard installed.status == 0 else { throw PosternTestError("mariadb-install-db failed: \(installed.stderr)") }
        let port = 33000 + Int(getpid() % 2000)
        let server = Process()
        server.executableURL = URL(fileURLWithPath: "/usr/sbin/mariadbd")
        server.arguments = [
            "--no-defaults", "--datadir=\(directory.path)/data", "--user=\(NSUserName())", "--port=\(port)", "--bind-address=127.0.0.1",
            "--socket=\(directory.path)/mysqld.sock", "--skip-grant-tables", "--pid-file=\(directory.path)/mysqld.pid",
        ]
        server.standardOutput = FileHandle.nullDevice
        server.standardError = FileHandle.nullDevice
        try Subprocess.launch(server)
        Scratch.killAtExit(server.processIdentifier)
        for _ in 0..<150 {
            if try await query("SELECT 1", host: "127.0.0.1", port: port).status == 0 { return port }
            try await Task.sleep(for: .milliseconds(200))
        }
        throw PosternTestError("MariaDB did not start on 127.0.0.1:\(port) within 30 s.")
    }
}

/// `dig` against Postern's DNS server, optionally from a VPC's loopback block (its view).
enum Dig {
    /// The IPv4 addresses `name` resolves to (after any CNAMEs), or none.
    static func addresses(_ name: String, port: Int, from source: String? = nil, tcp: Bool = false) async throws -> [String] {
        var arguments = ["dig", "@127.0.0.1", "-p", String(port), "+short", "+time=2", "+tries=1"]
        if let source { arguments += ["-b", source] }
        if tcp { arguments.append("+tcp") }
        let result = try await Subprocess.run(arguments + [name])
        return result.stdout.split(separator: "\n").map(String.init).filter { $0.split(separator: ".").count == 4 && $0.allSatisfy { $0.isNumber || $0 == "." } }
    }

    /// The response's status (NOERROR, NXDOMAIN, REFUSED).
    static func status(_ name: String, port: Int, from source: String? = nil) async throws -> String {
        var arguments = ["dig", "@127.0.0.1", "-p", String(port), "+time=2", "+tries=1"]
        if let source { arguments += ["-b", source] }
        let output = try await Subprocess.run(arguments + [name]).stdout
        guard let range = output.range(of: #"status: [A-Z]+"#, options: .regularExpression) else { return "" }
        return String(output[range].dropFirst("status: ".count))
    }

    /// A source address in the VPC view that `address` (an endpoint's loopback address) is in.
    static func view(of address: String) -> String {
        let octets = address.split(separator: ".")
        return "127.\(octets[1]).0.10"
    }
}

/// The echo server of Fixtures/echo-server.py, for counting bytes exactly.
final class EchoServer: @unchecked Sendable {
    let process = Process()
    let port: Int
    private let log: URL

    init() async throws {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")
        log = FileManager.default.temporaryDirectory.appendingPathComponent("postern-echo-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        defer { try? handle.close() }
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-u", fixtures.appendingPathComponent("echo-server.py").path]
        process.standardOutput = handle
        process.standardError = handle
        try Subprocess.launch(process)
        for _ in 0..<100 {
            let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            if let port = text.split(separator: "\n").first.flatMap({ Int($0) }) {
                self.port = port
                return
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        process.terminate()
        throw PosternTestError("the echo server did not start")
    }

    /// Sends `bytes` through `host`:`port` and reads them back (Fixtures/echo-client.py).
    static func roundTrip(host: String, port: Int, bytes: Int) async throws -> Subprocess.Result {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")
        return try await Subprocess.run(["python3", fixtures.appendingPathComponent("echo-client.py").path, host, String(port), String(bytes)])
    }

    deinit {
        process.terminate()
        Subprocess.awaitExit(process, within: 2)
        try? FileManager.default.removeItem(at: log)
    }
}
