import ArgumentParser
import Foundation
import NIOCore

/// Asks for one list page (or any path) `count` times in a row, one request at a time, and
/// reports its p50 and p99 in milliseconds.
struct ListLatency: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "latency")

    @OptionGroup var target: Target
    @Option(help: "Requests to time (after 20 untimed).") var count = 1000
    @Option(help: "The page size of the list.") var pageSize = 100
    @Option(help: "The store's name in the results.") var store: String
    @Option(help: "What the metrics are called, e.g. list_1000.") var metric: String

    func run() async throws {
        let client = BenchClient(key: target.key, connections: 1)
        let url = "\(target.connections)?pageSize=\(pageSize)"
        var timings: [Double] = []
        do {
            for round in 0..<(count + 20) {
                let started = ContinuousClock.now
                let (status, body) = try await client.send(.GET, url)
                let elapsed = (ContinuousClock.now - started).seconds * 1000
                let page = status == 200 ? try JSONSerialization.jsonObject(with: Data(body.readableBytesView)) as? [String: Any] : nil
                guard let held = (page?["privateLinkConnections"] as? [Any])?.count, held == pageSize else {
                    throw BenchFailure("GET \(url) answered \(status) without a full page of \(pageSize): \(String(buffer: body).prefix(400))")
                }
                if round >= 20 { timings.append(elapsed) }
            }
            await client.shutdown()
        } catch {
            await client.shutdown()
            throw error
        }
        report(store, "\(metric)_p50_ms", timings.percentile(0.50))
        report(store, "\(metric)_p99_ms", timings.percentile(0.99))
    }
}
