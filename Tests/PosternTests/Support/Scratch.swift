import Foundation
import Synchronization

/// What the test process keeps until it exits: scratch directories (removed then) and
/// servers started once for the whole run (killed then). A directory outlives the server
/// that made it, since a test may start a second server on the first one's data.
enum Scratch {
    private static let left = Mutex<(paths: [String], pids: [pid_t])>(([], []))
    private static let cleanupAtExit: Void = { atexit { Scratch.clear() } }()

    /// A new path in the temporary directory, named `prefix-<uuid>`, removed at exit.
    static func path(_ prefix: String) -> URL {
        _ = cleanupAtExit
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        left.withLock { $0.paths.append(url.path) }
        return url
    }

    /// Kills `pid` when the test process exits.
    static func killAtExit(_ pid: pid_t) {
        _ = cleanupAtExit
        left.withLock { $0.pids.append(pid) }
    }

    private static func clear() {
        let (paths, pids) = left.withLock { $0 }
        for pid in pids { kill(pid, SIGKILL) }
        for pid in pids { waitpid(pid, nil, 0) }
        for path in paths { try? FileManager.default.removeItem(atPath: path) }
    }
}
