import Foundation
import Synchronization

/// The PostgreSQL server the contract runs against: the one `.ci/run` started (its URL in
/// POSTERN_TEST_POSTGRES_URL), or else one this test process starts once on loopback with
/// Debian's binaries. Without either the PostgreSQL cases fail: they are not skipped.
public enum PostgreSQLServer {
    private static let started = Mutex<Task<String, any Error>?>(nil)
    private static let pid = Mutex<pid_t>(0)

    public static func url() async throws -> String {
        if let given = ProcessInfo.processInfo.environment["POSTERN_TEST_POSTGRES_URL"], !given.isEmpty { return given }
        let task = started.withLock { task in
            if let task { return task }
            let made = Task { try await start() }
            task = made
            return made
        }
        return try await task.value
    }

    private static func binaries() throws -> URL {
        let root = URL(fileURLWithPath: "/usr/lib/postgresql")
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: root.path))?.sorted { (Int($0) ?? 0) > (Int($1) ?? 0) } ?? []
        guard let version = versions.first(where: { FileManager.default.isExecutableFile(atPath: root.appendingPathComponent("\($0)/bin/postgres").path) }) else {
            throw PostgreSQLError("PostgreSQL is not installed: run .ci/run, or apt-get install postgresql (or set POSTERN_TEST_POSTGRES_URL).")
        }
        return root.appendingPathComponent("\(version)/bin")
    }

    /// A command as the server's owner: `postgres` when this runs as root (PostgreSQL refuses root).
    private static func asOwner(_ arguments: [String]) -> [String] {
        getuid() == 0 ? ["runuser", "-u", "postgres", "--"] + arguments : arguments
    }

    private static func start() async throws -> String {
        let bin = try binaries()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("postern-postgres-\(getpid())")
        try? FileManager.default.removeItem(at: directory)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        if getuid() == 0 { _ = try run(["chown", "postgres", directory.path]) }
        let initialized = try run(asOwner([bin.appendingPathComponent("initdb").path, "-D", directory.appendingPathComponent("data").path, "-A", "trust", "-U", "postern", "--no-sync"]))
        guard initialized.status == 0 else { throw PostgreSQLError("initdb failed: \(initialized.output)") }
        let port = 35000 + Int(getpid() % 2000)
        let server = Process()
        let command = asOwner([bin.appendingPathComponent("postgres").path, "-D", directory.appendingPathComponent("data").path, "-p", String(port),
                               "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=\(directory.path)", "-c", "fsync=off"])
        server.executableURL = URL(fileURLWithPath: getuid() == 0 ? "/usr/sbin/runuser" : command[0])
        server.arguments = Array(command.dropFirst())
        server.standardOutput = FileHandle.nullDevice
        server.standardError = FileHandle.nullDevice
        try server.run()
        pid.withLock { $0 = server.processIdentifier }
        atexit {
            let running = PostgreSQLServer.pid.withLock { $0 }
            if running > 0 { kill(running, SIGTERM) }
        }
        let url = "postgres://postern@127.0.0.1:\(port)/postgres"
        for _ in 0..<150 {
            if try run(["psql", "-h", "127.0.0.1", "-p", String(port), "-U", "postern", "-d", "postgres", "-c", "SELECT 1"]).status == 0 { return url }
            try await Task.sleep(for: .milliseconds(200))
        }
        throw PostgreSQLError("PostgreSQL did not start on 127.0.0.1:\(port) within 30 s.")
    }

    private static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

public struct PostgreSQLError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
