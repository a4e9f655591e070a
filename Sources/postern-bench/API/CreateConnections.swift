import ArgumentParser
import Foundation

/// Creates `count` private link connections from `concurrency` clients at once, then waits
/// until every one is ACTIVE; reports creates a second and the seconds from the first create
/// until the last is ACTIVE.
struct CreateConnections: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "create")

    @OptionGroup var target: Target
    @Option(help: "The endpoint service every connection reaches.") var service: String
    @Option(help: "How many connections to create.") var count: Int
    @Option(help: "Clients creating at once.") var concurrency = 16
    @Option(help: "Give up after this many seconds of waiting for ACTIVE.") var timeout = 300.0
    @Option(help: "The store's name in the results.") var store: String
    @Option(help: "A prefix for the connections' display names.") var prefix = "bench"

    func run() async throws {
        let client = BenchClient(key: target.key, connections: concurrency)
        do {
            try await measure(client)
            await client.shutdown()
        } catch {
            await client.shutdown()
            throw error
        }
    }

    private func measure(_ http: BenchClient) async throws {
        let client = http
        let before = try await client.count(target, state: "ACTIVE")
        let started = ContinuousClock.now
        let (target, service, count, prefix, clients) = (target, service, count, prefix, concurrency)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for client in 0..<clients {
                group.addTask {
                    for index in stride(from: client, to: count, by: clients) {
                        let body = """
                            {"privateLinkConnection": {"clusterId": "\(target.cluster)", "displayName": "\(prefix)-\(index)", \
                            "type": "AWS_ENDPOINT_SERVICE", "awsEndpointService": {"name": "\(service)"}}}
                            """
                        _ = try await http.object(.POST, target.connections, json: body)
                    }
                }
            }
            try await group.waitForAll()
        }
        let created = ContinuousClock.now - started
        report(store, "creates_per_second", Double(count) / created.seconds)
        let deadline = ContinuousClock.now + .seconds(timeout)
        while true {
            let active = try await client.count(target, state: "ACTIVE") - before
            if active >= count { break }
            let failed = try await client.count(target, state: "FAILED")
            if failed > 0 { throw BenchFailure("\(failed) connections FAILED; see GET \(target.connections)?state=FAILED") }
            guard ContinuousClock.now < deadline else {
                throw BenchFailure("only \(active) of \(count) connections were ACTIVE after \(Int(timeout)) s")
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        let elapsed = (ContinuousClock.now - started).seconds
        report(store, "active_seconds_\(count)", elapsed)
        FileHandle.standardError.write(Data("bench: \(count) connections created in \(String(format: "%.2f", created.seconds)) s, all ACTIVE after \(String(format: "%.2f", elapsed)) s\n".utf8))
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
