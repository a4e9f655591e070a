import Foundation
import PosternDomain
import PosternStore
import PosternTestSupport
import Testing

/// What only the PostgreSQL store has: replicas starting together on one schema, and its URL.
@Suite struct PostgresStoreTests {
    @Test func replicasStartingTogetherMigrateOnceAndShareWhatTheyWrite() async throws {
        let url = try await PostgreSQLServer.url()
        let schema = "replicas_\(UUID().uuidString.prefix(8).lowercased())"
        let stores = try await withThrowingTaskGroup(of: PostgresStore.self) { group in
            for _ in 0..<4 { group.addTask { try await PostgresStore(url: url, schema: schema) } }
            var made: [PostgresStore] = []
            for try await store in group { made.append(store) }
            return made
        }
        #expect(stores.count == 4)
        let cluster = StoreContract.cluster("c-shared")
        try await stores[0].insert(cluster, event: StoreContract.event(cluster.name, "CREATING"))
        for store in stores.dropFirst() {
            #expect(try await store.get(Cluster.self, id: "c-shared") == cluster, "a write on one replica is read on every other")
        }
        await #expect(throws: StoreConflict.self) { try await stores[3].insert(cluster, event: nil) }
        // The same writer racing itself on four replicas: exactly one conditional update wins.
        var changed = cluster
        changed.state = .active
        let next = changed
        let wins = try await withThrowingTaskGroup(of: Bool.self) { group in
            for store in stores { group.addTask { try await store.update(next, event: nil, ifUnchangedFrom: cluster) } }
            var count = 0
            for try await won in group where won { count += 1 }
            return count
        }
        #expect(wins == 1)
        let again = try await PostgresStore(url: url, schema: schema)
        #expect(try await again.get(Cluster.self, id: "c-shared")?.state == .active, "a restart migrates nothing twice and keeps the data")
    }

    @Test func badURLsAndSchemasAreNamed() async throws {
        let mysql = await #expect(throws: StoreConfigurationError.self) { _ = try await PostgresStore(url: "mysql://root@127.0.0.1/db") }
        #expect(mysql?.description.contains("postgres://user[:password]@host[:port]/database") == true)
        let mode = await #expect(throws: StoreConfigurationError.self) { _ = try await PostgresStore(url: "postgres://u@127.0.0.1/db?sslmode=maybe") }
        #expect(mode?.description.contains("sslmode=maybe") == true)
        let schema = await #expect(throws: StoreConfigurationError.self) {
            _ = try await PostgresStore(url: try await PostgreSQLServer.url(), schema: "no; DROP TABLE x")
        }
        #expect(schema?.description.contains("schema name") == true)
        #expect(PostgresStore.redacted("postgres://u:s3cret@h:5432/db") == "postgres://u:***@h:5432/db")
    }
}
