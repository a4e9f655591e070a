import Foundation

/// An endpoint's metered usage (the API's `EndpointUsage`), as the usage commands print it:
/// a table on a terminal with `-o human`, JSON otherwise.
enum UsageOutput {
    static func show(_ terminal: Terminal, _ usage: Any, output: String) throws {
        try checkOutput(output)
        guard output == "human" && terminal.interactive, let usage = usage as? [String: Any] else { return terminal.json(usage) }
        let hours = (usage["endpointHours"] as? Double).map { String(format: "%.4f", $0) } ?? ""
        terminal.table(
            ["Endpoint", "Bytes in", "Bytes out", "Connections", "Refused", "Open", "Endpoint-hours"],
            [[Terminal.text(usage, "endpointId"), Terminal.text(usage, "bytesIn"), Terminal.text(usage, "bytesOut"),
              Terminal.text(usage, "connections"), Terminal.text(usage, "refusedConnections"), Terminal.text(usage, "activeConnections"), hours]])
    }
}
