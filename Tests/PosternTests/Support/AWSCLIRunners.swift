import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// awscli's command driver kept running in a few Python processes (`Fixtures/aws-runner.py`):
/// each `aws` command of the tests goes to an idle one, which runs awscli's CLIDriver on its
/// arguments and environment and sends back the exit status and what it printed. The same
/// driver a fresh `aws` process runs, without paying for a new interpreter and awscli's imports
/// every time, which is most of what a test suite of hundreds of commands spends.
final class AWSCLIRunners: Sendable {
    static let shared = AWSCLIRunners(size: 3)

    private let size: Int
    private let state = Mutex<(idle: [Runner], made: Int, waiting: [CheckedContinuation<Runner, Never>])>(([], 0, []))

    init(size: Int) { self.size = size }

    func run(_ arguments: [String], environment: [String: String], timeout: TimeInterval = 120) async throws -> AWSCLI.Result {
        let runner = try await take()
        do {
            let result = try await runner.run(arguments, environment: environment, timeout: timeout)
            give(runner)
            return result
        } catch {
            runner.stop()
            state.withLock { $0.made -= 1 }
            wakeOne()
            throw error
        }
    }

    private func take() async throws -> Runner {
        enum Next { case ready(Runner), make, wait }
        let next = state.withLock { state -> Next in
            if let runner = state.idle.popLast() { return .ready(runner) }
            if state.made < size {
                state.made += 1
                return .make
            }
            return .wait
        }
        switch next {
        case .ready(let runner): return runner
        case .make:
            do {
                return try Runner()
            } catch {
                state.withLock { $0.made -= 1 }
                throw error
            }
        case .wait:
            return await withCheckedContinuation { continuation in
                let ready = state.withLock { state -> Runner? in
                    if let runner = state.idle.popLast() { return runner }
                    state.waiting.append(continuation)
                    return nil
                }
                if let ready { continuation.resume(returning: ready) }
            }
        }
    }

    private func give(_ runner: Runner) {
        let waiter = state.withLock { state -> CheckedContinuation<Runner, Never>? in
            if !state.waiting.isEmpty { return state.waiting.removeFirst() }
            state.idle.append(runner)
            return nil
        }
        waiter?.resume(returning: runner)
    }

    /// A runner died: one waiting caller makes a new one instead.
    private func wakeOne() {
        let waiter = state.withLock { state -> CheckedContinuation<Runner, Never>? in
            guard !state.waiting.isEmpty, state.made < size, let made = try? Runner() else { return nil }
            state.made += 1
            state.idle.append(made)
            return state.waiting.removeFirst()
        }
        if let waiter, let runner = state.withLock({ $0.idle.popLast() }) { waiter.resume(returning: runner) }
    }

    /// One Python process and its pipes; one command at a time, on its own thread.
    final class Runner: @unchecked Sendable {
        let process = Process()
        let input = Pipe(), output = Pipe()
        private let queue = DispatchQueue(label: "aws-runner")
        private var buffer = Data()

        init() throws {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("Fixtures/aws-runner.py")
            process.arguments = ["python3", script.path]
            process.standardInput = input
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try Subprocess.launch(process)
        }

        func stop() {
            if process.isRunning { process.terminate() }
        }

        func run(_ arguments: [String], environment: [String: String], timeout: TimeInterval) async throws -> AWSCLI.Result {
            let request = try JSONSerialization.data(withJSONObject: ["argv": arguments, "env": environment]) + Data("\n".utf8)
            return try await withCheckedThrowingContinuation { continuation in
                queue.async {
                    do {
                        continuation.resume(returning: try self.exchange(request, timeout: timeout))
                    } catch {
                        continuation.resume(throwing: error)
                    }
                }
            }
        }

        private func exchange(_ request: Data, timeout: TimeInterval) throws -> AWSCLI.Result {
            try input.fileHandleForWriting.write(contentsOf: request)
            let deadline = Date().addingTimeInterval(timeout)
            let descriptor = output.fileHandleForReading.fileDescriptor
            while true {
                if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                    let line = buffer[..<newline]
                    buffer = Data(buffer[buffer.index(after: newline)...])
                    guard let reply = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
                        throw PosternTestError("aws runner answered something else than JSON")
                    }
                    return AWSCLI.Result(
                        status: Int32(reply["status"] as? Int ?? 255), stdout: reply["stdout"] as? String ?? "",
                        stderr: reply["stderr"] as? String ?? "")
                }
                let left = deadline.timeIntervalSinceNow
                guard left > 0 else { throw PosternTestError("aws runner gave no answer in \(Int(timeout)) s") }
                var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                guard poll(&ready, 1, Int32(min(left, 1) * 1000)) >= 0 else { throw PosternTestError("aws runner: poll failed") }
                guard ready.revents != 0 else { continue }
                let chunk = output.fileHandleForReading.availableData
                guard !chunk.isEmpty else { throw PosternTestError("aws runner ended (status \(process.isRunning ? 0 : process.terminationStatus))") }
                buffer.append(chunk)
            }
        }
    }
}
