import Foundation
import PosternAWS

/// A moto server (PyPI `moto[server]`) on a free loopback port, the public AWS stand-in
/// Postern's embedded cloud is compared with.
final class MotoProcess: @unchecked Sendable {
    private(set) var process = Process()
    private(set) var url = ""

    /// Starts moto on a free port. The port is free when picked but may be taken by the time
    /// moto (slow to import) binds it; a moto that exits without answering is started again
    /// on another port, up to three times.
    init() async throws {
        var exits: [String] = []
        for _ in 0..<3 {
            let log = FileManager.default.temporaryDirectory.appendingPathComponent("postern-moto-\(UUID().uuidString).log")
            defer { if ProcessInfo.processInfo.environment["POSTERN_KEEP_MOTO_LOG"] == nil { try? FileManager.default.removeItem(at: log) } }
            if try await start(log: log) { return }
            let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            exits.append("\(url): \(output.split(separator: "\n").suffix(3).joined(separator: " | "))")
        }
        throw PosternTestError("moto did not start (install it with pip install 'moto[server]'): \(exits.joined(separator: "; "))")
    }

    /// Whether moto answered within 90 seconds on a newly picked port.
    private func start(log: URL) async throws -> Bool {
        let port = try Self.freePort()
        url = "http://127.0.0.1:\(port)"
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-m", "moto.server", "-H", "127.0.0.1", "-p", String(port)]
        var environment = ProcessInfo.processInfo.environment
        environment["MOTO_ACCOUNT_ID"] = nil
        process.environment = environment
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let output = try FileHandle(forWritingTo: log)
        defer { try? output.close() }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = output
        try Subprocess.launch(process)
        let deadline = Date().addingTimeInterval(90)
        while Date() < deadline {
            if let reply = try? await HTTPTransport.shared.send("GET", "\(url)/moto-api/", timeout: 5), reply.status == 200 { return true }
            guard process.isRunning else { return false }
            try await Task.sleep(for: .milliseconds(200))
        }
        stop()
        return false
    }

    /// Asks moto to stop, and kills it if it has not within three seconds.
    func stop() {
        guard process.isRunning else { return }
        process.interrupt()
        Subprocess.awaitExit(process, within: 3)
    }

    deinit { stop() }

    private static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound else { throw PosternTestError("no free loopback port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
