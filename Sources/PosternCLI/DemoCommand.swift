import ArgumentParser
import Foundation
import PosternAWS

/// `postern demo`: starts Postern on a temporary data directory and walks seeds 003, 004, 000
/// and 002, playing the customer (through the embedded cloud's AWS and Alibaba Cloud APIs) and
/// TiDB Cloud's user (through Postern's API), printing each command a user would type and what
/// it shows.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo", abstract: "See every seed flow work, on a temporary Postern, in about a minute")
    @Option(name: .customLong("cloud-delay"), help: "How long the embedded cloud takes to provision.") var cloudDelay = "2s"
    @Flag(name: .customLong("no-color"), help: "Print without colors.") var noColor = false

    func run() async throws {
        let terminal = Terminal(noColor: noColor)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("postern-demo-\(UUID().uuidString)")
        let server = try await DemoServer.start(dataDirectory: directory, delay: cloudDelay)
        defer {
            server.stop()
            try? FileManager.default.removeItem(at: directory)
        }
        do {
            let started = Date()
            let standIn = try DemoStandIn()
            defer { standIn.stop() }
            let walk = try Walk(terminal: terminal, server: server, standIn: standIn)
            try await walk.seed003()
            try await walk.seed004()
            try await walk.seed000()
            try await walk.seed002()
            terminal.success("\nAll four seeds walked in \(Int(Date().timeIntervalSince(started)))s.")
        } catch {
            terminal.error("\(error)")
            throw ExitCode(1)
        }
    }
}

/// `postern serve` on a temporary data directory, as a child process.
struct DemoServer {
    let process: Process
    let controlURL: URL
    let cloudURL: URL
    let dnsPort: Int
    let dataDirectory: URL

    static func start(dataDirectory: URL, delay: String) async throws -> DemoServer {
        let log = dataDirectory.appendingPathComponent("serve.log")
        try FileManager.default.createDirectory(at: dataDirectory, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.resolvingSymlinksInPath()
        if !FileManager.default.isExecutableFile(atPath: process.executableURL!.path) {
            process.executableURL = Bundle.main.executableURL
        }
        process.arguments = ["serve", "--data-dir", dataDirectory.path, "--port", "0", "--cloud-port", "0", "--dns-port", "0",
                             "--vpc-slots", "220-254", "--cloud-delay", delay]
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        try? handle.close()
        let readyFile = dataDirectory.appendingPathComponent("ready.json")
        for _ in 0..<300 {
            if let data = try? Data(contentsOf: readyFile), let ready = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                ready["pid"] as? Int == Int(process.processIdentifier), let control = (ready["controlPlane"] as? String).flatMap(URL.init(string:)),
                let cloud = (ready["cloud"] as? String).flatMap(URL.init(string:)), let dns = ready["dns"] as? Int
            {
                return DemoServer(process: process, controlURL: control, cloudURL: cloud, dnsPort: dns, dataDirectory: dataDirectory)
            }
            guard process.isRunning else { break }
            try await Task.sleep(for: .milliseconds(100))
        }
        process.terminate()
        throw CLIError("postern serve did not start: \((try? String(contentsOf: log, encoding: .utf8)) ?? "")")
    }

    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        for _ in 0..<100 where process.isRunning { usleep(50_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }
}
