import ArgumentParser

/// The API benchmark's client side (bench/api runs it): creates through the API and the time
/// until they are ACTIVE, list latency, seeding a store, and the table of every result.
struct APIBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "api",
        abstract: "Load the control plane's API, seed its store, and print the results' table.",
        subcommands: [CreateConnections.self, ListLatency.self, SeedConnections.self, ResultsTable.self])
}

/// Where the server is and the key it is asked with.
struct Target: ParsableArguments {
    @Option(help: "The control plane's URL, e.g. http://127.0.0.1:4080.") var url: String
    @Option(help: "The API key as PUBLIC:PRIVATE, sent as a bearer token.") var key: String
    @Option(help: "The Essential cluster whose connections are measured.") var cluster: String

    var connections: String { "\(url)/v1beta1/clusters/\(cluster)/privateLinkConnections" }
}
