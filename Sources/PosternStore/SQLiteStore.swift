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
        migrator.registerMigration("v3-attach-domains") { db in
            try db.execute(sql: """
                CREATE TABLE attach_domain (
                    id TEXT PRIMARY KEY,
                    connection_id TEXT NOT NULL,
                    unique_key TEXT NOT NULL UNIQUE,
                    state TEXT NOT NULL,
                    next_check_at DOUBLE,
                    created_at DOUBLE NOT NULL,
                    body TEXT NOT NULL
                );
                CREATE INDEX attach_domain_connection ON attach_domain (connection_id, created_at);
                CREATE INDEX attach_domain_due ON attach_domain (next_check_at);
                """)
        }
        migrator.registerMigration("v4-dedicated") { db in
            try db.execute(sql: """
                ALTER TABLE cluster ADD COLUMN tier TEXT NOT NULL DEFAULT 'ESSENTIAL';
                UPDATE cluster SET tier = json_extract(body, '$.tier');
                CREATE TABLE private_link_service (
                    node_group_id TEXT PRIMARY KEY,
                    cluster_id TEXT NOT NULL,
                    state TEXT NOT NULL,
                    next_check_at DOUBLE,
                    body TEXT NOT NULL
                );
                CREATE INDEX pls_cluster ON private_link_service (cluster_id);
                CREATE INDEX pls_due ON private_link_service (next_check_at);
                CREATE TABLE private_endpoint_connection (
                    id TEXT PRIMARY KEY,
                    project_id TEXT NOT NULL,
                    cluster_id TEXT NOT NULL,
                    node_group_id TEXT NOT NULL,
                    endpoint_id TEXT NOT NULL,
                    state TEXT NOT NULL,
                    next_check_at DOUBLE,
                    created_at DOUBLE NOT NULL,
                    body TEXT NOT NULL,
                    UNIQUE (node_group_id, endpoint_id)
                );
                CREATE INDEX pec_project ON private_endpoint_connection (project_id, cluster_id, node_group_id, created_at);
                CREATE INDEX pec_due ON private_endpoint_connection (next_check_at);
                """)
        }
        migrator.registerMigration("v5-projects") { db in
            try db.execute(sql: """
                CREATE TABLE project (
                    id TEXT PRIMARY KEY,
                    created_at DOUBLE NOT NULL,
                    body TEXT NOT NULL
                );
                ALTER TABLE api_key ADD COLUMN project_id TEXT NOT NULL DEFAULT 'default';
                UPDATE api_key SET project_id = json_extract(body, '$.projectID');
                """)
        }
        return migrator
    }

    public func apiKey(publicKey: String) async throws -> APIKey? {
        try await one(APIKey.self, "SELECT body FROM api_key WHERE public_key = ?", [publicKey])
    }

    public func apiKeyCount() async throws -> Int {
        try await database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM api_key") ?? 0 }
    }

    public func insert(_ key: APIKey) async throws {
        try await write(
            "INSERT INTO api_key (public_key, project_id, body) VALUES (?, ?, ?)", [key.publicKey, key.projectID, try Self.encode(key)],
            event: nil)
    }

    public func remove(_ key: APIKey) async throws {
        try await write("DELETE FROM api_key WHERE public_key = ?", [key.publicKey], event: nil)
    }

    public func apiKeys(projectID: String) async throws -> [APIKey] {
        try await all(APIKey.self, "SELECT body FROM api_key WHERE project_id = ? ORDER BY rowid", [projectID])
    }

    public func insert(_ project: Project) async throws {
        try await write(
            "INSERT INTO project (id, created_at, body) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
            [project.id, project.createTime.timeIntervalSince1970, try Self.encode(project)], event: nil)
    }

    public func project(id: String) async throws -> Project? {
        try await one(Project.self, "SELECT body FROM project WHERE id = ?", [id])
    }

    public func projects() async throws -> [Project] {
        try await all(Project.self, "SELECT body FROM project ORDER BY created_at, id", [])
    }

    public func insert(_ cluster: Cluster, event: Event) async throws {
        try await write(
            "INSERT INTO cluster (id, project_id, tier, next_check_at, created_at, body) VALUES (?, ?, ?, ?, ?, ?)",
            [cluster.id, cluster.projectID, cluster.tier.rawValue, cluster.nextCheckAt?.timeIntervalSince1970,
             cluster.createTime.timeIntervalSince1970, try Self.encode(cluster)],
            event: event)
    }

    public func update(_ cluster: Cluster, event: Event?) async throws {
        try await write(
            "UPDATE cluster SET next_check_at = ?, body = ? WHERE id = ?",
            [cluster.nextCheckAt?.timeIntervalSince1970, try Self.encode(cluster), cluster.id], event: event)
    }

    public func remove(_ cluster: Cluster, event: Event) async throws {
        try await write("DELETE FROM cluster WHERE id = ?", [cluster.id], event: event)
    }

    public func cluster(id: String) async throws -> Cluster? {
        try await one(Cluster.self, "SELECT body FROM cluster WHERE id = ?", [id])
    }

    public func clusters(projectID: String, tiers: [ClusterTier], page: PageRequest) async throws -> (clusters: [Cluster], total: Int) {
        let marks = Array(repeating: "?", count: tiers.count).joined(separator: ", ")
        return try await self.page(
            Cluster.self, from: "cluster WHERE project_id = ? AND tier IN (\(marks))",
            StatementArguments([projectID] + tiers.map(\.rawValue)), page)
    }

    public func clustersDue(at now: Date, limit: Int) async throws -> [Cluster] {
        try await all(
            Cluster.self, "SELECT body FROM cluster WHERE next_check_at <= ? ORDER BY next_check_at LIMIT ?",
            [now.timeIntervalSince1970, limit])
    }

    public func insert(_ connection: PrivateLinkConnection, event: Event) async throws {
        try await write(
            "INSERT INTO private_link_connection (id, cluster_id, state, next_check_at, created_at, body) VALUES (?, ?, ?, ?, ?, ?)",
            [connection.id, connection.clusterID, connection.state.rawValue, connection.nextCheckAt?.timeIntervalSince1970,
             connection.createTime.timeIntervalSince1970, try Self.encode(connection)],
            event: event)
    }

    @discardableResult
    public func update(_ connection: PrivateLinkConnection, event: Event?, ifStateIs expected: PrivateLinkConnectionState?) async throws
        -> Bool
    {
        try await write(
            "UPDATE private_link_connection SET state = ?, next_check_at = ?, body = ? WHERE id = ? AND (? IS NULL OR state = ?)",
            [connection.state.rawValue, connection.nextCheckAt?.timeIntervalSince1970, try Self.encode(connection), connection.id,
             expected?.rawValue, expected?.rawValue],
            event: event)
    }

    public func remove(_ connection: PrivateLinkConnection, event: Event) async throws {
        try await write("DELETE FROM private_link_connection WHERE id = ?", [connection.id], event: event)
    }

    public func privateLinkConnection(id: String) async throws -> PrivateLinkConnection? {
        try await one(PrivateLinkConnection.self, "SELECT body FROM private_link_connection WHERE id = ?", [id])
    }

    public func privateLinkConnections(clusterID: String, state: PrivateLinkConnectionState?, page: PageRequest) async throws
        -> (connections: [PrivateLinkConnection], total: Int)
    {
        if let state {
            return try await self.page(
                PrivateLinkConnection.self, from: "private_link_connection WHERE cluster_id = ? AND state = ?", [clusterID, state.rawValue], page)
        }
        return try await self.page(PrivateLinkConnection.self, from: "private_link_connection WHERE cluster_id = ?", [clusterID], page)
    }

    public func privateLinkConnectionsDue(at now: Date, limit: Int) async throws -> [PrivateLinkConnection] {
        try await all(
            PrivateLinkConnection.self,
            "SELECT body FROM private_link_connection WHERE next_check_at <= ? ORDER BY next_check_at LIMIT ?",
            [now.timeIntervalSince1970, limit])
    }

    public func insert(_ attachDomain: AttachDomain, event: Event) async throws {
        do {
            try await write(
                "INSERT INTO attach_domain (id, connection_id, unique_key, state, next_check_at, created_at, body) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [attachDomain.id, attachDomain.connectionID, attachDomain.zoneName, attachDomain.state.rawValue,
                 attachDomain.nextCheckAt?.timeIntervalSince1970,
                 attachDomain.createTime.timeIntervalSince1970, try Self.encode(attachDomain)],
                event: event)
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
            throw StoreConflict("\(attachDomain.zoneName) is attached already")
        }
    }

    @discardableResult
    public func update(_ attachDomain: AttachDomain, event: Event?, ifStateIs expected: DomainState?) async throws -> Bool {
        try await write(
            "UPDATE attach_domain SET state = ?, next_check_at = ?, body = ? WHERE id = ? AND (? IS NULL OR state = ?)",
            [attachDomain.state.rawValue, attachDomain.nextCheckAt?.timeIntervalSince1970, try Self.encode(attachDomain), attachDomain.id,
             expected?.rawValue, expected?.rawValue],
            event: event)
    }

    public func remove(_ attachDomain: AttachDomain, event: Event) async throws {
        try await write("DELETE FROM attach_domain WHERE id = ?", [attachDomain.id], event: event)
    }

    public func attachDomain(id: String) async throws -> AttachDomain? {
        try await one(AttachDomain.self, "SELECT body FROM attach_domain WHERE id = ?", [id])
    }

    public func attachDomains(connectionID: String) async throws -> [AttachDomain] {
        try await all(AttachDomain.self, "SELECT body FROM attach_domain WHERE connection_id = ? ORDER BY created_at, id", [connectionID])
    }

    public func attachDomainsDue(at now: Date, limit: Int) async throws -> [AttachDomain] {
        try await all(
            AttachDomain.self, "SELECT body FROM attach_domain WHERE next_check_at <= ? ORDER BY next_check_at LIMIT ?",
            [now.timeIntervalSince1970, limit])
    }

    public func insert(_ service: PrivateLinkService, event: Event) async throws {
        try await write(
            "INSERT INTO private_link_service (node_group_id, cluster_id, state, next_check_at, body) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [service.nodeGroupID, service.clusterID, service.state.rawValue, service.nextCheckAt?.timeIntervalSince1970,
             try Self.encode(service)],
            event: event)
    }

    @discardableResult
    public func update(_ service: PrivateLinkService, event: Event?, ifStateIs expected: PrivateLinkServiceState?) async throws -> Bool {
        try await write(
            "UPDATE private_link_service SET state = ?, next_check_at = ?, body = ? WHERE node_group_id = ? AND (? IS NULL OR state = ?)",
            [service.state.rawValue, service.nextCheckAt?.timeIntervalSince1970, try Self.encode(service), service.nodeGroupID,
             expected?.rawValue, expected?.rawValue],
            event: event)
    }

    public func remove(_ service: PrivateLinkService, event: Event) async throws {
        try await write("DELETE FROM private_link_service WHERE node_group_id = ?", [service.nodeGroupID], event: event)
    }

    public func privateLinkService(nodeGroupID: String) async throws -> PrivateLinkService? {
        try await one(PrivateLinkService.self, "SELECT body FROM private_link_service WHERE node_group_id = ?", [nodeGroupID])
    }

    public func privateLinkServices(clusterID: String) async throws -> [PrivateLinkService] {
        try await all(PrivateLinkService.self, "SELECT body FROM private_link_service WHERE cluster_id = ? ORDER BY node_group_id", [clusterID])
    }

    public func privateLinkServicesDue(at now: Date, limit: Int) async throws -> [PrivateLinkService] {
        try await all(
            PrivateLinkService.self, "SELECT body FROM private_link_service WHERE next_check_at <= ? ORDER BY next_check_at LIMIT ?",
            [now.timeIntervalSince1970, limit])
    }

    public func insert(_ connection: PrivateEndpointConnection, event: Event) async throws {
        do {
            try await write(
                """
                INSERT INTO private_endpoint_connection
                    (id, project_id, cluster_id, node_group_id, endpoint_id, state, next_check_at, created_at, body)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [connection.id, connection.projectID, connection.clusterID, connection.nodeGroupID, connection.endpointID,
                 connection.state.rawValue, connection.nextCheckAt?.timeIntervalSince1970, connection.createTime.timeIntervalSince1970,
                 try Self.encode(connection)],
                event: event)
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
            throw StoreConflict("endpoint \(connection.endpointID) is registered with node group \(connection.nodeGroupID) already")
        }
    }

    @discardableResult
    public func update(_ connection: PrivateEndpointConnection, event: Event?, ifStateIs expected: PrivateEndpointState?) async throws
        -> Bool
    {
        try await write(
            "UPDATE private_endpoint_connection SET state = ?, next_check_at = ?, body = ? WHERE id = ? AND (? IS NULL OR state = ?)",
            [connection.state.rawValue, connection.nextCheckAt?.timeIntervalSince1970, try Self.encode(connection), connection.id,
             expected?.rawValue, expected?.rawValue],
            event: event)
    }

    public func remove(_ connection: PrivateEndpointConnection, event: Event) async throws {
        try await write("DELETE FROM private_endpoint_connection WHERE id = ?", [connection.id], event: event)
    }

    public func privateEndpointConnection(id: String) async throws -> PrivateEndpointConnection? {
        try await one(PrivateEndpointConnection.self, "SELECT body FROM private_endpoint_connection WHERE id = ?", [id])
    }

    public func privateEndpointConnection(nodeGroupID: String, endpointID: String) async throws -> PrivateEndpointConnection? {
        try await one(
            PrivateEndpointConnection.self, "SELECT body FROM private_endpoint_connection WHERE node_group_id = ? AND endpoint_id = ?",
            [nodeGroupID, endpointID])
    }

    public func privateEndpointConnections(projectID: String, clusterID: String?, nodeGroupID: String?, page: PageRequest) async throws
        -> (connections: [PrivateEndpointConnection], total: Int)
    {
        try await self.page(
            PrivateEndpointConnection.self,
            from: "private_endpoint_connection WHERE project_id = ? AND (? IS NULL OR cluster_id = ?) AND (? IS NULL OR node_group_id = ?)",
            [projectID, clusterID, clusterID, nodeGroupID, nodeGroupID], page)
    }

    public func privateEndpointConnectionsDue(at now: Date, limit: Int) async throws -> [PrivateEndpointConnection] {
        try await all(
            PrivateEndpointConnection.self,
            "SELECT body FROM private_endpoint_connection WHERE next_check_at <= ? ORDER BY next_check_at LIMIT ?",
            [now.timeIntervalSince1970, limit])
    }

    public func platformNetwork(provider: Cloud, region: String) async throws -> PlatformNetwork? {
        try await one(PlatformNetwork.self, "SELECT body FROM platform_network WHERE provider = ? AND region = ?", [provider.rawValue, region])
    }

    public func save(_ network: PlatformNetwork) async throws {
        try await write(
            "INSERT INTO platform_network (provider, region, body) VALUES (?, ?, ?) ON CONFLICT(provider, region) DO UPDATE SET body = excluded.body",
            [network.provider.rawValue, network.region, try Self.encode(network)], event: nil)
    }

    public func events(under resource: String) async throws -> [Event] {
        try await all(
            Event.self, "SELECT body FROM event WHERE resource = ? OR substr(resource, 1, ?) = ? ORDER BY seq",
            [resource, resource.count + 1, resource + "/"])
    }

    public func events(resource: String) async throws -> [Event] {
        try await all(Event.self, "SELECT body FROM event WHERE resource = ? ORDER BY seq", [resource])
    }

    /// Runs one statement and, if it changed a row, records `event` with it, in one
    /// transaction. Returns whether it changed a row.
    @discardableResult
    private func write(_ sql: String, _ arguments: StatementArguments, event: Event?) async throws -> Bool {
        let eventBody = try event.map(Self.encode)
        return try await database.write { db in
            try db.execute(sql: sql, arguments: arguments)
            guard db.changesCount > 0 else { return false }
            if let eventBody, let event { try Self.append(eventBody, resource: event.resource, db) }
            return true
        }
    }

    private func one<T: Decodable>(_ type: T.Type, _ sql: String, _ arguments: StatementArguments) async throws -> T? {
        try await database.read { db in try String.fetchOne(db, sql: sql, arguments: arguments) }.map { try Self.decode(type, $0) }
    }

    private func all<T: Decodable>(_ type: T.Type, _ sql: String, _ arguments: StatementArguments) async throws -> [T] {
        try await database.read { db in try String.fetchAll(db, sql: sql, arguments: arguments) }.map { try Self.decode(type, $0) }
    }

    /// One page of `SELECT body FROM <from>`, oldest first, and how many rows match in all.
    private func page<T: Decodable>(_ type: T.Type, from: String, _ arguments: StatementArguments, _ page: PageRequest) async throws
        -> ([T], Int)
    {
        let items = try await all(type, "SELECT body FROM \(from) ORDER BY created_at, id LIMIT ? OFFSET ?", arguments + [page.size, page.offset])
        let total = try await database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(from)", arguments: arguments) ?? 0 }
        return (items, total)
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
