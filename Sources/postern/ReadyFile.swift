import Foundation
import Synchronization

/// `<data-dir>/ready.json`: the process's id and where each of its listeners is, written (at
/// once, by rename) when every one of them listens, and removed when the process stops. A
/// supervisor, the client, the demo and the tests read it rather than the log.
final class ReadyFile: Sendable {
    enum Listener: String, Sendable {
        case controlPlane, cloud, dns
    }

    let url: URL
    private let state: Mutex<(values: [String: String], missing: Set<Listener>)>

    init(directory: URL, expecting listeners: Set<Listener>) {
        url = directory.appendingPathComponent("ready.json")
        state = Mutex((["pid": String(ProcessInfo.processInfo.processIdentifier)], listeners))
        try? FileManager.default.removeItem(at: url)
    }

    /// Records where `listener` listens (a URL, or a port for DNS); writes the file once none is missing.
    func report(_ listener: Listener, _ value: String) {
        let complete = state.withLock { state -> [String: String]? in
            state.values[listener.rawValue] = value
            let wasMissing = state.missing.remove(listener) != nil
            return wasMissing && state.missing.isEmpty ? state.values : nil
        }
        guard let complete else { return }
        var object: [String: Any] = complete
        object["pid"] = Int(complete["pid"] ?? "")
        if let dns = complete["dns"] { object["dns"] = Int(dns) }
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]) else { return }
        let staging = url.deletingLastPathComponent().appendingPathComponent(".ready.json.\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try data.write(to: staging)
            guard rename(staging.path, url.path) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        } catch {
            try? FileManager.default.removeItem(at: staging)
            announce("cannot write \(url.path): \(error)")
        }
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}
