import ArgumentParser

/// The data plane benchmark's two halves: the servers traffic goes to, and the client that
/// measures each peer (direct, Postern's endpoint, HAProxy, socat) in one run.
@main
struct PosternBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "postern-bench",
        abstract: "Measure TCP relays side by side: bulk throughput, request-response latency, connections held.",
        subcommands: [BenchServers.self, Measure.self])
}
