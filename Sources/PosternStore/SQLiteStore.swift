import Foundation
import GRDB
import PosternDomain

/// The store in one SQLite file: a row per record (its kind, id, state, unique key, next check
/// and JSON), its indexes in `record_index`, and the events.
public final class SQLiteStore: Store {
    private let database: any DatabaseWriter

    /// One server's file: the leases a previous run of it held end here, so a restart takes
    /// its work up at once. In WAL mode, so reads go on beside a write; synchronous=NORMAL,
    /// so a commit survives the process being killed (not always a power cut) without an
    /// fsync each.
    public init(path: String) throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        database = try DatabasePool(path: path, configuration: configuration)
        try Self.migrator.migrate(database)
        try database.write { db in
            try db.execute(sql: "UPDATE record SET lease_holder = NULL, lease_until = NULL WHERE lease_holder IS NOT NULL")
            try db.execute(sql: "DELETE FROM lease")
        }
    }

    /// A store that lives in memory only, for tests.
    public init() throws {
        database = try DatabaseQueue()
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
        migrator.registerMigration("v6-records") { db in
            try db.execute(sql: """
                CREATE TABLE record (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    kind TEXT NOT NULL,
                    id TEXT NOT NULL,
                    state TEXT,
                    unique_key TEXT,
                    next_check_at DOUBLE,
                    body TEXT NOT NULL,
                    UNIQUE (kind, id),
                    UNIQUE (kind, unique_key)
                );
                CREATE INDEX record_due ON record (kind, next_check_at);
                CREATE TABLE record_index (
                    kind TEXT NOT NULL,
                    id TEXT NOT NULL,
                    name TEXT NOT NULL,
                    value TEXT NOT NULL,
                    PRIMARY KEY (kind, name, value, id)
                );
                CREATE INDEX record_index_of ON record_index (kind, id);
                """)
            try adopt(Project.self, from: "project", order: "created_at, id", db)
            try adopt(APIKey.self, from: "api_key", order: "rowid", db)
            try adopt(PlatformNetwork.self, from: "platform_network", order: "rowid", db)
            try adopt(Cluster.self, from: "cluster", order: "created_at, id", db)
            try adopt(PrivateLinkConnection.self, from: "private_link_connection", order: "created_at, id", db)
            try adopt(AttachDomain.self, from: "attach_domain", order: "created_at, id", db)
            try adopt(PrivateLinkService.self, from: "private_link_service", order: "rowid", db)
            try adopt(PrivateEndpointConnection.self, from: "private_endpoint_connection", order: "created_at, id", db)
        }
        migrator.registerMigration("v7-leases") { db in
            try db.execute(sql: """
                ALTER TABLE record ADD COLUMN lease_holder TEXT;
                ALTER TABLE record ADD COLUMN lease_until DOUBLE;
                CREATE INDEX record_lease ON record (lease_holder) WHERE lease_holder IS NOT NULL;
                CREATE TABLE lease (name TEXT PRIMARY KEY, holder TEXT NOT NULL, until DOUBLE NOT NULL);
                CREATE TABLE counter (name TEXT PRIMARY KEY, value INTEGER NOT NULL, expires_at DOUBLE NOT NULL);
                CREATE INDEX counter_expiry ON counter (expires_at);
                """)
        }
        // A page of a selection reads its first index in the order records were made.
        migrator.registerMigration("v8-page-order") { db in
            try db.execute(sql: """
                ALTER TABLE record_index ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
                UPDATE record_index SET seq = (SELECT seq FROM record WHERE record.kind = record_index.kind AND record.id = record_index.id);
                CREATE INDEX record_index_page ON record_index (kind, name, value, seq);
                """)
        }
        return migrator
    }

    public func insert<R: PosternDomain.Record>(_ record: R, event: Event?) async throws {
        let row = try StoredRecord(record), eventBody = try event.map(StoredRecord.encode)
        try await database.write { db in
            do {
                try db.execute(
                    sql: "INSERT INTO record (kind, id, state, unique_key, next_check_at, body) VALUES (?, ?, ?, ?, ?, ?)",
                    arguments: [R.kind, row.id, row.state, row.uniqueKey, row.nextCheckAt, row.body])
            } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
                throw StoreConflict(
                    row.uniqueKey.map { "\(R.kind) \(row.id) clashes: \($0) is taken already" } ?? "\(R.kind) \(row.id) exists already")
            }
            try Self.index(R.kind, row, db)
            try Self.append(eventBody, event, db)
        }
    }

    public func save<R: PosternDomain.Record>(_ record: R, event: Event?) async throws {
        let row = try StoredRecord(record), eventBody = try event.map(StoredRecord.encode)
        try await database.write { db in
            try db.execute(
                sql: """
                    INSERT INTO record (kind, id, state, unique_key, next_check_at, body) VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (kind, id) DO UPDATE SET
                        state = excluded.state, unique_key = excluded.unique_key, next_check_at = excluded.next_check_at, body = excluded.body
                    """,
                arguments: [R.kind, row.id, row.state, row.uniqueKey, row.nextCheckAt, row.body])
            try Self.index(R.kind, row, db)
            try Self.append(eventBody, event, db)
        }
    }

    @discardableResult
    public func update<R: Resource>(_ resource: R, event: Event?, ifStateIs expected: R.State?) async throws -> Bool {
        let row = try StoredRecord(resource), eventBody = try event.map(StoredRecord.encode)
        return try await database.write { db in
            try db.execute(
                sql: """
                    UPDATE record SET state = ?, unique_key = ?, next_check_at = ?, body = ?
                    WHERE kind = ? AND id = ? AND (? IS NULL OR state = ?)
                    """,
                arguments: [row.state, row.uniqueKey, row.nextCheckAt, row.body, R.kind, row.id, expected?.rawValue, expected?.rawValue])
            guard db.changesCount > 0 else { return false }
            try Self.index(R.kind, row, db)
            try Self.append(eventBody, event, db)
            return true
        }
    }

    @discardableResult
    public func update<R: Resource>(_ resource: R, event: Event?, ifUnchangedFrom read: R) async throws -> Bool {
        let row = try StoredRecord(resource), eventBody = try event.map(StoredRecord.encode)
        return try await database.write { db in
            // Compared decoded, so a body written before a field existed still matches what was read from it.
            guard let body = try String.fetchOne(db, sql: "SELECT body FROM record WHERE kind = ? AND id = ?", arguments: [R.kind, row.id]),
                try StoredRecord.decode(R.self, body) == read
            else { return false }
            try db.execute(
                sql: "UPDATE record SET state = ?, unique_key = ?, next_check_at = ?, body = ? WHERE kind = ? AND id = ?",
                arguments: [row.state, row.uniqueKey, row.nextCheckAt, row.body, R.kind, row.id])
            try Self.index(R.kind, row, db)
            try Self.append(eventBody, event, db)
            return true
        }
    }

    @discardableResult
    public func delete<R: PosternDomain.Record>(_ record: R, event: Event?) async throws -> Bool {
        let eventBody = try event.map(StoredRecord.encode)
        return try await database.write { db in
            try db.execute(sql: "DELETE FROM record WHERE kind = ? AND id = ?", arguments: [R.kind, record.id])
            guard db.changesCount > 0 else { return false }
            try db.execute(sql: "DELETE FROM record_index WHERE kind = ? AND id = ?", arguments: [R.kind, record.id])
            try Self.append(eventBody, event, db)
            return true
        }
    }

    public func get<R: PosternDomain.Record>(_ type: R.Type, id: String) async throws -> R? {
        try await database.read { db in
            try String.fetchOne(db, sql: "SELECT body FROM record WHERE kind = ? AND id = ?", arguments: [R.kind, id])
        }.map { try StoredRecord.decode(type, $0) }
    }

    public func page<R: PosternDomain.Record>(_ type: R.Type, _ selection: Selection, _ page: PageRequest) async throws -> (items: [R], total: Int) {
        let conditions = selection.conditions.sorted(by: { $0.key < $1.key })
        guard conditions.allSatisfy({ !$0.value.isEmpty }) else { return ([], 0) }
        func marks(_ values: [String]) -> String { Array(repeating: "?", count: values.count).joined(separator: ", ") }
        let listed: String, counted: String
        var arguments: StatementArguments = [R.kind]
        if let (name, values) = conditions.first {
            // The first condition's index, read in seq order, drives; the others are looked up.
            var clause = "i.kind = ? AND i.name = ? AND i.value IN (\(marks(values)))"
            arguments += [name] + StatementArguments(values)
            for (name, values) in conditions.dropFirst() {
                clause += " AND EXISTS (SELECT 1 FROM record_index j WHERE j.kind = i.kind AND j.name = ? AND j.value IN (\(marks(values))) AND j.id = i.id)"
                arguments += [name] + StatementArguments(values)
            }
            listed = "SELECT r.body FROM record_index i JOIN record r ON r.seq = i.seq WHERE \(clause) ORDER BY i.seq"
            counted = "SELECT COUNT(*) FROM record_index i WHERE \(clause)"
        } else {
            listed = "SELECT body FROM record WHERE kind = ? ORDER BY seq"
            counted = "SELECT COUNT(*) FROM record WHERE kind = ?"
        }
        let values = arguments
        let (bodies, total) = try await database.read { db in
            (try String.fetchAll(db, sql: "\(listed) LIMIT ? OFFSET ?", arguments: values + [page.size, page.offset]),
             try Int.fetchOne(db, sql: counted, arguments: values) ?? 0)
        }
        return (try bodies.map { try StoredRecord.decode(type, $0) }, total)
    }

    public func claimDue<R: Resource>(_ type: R.Type, at now: Date, limit: Int, lease: Lease) async throws -> [R] {
        let time = now.timeIntervalSince1970
        return try await database.write { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT seq, body FROM record WHERE kind = ? AND next_check_at <= ?
                    AND (lease_holder IS NULL OR lease_until <= ? OR lease_holder = ?) ORDER BY next_check_at, seq LIMIT ?
                    """,
                arguments: [R.kind, time, time, lease.holder, limit])
            for row in rows {
                try db.execute(
                    sql: "UPDATE record SET lease_holder = ?, lease_until = ? WHERE seq = ?",
                    arguments: [lease.holder, lease.until.timeIntervalSince1970, row["seq"] as Int64])
            }
            return rows.map { $0["body"] as String }
        }.map { try StoredRecord.decode(type, $0) }
    }

    public func renewLeases(_ lease: Lease) async throws {
        try await database.write { db in
            let until = lease.until.timeIntervalSince1970
            try db.execute(sql: "UPDATE record SET lease_until = ? WHERE lease_holder = ?", arguments: [until, lease.holder])
            try db.execute(sql: "UPDATE lease SET until = ? WHERE holder = ?", arguments: [until, lease.holder])
        }
    }

    public func releaseLeases(holder: String) async throws {
        try await database.write { db in
            try db.execute(sql: "UPDATE record SET lease_holder = NULL, lease_until = NULL WHERE lease_holder = ?", arguments: [holder])
            try db.execute(sql: "DELETE FROM lease WHERE holder = ?", arguments: [holder])
        }
    }

    public func acquire(_ name: String, _ lease: Lease, now: Date) async throws -> Bool {
        try await database.write { db in
            try db.execute(
                sql: """
                    INSERT INTO lease (name, holder, until) VALUES (?, ?, ?)
                    ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, until = excluded.until
                    WHERE lease.until <= ? OR lease.holder = excluded.holder
                    """,
                arguments: [name, lease.holder, lease.until.timeIntervalSince1970, now.timeIntervalSince1970])
            return db.changesCount > 0
        }
    }

    public func release(_ name: String, holder: String) async throws {
        try await database.write { db in
            try db.execute(sql: "DELETE FROM lease WHERE name = ? AND holder = ?", arguments: [name, holder])
        }
    }

    public func increment(_ name: String, expires: Date) async throws -> Int {
        try await database.write { db in
            try db.execute(
                sql: "INSERT INTO counter (name, value, expires_at) VALUES (?, 1, ?) ON CONFLICT (name) DO UPDATE SET value = value + 1",
                arguments: [name, expires.timeIntervalSince1970])
            return try Int.fetchOne(db, sql: "SELECT value FROM counter WHERE name = ?", arguments: [name]) ?? 0
        }
    }

    public func raise(_ name: String, to value: Int64, expires: Date) async throws -> Bool {
        try await database.write { db in
            try db.execute(
                sql: """
                    INSERT INTO counter (name, value, expires_at) VALUES (?, ?, ?)
                    ON CONFLICT (name) DO UPDATE SET value = excluded.value WHERE counter.value < excluded.value
                    """,
                arguments: [name, value, expires.timeIntervalSince1970])
            return db.changesCount > 0
        }
    }

    public func sweep(now: Date) async throws {
        try await database.write { db in
            try db.execute(sql: "DELETE FROM counter WHERE expires_at < ?", arguments: [now.timeIntervalSince1970])
            try db.execute(sql: "DELETE FROM lease WHERE until < ?", arguments: [now.timeIntervalSince1970])
        }
    }

    public func dueCount<R: Resource>(_ type: R.Type, at now: Date) async throws -> Int {
        try await database.read { db in
            try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM record WHERE kind = ? AND next_check_at <= ?", arguments: [R.kind, now.timeIntervalSince1970]) ?? 0
        }
    }

    public func events(of resource: String, descendants: Bool) async throws -> [Event] {
        try await database.read { db in
            descendants
                ? try String.fetchAll(
                    db, sql: "SELECT body FROM event WHERE resource = ? OR substr(resource, 1, ?) = ? ORDER BY seq",
                    arguments: [resource, resource.count + 1, resource + "/"])
                : try String.fetchAll(db, sql: "SELECT body FROM event WHERE resource = ? ORDER BY seq", arguments: [resource])
        }.map { try StoredRecord.decode(Event.self, $0) }
    }
    private static func index(_ kind: String, _ row: StoredRecord, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM record_index WHERE kind = ? AND id = ?", arguments: [kind, row.id])
        for (name, value) in row.indexes {
            try db.execute(
                sql: "INSERT INTO record_index (kind, id, name, value, seq) SELECT ?, ?, ?, ?, seq FROM record WHERE kind = ? AND id = ?",
                arguments: [kind, row.id, name, value, kind, row.id])
        }
    }

    private static func append(_ body: String?, _ event: Event?, _ db: Database) throws {
        guard let body, let event else { return }
        try db.execute(sql: "INSERT INTO event (resource, body) VALUES (?, ?)", arguments: [event.resource, body])
    }

    /// Moves the rows of one table of the per-kind schema (before v6) into `record`, in the order they were made.
    private static func adopt<R: PosternDomain.Record>(_ type: R.Type, from table: String, order: String, _ db: Database) throws {
        for body in try String.fetchAll(db, sql: "SELECT body FROM \(table) ORDER BY \(order)") {
            let row = try StoredRecord(try StoredRecord.decode(type, body))
            try db.execute(
                sql: "INSERT INTO record (kind, id, state, unique_key, next_check_at, body) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [R.kind, row.id, row.state, row.uniqueKey, row.nextCheckAt, row.body])
            // The v6 shape of record_index: v8 adds each row's seq.
            for (name, value) in row.indexes {
                try db.execute(sql: "INSERT INTO record_index (kind, id, name, value) VALUES (?, ?, ?, ?)", arguments: [R.kind, row.id, name, value])
            }
        }
        try db.execute(sql: "DROP TABLE \(table)")
    }
}
