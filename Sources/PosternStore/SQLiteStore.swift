import Foundation
import GRDB
import PosternDomain

/// The store in one SQLite file. Each resource is a row of indexed columns (what queries
/// select on) and its JSON.
public final class SQLiteStore: Store {
    private let database: DatabaseQueue

    public init(path: String) throws {
        database = try DatabaseQueue(path: path)
        try Self.migrator.migrate(database)
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE api_key (
                    public_key TEXT PRIMARY KEY,
                    body TEXT NOT NULL
                );
                CREATE TABLE cluster (
                    id TEXT PRIMARY KEY,
                    project_id TEXT NOT NULL,
                    next_check_at DOUBLE,
                    created_at DOUBLE NOT NULL,
                    body TEXT NOT NULL
                );
                CREATE INDEX cluster_project ON cluster (project_id, created_at);
                CREATE INDEX cluster_due ON cluster (next_check_at);
                CREATE TABLE event (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    resource TEXT NOT NULL,
                    body TEXT NOT NULL
                );
                CREATE INDEX event_resource ON event (resource, seq);
                """)
        }
        migrator.registerMigration("v2-private-link-connections") { db in
            try db.execute(sql: """
                CREATE TABLE private_link_connection (
                    id TEXT PRIMARY KEY,
                    cluster_id TEXT NOT NULL,
                    state TEXT NOT NULL,
                    next_check_at DOUBLE,
                    created_at DOUBLE NOT NULL,
                    body TEXT NOT NULL
                );
                CREATE INDEX plc_cluster ON private_link_connection (cluster_id, created_at);
                CREATE INDEX plc_due ON private_link_connection (next_check_at);
                CREATE TABLE platform_network (
                    provider TEXT NOT NULL,
                    region TEXT NOT NULL,
                    body TEXT NOT NULL,
                    PRIMARY KEY (provider, region)
                );
                """)
        }
        return migrator
    }

    public func apiKey(publicKey: String) async throws -> APIKey? {
        try await database.read { db in
            try String.fetchOne(db, sql: "SELECT body FROM api_key WHERE public_key = ?", arguments: [publicKey])
        }.map { try Self.decode(APIKey.self, $0) }
    }

    public func apiKeyCount() async throws -> Int {
        try await database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM api_key") ?? 0 }
    }

    public func insert(_ key: APIKey) async throws {
        let body = try Self.encode(key)
        try await database.write { db in
            try db.execute(sql: "INSERT INTO api_key (public_key, body) VALUES (?, ?)", arguments: [key.publicKey, body])
        }
    }

    public func insert(_ cluster: Cluster, event: Event) async throws {
        let body = try Self.encode(cluster), eventBody = try Self.encode(event)
        try await database.write { db in
            try db.execute(
                sql: "INSERT INTO cluster (id, project_id, next_check_at, created_at, body) VALUES (?, ?, ?, ?, ?)",
                arguments: [cluster.id, cluster.projectID, cluster.nextCheckAt?.timeIntervalSince1970,
                            cluster.createTime.timeIntervalSince1970, body])
            try Self.append(eventBody, resource: event.resource, db)
        }
    }

    public func update(_ cluster: Cluster, event: Event?) async throws {
        let body = try Self.encode(cluster), eventBody = try event.map(Self.encode)
        try await database.write { db in
            try db.execute(
                sql: "UPDATE cluster SET next_check_at = ?, body = ? WHERE id = ?",
                arguments: [cluster.nextCheckAt?.timeIntervalSince1970, body, cluster.id])
            if let eventBody, let event { try Self.append(eventBody, resource: event.resource, db) }
        }
    }

    public func remove(_ cluster: Cluster, event: Event) async throws {
        let eventBody = try Self.encode(event)
        try await database.write { db in
            try db.execute(sql: "DELETE FROM cluster WHERE id = ?", arguments: [cluster.id])
            try Self.append(eventBody, resource: event.resource, db)
        }
    }

    public func cluster(id: String) async throws -> Cluster? {
        try await database.read { db in
            try String.fetchOne(db, sql: "SELECT body FROM cluster WHERE id = ?", arguments: [id])
        }.map { try Self.decode(Cluster.self, $0) }
    }

    public func clusters(projectID: String, page: PageRequest) async throws -> (clusters: [Cluster], total: Int) {
        let (bodies, total) = try await database.read { db in
            (try String.fetchAll(
                db, sql: "SELECT body FROM cluster WHERE project_id = ? ORDER BY created_at, id LIMIT ? OFFSET ?",
                arguments: [projectID, page.size, page.offset]),
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM cluster WHERE project_id = ?", arguments: [projectID]) ?? 0)
        }
        return (try bodies.map { try Self.decode(Cluster.self, $0) }, total)
    }

    public func clustersDue(at now: Date, limit: Int) async throws -> [Cluster] {
        try await database.read { db in
            try String.fetchAll(
                db, sql: "SELECT body FROM cluster WHERE next_check_at <= ? ORDER BY next_check_at LIMIT ?",
                arguments: [now.timeIntervalSince1970, limit])
        }.map { try Self.decode(Cluster.self, $0) }
    }

    public func insert(_ connection: PrivateLinkConnection, event: Event) async throws {
        let body = try Self.encode(connection), eventBody = try Self.encode(event)
        try await database.write { db in
            try db.execute(
                sql: "INSERT INTO private_link_connection (id, cluster_id, state, next_check_at, created_at, body) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [connection.id, connection.clusterID, connection.state.rawValue, connection.nextCheckAt?.timeIntervalSince1970,
                            connection.createTime.timeIntervalSince1970, body])
            try Self.append(eventBody, resource: event.resource, db)
        }
    }

    public func update(_ connection: PrivateLinkConnection, event: Event?) async throws {
        let body = try Self.encode(connection), eventBody = try event.map(Self.encode)
        try await database.write { db in
            try db.execute(
                sql: "UPDATE private_link_connection SET state = ?, next_check_at = ?, body = ? WHERE id = ?",
                arguments: [connection.state.rawValue, connection.nextCheckAt?.timeIntervalSince1970, body, connection.id])
            if let eventBody, let event { try Self.append(eventBody, resource: event.resource, db) }
        }
    }

    public func remove(_ connection: PrivateLinkConnection, event: Event) async throws {
        let eventBody = try Self.encode(event)
        try await database.write { db in
            try db.execute(sql: "DELETE FROM private_link_connection WHERE id = ?", arguments: [connection.id])
            try Self.append(eventBody, resource: event.resource, db)
        }
    }

    public func privateLinkConnection(id: String) async throws -> PrivateLinkConnection? {
        try await database.read { db in
            try String.fetchOne(db, sql: "SELECT body FROM private_link_connection WHERE id = ?", arguments: [id])
        }.map { try Self.decode(PrivateLinkConnection.self, $0) }
    }

    public func privateLinkConnections(clusterID: String, state: PrivateLinkConnectionState?, page: PageRequest) async throws
        -> (connections: [PrivateLinkConnection], total: Int)
    {
        let filter = state == nil ? "" : " AND state = ?"
        var arguments: StatementArguments = [clusterID]
        if let state { arguments += [state.rawValue] }
        let (bodies, total) = try await database.read { [arguments] db in
            (try String.fetchAll(
                db, sql: "SELECT body FROM private_link_connection WHERE cluster_id = ?\(filter) ORDER BY created_at, id LIMIT ? OFFSET ?",
                arguments: arguments + [page.size, page.offset]),
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM private_link_connection WHERE cluster_id = ?\(filter)", arguments: arguments) ?? 0)
        }
        return (try bodies.map { try Self.decode(PrivateLinkConnection.self, $0) }, total)
    }

    public func privateLinkConnectionsDue(at now: Date, limit: Int) async throws -> [PrivateLinkConnection] {
        try await database.read { db in
            try String.fetchAll(
                db, sql: "SELECT body FROM private_link_connection WHERE next_check_at <= ? ORDER BY next_check_at LIMIT ?",
                arguments: [now.timeIntervalSince1970, limit])
        }.map { try Self.decode(PrivateLinkConnection.self, $0) }
    }

    public func platformNetwork(provider: Cloud, region: String) async throws -> PlatformNetwork? {
        try await database.read { db in
            try String.fetchOne(
                db, sql: "SELECT body FROM platform_network WHERE provider = ? AND region = ?", arguments: [provider.rawValue, region])
        }.map { try Self.decode(PlatformNetwork.self, $0) }
    }

    public func save(_ network: PlatformNetwork) async throws {
        let body = try Self.encode(network)
        try await database.write { db in
            try db.execute(
                sql: "INSERT INTO platform_network (provider, region, body) VALUES (?, ?, ?) ON CONFLICT(provider, region) DO UPDATE SET body = excluded.body",
                arguments: [network.provider.rawValue, network.region, body])
        }
    }

    public func events(resource: String) async throws -> [Event] {
        try await database.read { db in
            try String.fetchAll(db, sql: "SELECT body FROM event WHERE resource = ? ORDER BY seq", arguments: [resource])
        }.map { try Self.decode(Event.self, $0) }
    }

    private static func append(_ body: String, resource: String, _ db: Database) throws {
        try db.execute(sql: "INSERT INTO event (resource, body) VALUES (?, ?)", arguments: [resource, body])
    }

    private static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .secondsSince1970
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    private static func decode<T: Decodable>(_ type: T.Type, _ body: String) throws -> T {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        return try decoder.decode(type, from: Data(body.utf8))
    }
}
