import ArgumentParser

/// The benchmarks' parts: the data plane's servers and the client that measures each peer
/// (direct, Postern's endpoint, HAProxy, socat) in one run; and the API's load and table.
@main
struct PosternBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "postern-bench",
        abstract: "Measure TCP relays side by side, and the control plane's API at scale.",
        subcommands: [BenchServers.self, Measure.self, APIBench.self])
}
