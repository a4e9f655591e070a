import ArgumentParser
import Foundation
import PosternDomain
import PosternStore

/// Fills a stopped server's store up to `total` private link connections of one cluster:
/// copies of one it has, ACTIVE, with fresh ids and names, checked again a day later.
struct SeedConnections: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "seed")

    @Option(help: "The store: a SQLite file's path, or a postgres:// URL.") var store: String
    @Option(help: "The cluster whose connections are copied.") var cluster: String
    @Option(help: "How many connections the cluster should hold.") var total: Int
    @Option(help: "Writers at once (PostgreSQL).") var concurrency = 16

    func run() async throws {
        let database: any Store = store.hasPrefix("postgres") ? try await PostgresStore(url: store) : try SQLiteStore(path: store)
        let owned = Selection.owned(by: cluster)
        guard let template = try await database.first(PrivateLinkConnection.self, owned) else {
            throw BenchFailure("cluster \(cluster) has no private link connection to copy")
        }
        let have = try await database.page(PrivateLinkConnection.self, owned, try PageRequest(pageSize: 1, pageToken: nil)).total
        let missing = max(0, total - have)
        let started = ContinuousClock.now
        try await withThrowingTaskGroup(of: Void.self) { group in
            for writer in 0..<concurrency {
                group.addTask {
                    for index in stride(from: writer, to: missing, by: concurrency) {
                        var copy = template
                        copy.id = PrivateLinkConnection.newID()
                        copy.displayName = "seeded-\(index)"
                        copy.state = .active
                        copy.endpointID = "vpce-seeded\(String(index, radix: 16))"
                        copy.createTime = Date()
                        copy.nextCheckAt = Date().addingTimeInterval(86_400)
                        try await database.insert(copy, event: nil)
                    }
                }
            }
            try await group.waitForAll()
        }
        FileHandle.standardError.write(Data("bench: seeded \(missing) connections in \(String(format: "%.1f", (ContinuousClock.now - started).seconds)) s\n".utf8))
    }
}
