import Foundation
import GRDB
import PosternDomain
import Testing

@testable import PosternStore

/// A data directory written before the generic store keeps every record.
@Suite struct SQLiteMigrationTests {
    @Test func perKindTablesMoveIntoRecords() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("postern-migrate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("postern.sqlite").path
        let old = try DatabaseQueue(path: path)
        try SQLiteStore.migrator.migrate(old, upTo: "v5-projects")
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .secondsSince1970
        let json = { @Sendable (value: any Encodable) throws -> String in String(decoding: try encoder.encode(value), as: UTF8.self) }
        let epoch = StoreContract.epoch
        let later = StoreContract.cluster("2", at: 10)
        let earlier = StoreContract.cluster("1", at: 0)
        var made = StoreContract.connection("plc-old", cluster: "1")
        made.state = .active
        made.nextCheckAt = epoch.addingTimeInterval(30)
        let connection = made
        let key = APIKey(publicKey: "PUB", ha1MD5: "m", ha1SHA256: "s", projectID: "default", role: .projectOwner, createdAt: epoch)
        let oldProject = #"{"id":"default","displayName":"Default Project","createdBy":"system","createTime":1800000000}"#
        try await old.write { db in
            for cluster in [later, earlier] {
                try db.execute(
                    sql: "INSERT INTO cluster (id, project_id, tier, next_check_at, created_at, body) VALUES (?, ?, ?, ?, ?, ?)",
                    arguments: [cluster.id, cluster.projectID, cluster.tier.rawValue, cluster.nextCheckAt?.timeIntervalSince1970,
                                cluster.createTime.timeIntervalSince1970, try json(cluster)])
            }
            try db.execute(
                sql: "INSERT INTO private_link_connection (id, cluster_id, state, next_check_at, created_at, body) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [connection.id, connection.clusterID, connection.state.rawValue, connection.nextCheckAt?.timeIntervalSince1970,
                            connection.createTime.timeIntervalSince1970, try json(connection)])
            try db.execute(sql: "INSERT INTO api_key (public_key, project_id, body) VALUES (?, ?, ?)", arguments: [key.publicKey, key.projectID, try json(key)])
            try db.execute(sql: "INSERT INTO project (id, created_at, body) VALUES (?, ?, ?)", arguments: ["default", 1_800_000_000, oldProject])
            try db.execute(sql: "INSERT INTO event (resource, body) VALUES (?, ?)",
                           arguments: [connection.name, try json(StoreContract.event(connection.name, "ACTIVE"))])
        }
        try old.close()

        let store = try SQLiteStore(path: path)
        let page = try PageRequest(pageSize: 10, pageToken: nil)
        #expect(try await store.page(Cluster.self, [ownerIndex: "p1"], page).items.map(\.id) == ["1", "2"], "oldest first, as before")
        #expect(try await store.get(PrivateLinkConnection.self, id: "plc-old") == connection)
        #expect(try await store.page(PrivateLinkConnection.self, Selection.owned(by: "1").and("state", in: ["ACTIVE"]), page).total == 1)
        #expect(try await store.claimDue(PrivateLinkConnection.self, at: epoch.addingTimeInterval(60), limit: 10, lease: Lease(holder: "t", until: epoch.addingTimeInterval(90))).map(\.id) == ["plc-old"])
        #expect(try await store.get(APIKey.self, id: "PUB") == key)
        #expect(try await store.get(Project.self, id: "default")?.state == .active)
        #expect(try await store.events(of: connection.name, descendants: false).map(\.state) == ["ACTIVE"])
        let tables = try await DatabaseQueue(path: path).read { db in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'") }
        #expect(!tables.contains("cluster") && !tables.contains("private_link_connection"), "\(tables)")
    }
}
