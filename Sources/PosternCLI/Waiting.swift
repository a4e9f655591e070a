import Foundation

/// `--wait`: polls a resource and shows one live line (its state and the time so far) until
/// it settles; a FAILED end is an error with the resource's message. `read` fetches the
/// resource; a 404 is nil.
enum Waiting {
    typealias Read = @Sendable (API) async throws -> [String: Any]

    static func until(
        _ terminal: Terminal, _ api: API, _ name: String, timeout: TimeInterval = 900, read: Read,
        state: @escaping ([String: Any]?) -> String, settled: Set<String>
    ) async throws -> [String: Any]? {
        let start = Date()
        var last = ""
        while true {
            var resource: [String: Any]?
            do {
                resource = try await read(api)
            } catch let failure as APIFailure where failure.status == 404 {
                resource = nil
            }
            let now = state(resource)
            let elapsed = Int(Date().timeIntervalSince(start))
            if terminal.interactive {
                FileHandle.standardOutput.write(Data("\r\u{1B}[2K\(now) (\(elapsed)s)".utf8))
            } else if now != last {
                terminal.print("\(now) (\(elapsed)s)")
            }
            last = now
            if settled.contains(now) {
                if terminal.interactive { terminal.print("") }
                if now == "FAILED" {
                    throw CLIError("\(name) FAILED: \(resource?["message"] as? String ?? "no message")")
                }
                return resource
            }
            guard Date().timeIntervalSince(start) < timeout else { throw CLIError("gave up waiting after \(Int(timeout))s: still \(now)") }
            try await Task.sleep(for: .milliseconds(500))
        }
    }

    /// Every delete command: ticloud's confirmation, the delete, with `--wait` the resource's
    /// `field` until it is gone, then `done`.
    static func delete(
        _ terminal: Terminal, _ api: API, _ name: String, field: String = "state", force: Bool, wait: Bool, done: String,
        delete: @Sendable (API) async throws -> Void, read: Read
    ) async throws {
        try confirmDeletion(terminal, force: force)
        try await delete(api)
        if wait {
            _ = try await until(terminal, api, name, read: read, state: { $0?[field] as? String ?? "DELETED" }, settled: ["DELETED"])
        }
        terminal.success(done)
    }
}

/// The delete commands' confirmation, as ticloud asks it.
private func confirmDeletion(_ terminal: Terminal, force: Bool) throws {
    guard !force else { return }
    guard terminal.interactive else { throw CLIError("The terminal doesn't support prompt, run with --force to skip confirmation") }
    guard try terminal.input("Type 'yes' to confirm deletion:") == "yes" else { throw CLIError("deletion cancelled") }
}
