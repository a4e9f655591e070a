import Foundation

/// Runs a program to its end without blocking a thread: its output goes to files, and the
/// termination handler resumes the caller.
enum Subprocess {
    struct Result: Sendable {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static func run(_ arguments: [String], environment: [String: String]? = nil) async throws -> Result {
        let directory = FileManager.default.temporaryDirectory
        let out = directory.appendingPathComponent("subprocess-out-\(UUID().uuidString)")
        let err = directory.appendingPathComponent("subprocess-err-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        if let environment { process.environment = environment }
        // Closed here, not left to deinit: leaked descriptors past 1024 crash Foundation's select().
        let outHandle = try FileHandle(forWritingTo: out), errHandle = try FileHandle(forWritingTo: err)
        defer {
            try? outHandle.close()
            try? errHandle.close()
        }
        process.standardOutput = outHandle
        process.standardError = errHandle
        process.standardInput = FileHandle.nullDevice
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do { try launch(process) } catch { continuation.resume(throwing: error) }
        }
        return Result(
            status: status, stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
    }

    /// Starts `process`. Foundation's `Process.run` on Linux can crash when several threads
    /// launch at once, so launches take turns.
    static func launch(_ process: Process) throws {
        launching.lock()
        defer { launching.unlock() }
        try process.run()
    }

    private static let launching = NSLock()

    /// Waits (polling, at most `seconds`) for a process asked to stop, then kills it; returns
    /// whether it stopped by itself.
    @discardableResult
    static func awaitExit(_ process: Process, within seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        guard process.isRunning else { return true }
        kill(process.processIdentifier, SIGKILL)
        let killed = Date().addingTimeInterval(2)
        while process.isRunning && Date() < killed { usleep(20_000) }
        return false
    }
}
