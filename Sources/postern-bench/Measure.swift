import ArgumentParser
import Foundation

/// Measures every peer in turn, several rounds, and prints one table with ratios to the
/// first peer (direct).
struct Measure: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Measure peers given as name=host:sinkPort:echoPort[:pid].")

    @Option(name: .customLong("peer"), help: "name=host:sinkPort:echoPort[:pid]; the first is the baseline (direct).")
    var peers: [String]

    @Option(help: "Seconds of bulk transfer per peer and round.") var seconds = 2.0
    @Option(help: "Request-response round trips per peer and round.") var roundTrips = 20_000
    @Option(help: "Rounds; each figure is the median over them.") var rounds = 3
    @Option(help: "Connections to open and hold through each peer that gives a pid (0 skips).") var hold = 0

    func run() throws {
        let targets = try peers.map(Peer.init)
        var bulk: [String: [Double]] = [:], p50: [String: [Double]] = [:], p99: [String: [Double]] = [:]
        for round in 1...rounds {
            for peer in targets {
                bulk[peer.name, default: []].append(try Probe.bulk(peer.host, peer.sinkPort, seconds: seconds))
                let latencies = try Probe.roundTrips(peer.host, peer.echoPort, count: roundTrips)
                p50[peer.name, default: []].append(latencies.percentile(0.50))
                p99[peer.name, default: []].append(latencies.percentile(0.99))
            }
            FileHandle.standardError.write(Data("round \(round)/\(rounds) done\n".utf8))
        }
        var held: [String: (Int, Double, Double)] = [:]
        if hold > 0 {
            for peer in targets where peer.pid != nil {
                held[peer.name] = try Probe.hold(peer.host, peer.echoPort, connections: hold, pid: peer.pid!)
            }
        }
        let base = targets[0].name
        let baseBulk = bulk[base]!.median, baseP50 = p50[base]!.median
        var rows = [["peer", "throughput MB/s", "× direct", "p50 µs", "p99 µs", "p50 × direct", "held", "RSS MiB (idle → held)"]]
        for peer in targets {
            let throughput = bulk[peer.name]!.median, median = p50[peer.name]!.median
            let holding = held[peer.name].map { ("\($0.0)/\(hold)", String(format: "%.1f → %.1f", $0.1, $0.2)) } ?? ("", "")
            rows.append([
                peer.name, String(format: "%.0f", throughput / 1_000_000), String(format: "%.2f", throughput / baseBulk),
                String(format: "%.1f", median / 1000), String(format: "%.1f", p99[peer.name]!.median / 1000),
                String(format: "%.2f", median / baseP50), holding.0, holding.1,
            ])
        }
        print(Table.markdown(rows))
    }

    struct Peer {
        let name: String, host: String, sinkPort: Int, echoPort: Int, pid: Int32?

        init(_ text: String) throws {
            let parts = text.split(separator: "=", maxSplits: 1)
            let fields = parts.count == 2 ? parts[1].split(separator: ":") : []
            guard fields.count >= 3, let sink = Int(fields[1]), let echo = Int(fields[2]) else {
                throw ValidationError("--peer '\(text)' is not name=host:sinkPort:echoPort[:pid].")
            }
            name = String(parts[0])
            host = String(fields[0])
            sinkPort = sink
            echoPort = echo
            pid = fields.count > 3 ? Int32(fields[3]) : nil
        }
    }
}

enum Table {
    static func markdown(_ rows: [[String]]) -> String {
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        func line(_ row: [String]) -> String {
            "| " + row.enumerated().map { $0.element.padding(toLength: widths[$0.offset], withPad: " ", startingAt: 0) }.joined(separator: " | ") + " |"
        }
        return ([line(rows[0]), "|" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "|") + "|"] + rows.dropFirst().map(line))
            .joined(separator: "\n")
    }
}

extension Array where Element == Double {
    var median: Double { sorted()[count / 2] }
    func percentile(_ p: Double) -> Double {
        let sorted = sorted()
        return sorted[Swift.min(sorted.count - 1, Int(Double(sorted.count) * p))]
    }
}
