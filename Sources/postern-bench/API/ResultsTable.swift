import ArgumentParser
import Foundation

/// Reads bench/api's result lines and prints one markdown table: a row per measurement, a
/// column per store, and the target with whether each store meets it.
struct ResultsTable: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "table")

    @Option(help: "The file of result lines.") var results: String
    @Option(help: "The sizes measured: first batch, second batch, seeded total.") var sizes: String = "1000,10000,100000"

    func atMost(_ limit: Double) -> (Double) -> Bool { { $0 <= limit } }
    func atLeast(_ limit: Double) -> (Double) -> Bool { { $0 >= limit } }

    struct Line: Decodable { let store: String; let metric: String; let value: Double? }

    func run() throws {
        let lines = try String(contentsOfFile: results, encoding: .utf8).split(separator: "\n")
            .compactMap { try? JSONDecoder().decode(Line.self, from: Data($0.utf8)) }
        var values: [String: [String: Double]] = [:]
        for line in lines { if let value = line.value { values[line.store, default: [:]][line.metric] = value } }
        let parts = sizes.split(separator: ",").compactMap { Int($0) }
        guard parts.count == 3 else { throw ValidationError("--sizes must be three counts, e.g. 1000,10000,100000.") }
        let (first, second, seeded) = (parts[0], parts[1], parts[2])
        let stores = ["sqlite", "postgres"].filter { values[$0] != nil }
        for store in stores {
            var row = values[store]!
            if let healthz = row["healthz_rps"] {
                if let get = row["get_rps"] { row["get_share"] = get / healthz * 100 }
                if let list = row["list_rps"] { row["list_share"] = list / healthz * 100 }
            }
            if let small = row["active_seconds_\(first)"], let large = row["active_seconds_\(second)"] {
                row["cost_growth"] = (large / Double(second)) / (small / Double(first))
            }
            values[store] = row
        }
        let cloud = values["cloud"] ?? [:]
        var rows = [["measurement", "SQLite", "PostgreSQL", "target", "met"]]
        // The targets are for the full sizes on a release build; a short run shows them unjudged.
        let full = second >= 10_000 && seeded >= 100_000
        func add(_ title: String, _ metric: String, _ format: String, target: String = "", meets given: ((Double) -> Bool)? = nil) {
            let meets = full ? given : nil
            let cells = ["sqlite", "postgres"].map { store in values[store]?[metric].map { String(format: format, $0) } ?? "—" }
            let verdicts = stores.compactMap { store in values[store]?[metric].map { value in meets.map { $0(value) ? "yes" : "NO" } ?? "" } }
            rows.append([title, cells[0], cells[1], target, meets == nil ? "" : verdicts.joined(separator: ", ")])
        }
        add("creates a second (16 clients)", "creates_per_second", "%.0f")
        add("\(first.formatted()) connections, create to ACTIVE (s)", "active_seconds_\(first)", "%.2f")
        add("\(second.formatted()) more, create to ACTIVE (s)", "active_seconds_\(second)", "%.2f", target: "≤ 10 s", meets: atMost(10))
        add("cost per connection, \(second.formatted()) vs \(first.formatted())", "cost_growth", "%.2f×", target: "≤ 1.5×", meets: atMost(1.5))
        for (label, metric) in [(first, "list_\(first)"), (first + second, "list_\(first + second)"), (seeded, "list_\(seeded)")] {
            add("list page of 100 at \(label.formatted()), p50 (ms)", "\(metric)_p50_ms", "%.2f")
            add("list page of 100 at \(label.formatted()), p99 (ms)", "\(metric)_p99_ms", "%.2f",
                target: label == seeded ? "≤ 10 ms" : "", meets: label == seeded ? atMost(10) : nil)
        }
        add("/healthz a second (wrk, 16 connections)", "healthz_rps", "%.0f")
        add("GET a connection a second", "get_rps", "%.0f")
        add("GET as a share of /healthz", "get_share", "%.0f%%", target: "≥ 50%", meets: atLeast(50))
        add("list page a second", "list_rps", "%.0f")
        add("list as a share of /healthz", "list_share", "%.0f%%")
        add("restart with \(seeded.formatted()) stored, until ready (s)", "restart_seconds", "%.2f")
        add("server RSS at \(seeded.formatted()) stored (MB)", "rss_mb", "%.0f", target: "≤ 300 MB", meets: atMost(300))
        print(Table.markdown(rows))
        if !full { print("\nThe targets are judged at the full sizes on a release build: bench/api.") }
        if let moto = cloud["moto_rps"], let embedded = cloud["embedded_rps"] {
            print("")
            print(Table.markdown([
                ["DescribeVpcEndpoints (wrk, 16 connections)", "moto", "embedded cloud", "embedded ÷ moto", "target", "met"],
                ["requests a second", String(format: "%.0f", moto), String(format: "%.0f", embedded), String(format: "%.1f×", embedded / moto),
                 "≥ 20×", full ? (embedded / moto >= 20 ? "yes" : "NO") : ""],
            ]))
        }
    }
}
