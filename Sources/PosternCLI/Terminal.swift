import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What the CLI writes and reads: ticloud's conventions (messages on standard output, errors
/// as `Error: …` in red), colors only on a terminal, prompts only on a terminal.
struct Terminal: Sendable {
    let color: Bool
    let interactive: Bool

    init(noColor: Bool) {
        interactive = isatty(STDOUT_FILENO) == 1 && isatty(STDIN_FILENO) == 1
        color = !noColor && isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    func print(_ line: String) { FileHandle.standardOutput.write(Data((line + "\n").utf8)) }
    func success(_ line: String) { print(color ? "\u{1B}[32m\(line)\u{1B}[0m" : line) }
    func error(_ line: String) { print(color ? "\u{1B}[31mError: \(line)\u{1B}[0m" : "Error: \(line)") }

    /// Pretty JSON with two-space indents, as ticloud prints responses.
    func json(_ value: Any) {
        let data = (try? JSONSerialization.data(withJSONObject: value, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        print(String(decoding: data, as: UTF8.self))
    }

    func table(_ header: [String], _ rows: [[String]]) {
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        for row in [header] + rows {
            print(row.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: "  ")
                .trimmingCharacters(in: .whitespaces))
        }
    }

    /// A list as ticloud shows one: JSON (`{key: [...], totalSize}`) with `-o json` or when not on a
    /// terminal, else a table of `columns` (header, field).
    func list(_ items: [[String: Any]], key: String, output: String, columns: [(String, String)]) {
        guard output == "human" && interactive else { return json([key: items, "totalSize": items.count]) }
        table(columns.map(\.0), items.map { item in columns.map { Self.text(item, $0.1) } })
    }

    /// A field of a JSON object by dotted path (`region.regionId`), as text.
    static func text(_ item: [String: Any], _ path: String) -> String {
        var value: Any? = item
        for part in path.split(separator: ".") { value = (value as? [String: Any])?[String(part)] }
        return value.map { "\($0)" } ?? ""
    }

    func requireInteractive() throws {
        guard interactive else { throw CLIError("The terminal doesn't support interactive mode, please use non-interactive mode") }
    }

    /// Asks for a line of text.
    func input(_ prompt: String) throws -> String {
        FileHandle.standardOutput.write(Data("\(prompt) ".utf8))
        guard let line = readLine() else { throw Interrupted() }
        return line.trimmingCharacters(in: .whitespaces)
    }

    /// Asks to choose one of `items`, by number or by name; returns its index. An empty
    /// answer chooses nothing (`none`); an answer that is no item is `invalid`, when given.
    func select(_ prompt: String, _ items: [String], none: String, invalid: String? = nil) throws -> Int {
        print(prompt)
        for (index, item) in items.enumerated() { print("  \(index + 1)) \(item)") }
        while true {
            let answer = try input("Enter a number (1-\(items.count)):")
            if answer.isEmpty { throw CLIError(none) }
            if let number = Int(answer), items.indices.contains(number - 1) { return number - 1 }
            if let index = items.firstIndex(of: answer) { return index }
            if let invalid { throw CLIError(invalid) }
        }
    }

    func confirm(_ prompt: String, default yes: Bool = false) throws -> Bool {
        let answer = try input("\(prompt) \(yes ? "[Y/n]" : "[y/N]")").lowercased()
        return answer.isEmpty ? yes : answer == "y" || answer == "yes"
    }
}

/// `-o`: human or json.
func checkOutput(_ output: String) throws {
    guard output == "human" || output == "json" else { throw CLIError("unsupported output format: \(output)") }
}

/// A failure the CLI reports as ticloud does: `Error: <message>`, exit status 1.
struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
