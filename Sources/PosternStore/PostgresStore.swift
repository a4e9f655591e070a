import Foundation
import Logging
import PostgresNIO
import PosternDomain

/// The store in PostgreSQL, for several replicas sharing one database: the same rows as
/// `SQLiteStore` (a record per row with its kind, id, state, unique key, next check and JSON,
/// its indexes, the events), in one schema, over a pool of connections. Every write is one
/// transaction; the conditional ones lock the row they compare.
public final class PostgresStore: Store {
    private let client: PostgresClient
    private let running: Task<Void, Never>
    private let schema: String
    private let logger = Logger(label: "postern.store.postgres")

    /// Connects to `url` (`postgres://user[:password]@host[:port]/database[?sslmode=disable|prefer|require]`)
    /// and brings `schema` up to date, once, however many replicas start together.
    public init(url: String, schema: String = "postern") async throws {
        let configuration = try Self.configuration(url)
        guard schema.range(of: #"^[a-z_][a-z0-9_]{0,62}$"#, options: .regularExpression) != nil else {
            throw StoreConfigurationError("The PostgreSQL schema name \(schema) is not valid: use lower-case letters, digits and underscores.")
        }
        self.schema = schema
        let client = PostgresClient(configuration: configuration)
        self.client = client
        running = Task { await client.run() }
        do {
            try await migrate()
        } catch {
            running.cancel()
            throw StoreConfigurationError("PostgreSQL at \(Self.redacted(url)) cannot be used: \(String(reflecting: error)). Check that it runs, and the user, password and database.")
        }
    }

    deinit { running.cancel() }

    // MARK: The schema

    /// Each version's statements, applied in order under an advisory lock that other replicas wait on.
    private var migrations: [[String]] {
        [[
            "CREATE TABLE \(schema).record (seq BIGSERIAL PRIMARY KEY, kind TEXT NOT NULL, id TEXT NOT NULL, state TEXT, unique_key TEXT, next_check_at DOUBLE PRECISION, body TEXT NOT NULL, UNIQUE (kind, id), UNIQUE (kind, unique_key))",
            "CREATE INDEX record_due ON \(schema).record (kind, next_check_at)",
            "CREATE TABLE \(schema).record_index (kind TEXT NOT NULL, id TEXT NOT NULL, name TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (kind, name, value, id))",
            "CREATE INDEX record_index_of ON \(schema).record_index (kind, id)",
            "CREATE TABLE \(schema).event (seq BIGSERIAL PRIMARY KEY, resource TEXT NOT NULL, body TEXT NOT NULL)",
            "CREATE INDEX event_resource ON \(schema).event (resource text_pattern_ops, seq)",
        ], [
            "ALTER TABLE \(schema).record ADD COLUMN lease_holder TEXT, ADD COLUMN lease_until DOUBLE PRECISION",
            "CREATE INDEX record_lease ON \(schema).record (lease_holder) WHERE lease_holder IS NOT NULL",
            "CREATE TABLE \(schema).lease (name TEXT PRIMARY KEY, holder TEXT NOT NULL, until DOUBLE PRECISION NOT NULL)",
            "CREATE TABLE \(schema).counter (name TEXT PRIMARY KEY, value BIGINT NOT NULL, expires_at DOUBLE PRECISION NOT NULL)",
            "CREATE INDEX counter_expiry ON \(schema).counter (expires_at)",
        ], [
            // A page of a selection reads its first index in the order records were made.
            "ALTER TABLE \(schema).record_index ADD COLUMN seq BIGINT NOT NULL DEFAULT 0",
            "UPDATE \(schema).record_index i SET seq = r.seq FROM \(schema).record r WHERE r.kind = i.kind AND r.id = i.id",
            "CREATE INDEX record_index_page ON \(schema).record_index (kind, name, value, seq)",
        ]]
    }

    private func migrate() async throws {
        let schema = self.schema, migrations = self.migrations
        try await client.withTransaction(logger: logger) { connection in
            try await connection.query(PostgresQuery(unsafeSQL: "SELECT pg_advisory_xact_lock(hashtext('postern:' || '\(schema)'))"), logger: self.logger)
            try await connection.query(PostgresQuery(unsafeSQL: "CREATE SCHEMA IF NOT EXISTS \(schema)"), logger: self.logger)
            try await connection.query(
                PostgresQuery(unsafeSQL: "CREATE TABLE IF NOT EXISTS \(schema).migration (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())"),
                logger: self.logger)
            var applied = 0
            for try await version in try await connection.query(PostgresQuery(unsafeSQL: "SELECT COALESCE(MAX(version), 0) FROM \(schema).migration"), logger: self.logger)
                .decode(Int.self)
            { applied = version }
            for (index, statements) in migrations.enumerated() where index + 1 > applied {
                for statement in statements { try await connection.query(PostgresQuery(unsafeSQL: statement), logger: self.logger) }
                try await connection.query("INSERT INTO \(unescaped: schema).migration (version) VALUES (\(index + 1))", logger: self.logger)
            }
        }
    }

    // MARK: Writes

    public func insert<R: PosternDomain.Record>(_ record: R, event: Event?) async throws {
        let row = try StoredRecord(record), eventBody = try event.map(StoredRecord.encode)
        let inserted = try await transaction { connection in
            let made = try await self.count(
                connection,
                "INSERT INTO \(unescaped: self.schema).record (kind, id, state, unique_key, next_check_at, body) VALUES (\(R.kind), \(row.id), \(row.state), \(row.uniqueKey), \(row.nextCheckAt), \(row.body)) ON CONFLICT DO NOTHING RETURNING 1")
            guard made == 1 else { return false }
            try await self.index(R.kind, row, connection)
            try await self.append(eventBody, event, connection)
            return true
        }
        guard inserted else {
            throw StoreConflict(row.uniqueKey.map { "\(R.kind) \(row.id) clashes: \($0) is taken already, or it exists" } ?? "\(R.kind) \(row.id) exists already")
        }
    }

    public func save<R: PosternDomain.Record>(_ record: R, event: Event?) async throws {
        let row = try StoredRecord(record), eventBody = try event.map(StoredRecord.encode)
        try await transaction { connection in
            try await connection.query(
                """
                INSERT INTO \(unescaped: self.schema).record (kind, id, state, unique_key, next_check_at, body) VALUES (\(R.kind), \(row.id), \(row.state), \(row.uniqueKey), \(row.nextCheckAt), \(row.body))
                ON CONFLICT (kind, id) DO UPDATE SET state = EXCLUDED.state, unique_key = EXCLUDED.unique_key, next_check_at = EXCLUDED.next_check_at, body = EXCLUDED.body
                """, logger: self.logger)
            try await self.index(R.kind, row, connection)
            try await self.append(eventBody, event, connection)
        }
    }

    @discardableResult
    public func update<R: Resource>(_ resource: R, event: Event?, ifStateIs expected: R.State?) async throws -> Bool {
        let row = try StoredRecord(resource), eventBody = try event.map(StoredRecord.encode), expected = expected?.rawValue
        return try await transaction { connection in
            let changed = try await self.count(
                connection,
                """
                UPDATE \(unescaped: self.schema).record SET state = \(row.state), unique_key = \(row.uniqueKey), next_check_at = \(row.nextCheckAt), body = \(row.body)
                WHERE kind = \(R.kind) AND id = \(row.id) AND (\(expected)::TEXT IS NULL OR state = \(expected)) RETURNING 1
                """)
            guard changed == 1 else { return false }
            try await self.index(R.kind, row, connection)
            try await self.append(eventBody, event, connection)
            return true
        }
    }

    @discardableResult
    public func update<R: Resource>(_ resource: R, event: Event?, ifUnchangedFrom read: R) async throws -> Bool {
        let row = try StoredRecord(resource), eventBody = try event.map(StoredRecord.encode)
        return try await transaction { connection in
            var stored: String?
            for try await body in try await connection.query(
                "SELECT body FROM \(unescaped: self.schema).record WHERE kind = \(R.kind) AND id = \(row.id) FOR UPDATE", logger: self.logger
            ).decode(String.self) { stored = body }
            // Compared decoded, so a body written before a field existed still matches what was read from it.
            guard let stored, try StoredRecord.decode(R.self, stored) == read else { return false }
            try await connection.query(
                """
                UPDATE \(unescaped: self.schema).record SET state = \(row.state), unique_key = \(row.uniqueKey), next_check_at = \(row.nextCheckAt), body = \(row.body)
                WHERE kind = \(R.kind) AND id = \(row.id)
                """, logger: self.logger)
            try await self.index(R.kind, row, connection)
            try await self.append(eventBody, event, connection)
            return true
        }
    }

    @discardableResult
    public func delete<R: PosternDomain.Record>(_ record: R, event: Event?) async throws -> Bool {
        let eventBody = try event.map(StoredRecord.encode), id = record.id
        return try await transaction { connection in
            let removed = try await self.count(connection, "DELETE FROM \(unescaped: self.schema).record WHERE kind = \(R.kind) AND id = \(id) RETURNING 1")
            guard removed == 1 else { return false }
            try await connection.query("DELETE FROM \(unescaped: self.schema).record_index WHERE kind = \(R.kind) AND id = \(id)", logger: self.logger)
            try await self.append(eventBody, event, connection)
            return true
        }
    }

    // MARK: Reads

    public func get<R: PosternDomain.Record>(_ type: R.Type, id: String) async throws -> R? {
        try await strings("SELECT body FROM \(unescaped: schema).record WHERE kind = \(R.kind) AND id = \(id)").first.map { try StoredRecord.decode(type, $0) }
    }

    public func page<R: PosternDomain.Record>(_ type: R.Type, _ selection: Selection, _ page: PageRequest) async throws -> (items: [R], total: Int) {
        var bindings = PostgresBindings()
        bindings.append(R.kind)
        let conditions = selection.conditions.sorted(by: { $0.key < $1.key })
        guard conditions.allSatisfy({ !$0.value.isEmpty }) else { return ([], 0) }
        let listed: String, counted: String
        if let (name, values) = conditions.first {
            // The first condition's index, read in seq order, drives; the others are looked up.
            bindings.append(name)
            bindings.append(values)
            var clause = "i.kind = $1 AND i.name = $2 AND i.value = ANY($3)"
            for (name, values) in conditions.dropFirst() {
                bindings.append(name)
                let nameMark = bindings.count
                bindings.append(values)
                clause += " AND EXISTS (SELECT 1 FROM \(schema).record_index j WHERE j.kind = $1 AND j.name = $\(nameMark) AND j.value = ANY($\(bindings.count)) AND j.id = i.id)"
            }
            listed = "SELECT r.body FROM \(schema).record_index i JOIN \(schema).record r ON r.seq = i.seq WHERE \(clause) ORDER BY i.seq"
            counted = "SELECT COUNT(*) FROM \(schema).record_index i WHERE \(clause)"
        } else {
            listed = "SELECT body FROM \(schema).record WHERE kind = $1 ORDER BY seq"
            counted = "SELECT COUNT(*) FROM \(schema).record WHERE kind = $1"
        }
        var listing = bindings
        listing.append(page.size)
        listing.append(page.offset)
        let bodies = try await strings(PostgresQuery(unsafeSQL: "\(listed) LIMIT $\(listing.count - 1) OFFSET $\(listing.count)", binds: listing))
        var total = 0
        for try await count in try await client.query(PostgresQuery(unsafeSQL: counted, binds: bindings), logger: logger).decode(Int.self) { total = count }
        return (try bodies.map { try StoredRecord.decode(type, $0) }, total)
    }

    public func claimDue<R: Resource>(_ type: R.Type, at now: Date, limit: Int, lease: Lease) async throws -> [R] {
        let time = now.timeIntervalSince1970, until = lease.until.timeIntervalSince1970, holder = lease.holder
        // SKIP LOCKED: a row another replica is claiming (or a writer holds) is left to it, not waited on.
        var claimed: [(order: Double, seq: Int, body: String)] = []
        for try await (order, seq, body) in try await client.query(
            """
            WITH picked AS (
                SELECT seq FROM \(unescaped: schema).record WHERE kind = \(R.kind) AND next_check_at <= \(time)
                AND (lease_holder IS NULL OR lease_until <= \(time) OR lease_holder = \(holder))
                ORDER BY next_check_at, seq LIMIT \(limit) FOR UPDATE SKIP LOCKED)
            UPDATE \(unescaped: schema).record AS r SET lease_holder = \(holder), lease_until = \(until) FROM picked
            WHERE r.seq = picked.seq RETURNING r.next_check_at, r.seq, r.body
            """, logger: logger
        ).decode((Double, Int, String).self) { claimed.append((order, seq, body)) }
        return try claimed.sorted { ($0.order, $0.seq) < ($1.order, $1.seq) }.map { try StoredRecord.decode(type, $0.body) }
    }

    public func renewLeases(_ lease: Lease) async throws {
        let until = lease.until.timeIntervalSince1970, holder = lease.holder
        try await transaction { connection in
            try await connection.query("UPDATE \(unescaped: self.schema).record SET lease_until = \(until) WHERE lease_holder = \(holder)", logger: self.logger)
            try await connection.query("UPDATE \(unescaped: self.schema).lease SET until = \(until) WHERE holder = \(holder)", logger: self.logger)
        }
    }

    public func releaseLeases(holder: String) async throws {
        try await transaction { connection in
            try await connection.query(
                "UPDATE \(unescaped: self.schema).record SET lease_holder = NULL, lease_until = NULL WHERE lease_holder = \(holder)", logger: self.logger)
            try await connection.query("DELETE FROM \(unescaped: self.schema).lease WHERE holder = \(holder)", logger: self.logger)
        }
    }

    public func acquire(_ name: String, _ lease: Lease, now: Date) async throws -> Bool {
        var taken = false
        for try await _ in try await client.query(
            """
            INSERT INTO \(unescaped: schema).lease AS l (name, holder, until) VALUES (\(name), \(lease.holder), \(lease.until.timeIntervalSince1970))
            ON CONFLICT (name) DO UPDATE SET holder = EXCLUDED.holder, until = EXCLUDED.until
            WHERE l.until <= \(now.timeIntervalSince1970) OR l.holder = EXCLUDED.holder RETURNING 1
            """, logger: logger
        ) { taken = true }
        return taken
    }

    public func release(_ name: String, holder: String) async throws {
        try await client.query("DELETE FROM \(unescaped: schema).lease WHERE name = \(name) AND holder = \(holder)", logger: logger)
    }

    public func increment(_ name: String, expires: Date) async throws -> Int {
        var count = 0
        for try await value in try await client.query(
            """
            INSERT INTO \(unescaped: schema).counter AS c (name, value, expires_at) VALUES (\(name), 1, \(expires.timeIntervalSince1970))
            ON CONFLICT (name) DO UPDATE SET value = c.value + 1 RETURNING c.value
            """, logger: logger
        ).decode(Int.self) { count = value }
        return count
    }

    public func raise(_ name: String, to value: Int64, expires: Date) async throws -> Bool {
        var raised = false
        for try await _ in try await client.query(
            """
            INSERT INTO \(unescaped: schema).counter AS c (name, value, expires_at) VALUES (\(name), \(value), \(expires.timeIntervalSince1970))
            ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value WHERE c.value < EXCLUDED.value RETURNING 1
            """, logger: logger
        ) { raised = true }
        return raised
    }

    public func sweep(now: Date) async throws {
        let time = now.timeIntervalSince1970
        try await transaction { connection in
            try await connection.query("DELETE FROM \(unescaped: self.schema).counter WHERE expires_at < \(time)", logger: self.logger)
            try await connection.query("DELETE FROM \(unescaped: self.schema).lease WHERE until < \(time)", logger: self.logger)
        }
    }

    public func dueCount<R: Resource>(_ type: R.Type, at now: Date) async throws -> Int {
        var total = 0
        for try await count in try await client.query(
            "SELECT COUNT(*) FROM \(unescaped: schema).record WHERE kind = \(R.kind) AND next_check_at <= \(now.timeIntervalSince1970)", logger: logger
        ).decode(Int.self) { total = count }
        return total
    }

    public func events(of resource: String, descendants: Bool) async throws -> [Event] {
        let bodies =
            descendants
            ? try await strings(
                "SELECT body FROM \(unescaped: schema).event WHERE resource = \(resource) OR starts_with(resource, \(resource + "/")) ORDER BY seq")
            : try await strings("SELECT body FROM \(unescaped: schema).event WHERE resource = \(resource) ORDER BY seq")
        return try bodies.map { try StoredRecord.decode(Event.self, $0) }
    }

    // MARK: Helpers

    private func transaction<T: Sendable>(_ body: @Sendable (PostgresConnection) async throws -> T) async throws -> T {
        do {
            return try await client.withTransaction(logger: logger) { connection in try await body(connection) }
        } catch let failure as PostgresTransactionError {
            throw failure.closureError ?? failure.commitError ?? failure.beginError ?? failure
        }
    }

    private func strings(_ query: PostgresQuery) async throws -> [String] {
        var found: [String] = []
        for try await value in try await client.query(query, logger: logger).decode(String.self) { found.append(value) }
        return found
    }

    private func count(_ connection: PostgresConnection, _ query: PostgresQuery) async throws -> Int {
        var rows = 0
        for try await _ in try await connection.query(query, logger: logger) { rows += 1 }
        return rows
    }

    private func index(_ kind: String, _ row: StoredRecord, _ connection: PostgresConnection) async throws {
        try await connection.query("DELETE FROM \(unescaped: schema).record_index WHERE kind = \(kind) AND id = \(row.id)", logger: logger)
        for (name, value) in row.indexes.sorted(by: { $0.key < $1.key }) {
            try await connection.query(
                """
                INSERT INTO \(unescaped: schema).record_index (kind, id, name, value, seq)
                SELECT \(kind), \(row.id), \(name), \(value), seq FROM \(unescaped: schema).record WHERE kind = \(kind) AND id = \(row.id)
                """, logger: logger)
        }
    }

    private func append(_ body: String?, _ event: Event?, _ connection: PostgresConnection) async throws {
        guard let body, let event else { return }
        try await connection.query("INSERT INTO \(unescaped: schema).event (resource, body) VALUES (\(event.resource), \(body))", logger: logger)
    }

    // MARK: The URL

    static func configuration(_ url: String) throws -> PostgresClient.Configuration {
        guard let components = URLComponents(string: url), ["postgres", "postgresql"].contains(components.scheme ?? ""),
            let host = components.host, !host.isEmpty, let user = components.user, !user.isEmpty
        else {
            throw StoreConfigurationError("\(redacted(url)) is not a PostgreSQL URL: write postgres://user[:password]@host[:port]/database.")
        }
        let database = String(components.path.drop { $0 == "/" })
        let mode = components.queryItems?.first { $0.name == "sslmode" }?.value ?? "disable"
        let tls: PostgresClient.Configuration.TLS
        switch mode {
        case "disable": tls = .disable
        case "prefer", "allow": tls = .prefer(.makeClientConfiguration())
        case "require", "verify-ca", "verify-full": tls = .require(.makeClientConfiguration())
        default: throw StoreConfigurationError("sslmode=\(mode) is not one Postern knows: use disable, prefer or require.")
        }
        var configuration = PostgresClient.Configuration(
            host: host, port: components.port ?? 5432, username: user, password: components.password, database: database.isEmpty ? user : database, tls: tls)
        configuration.options.maximumConnections = 16
        configuration.options.additionalStartupParameters = [("application_name", "postern")]
        return configuration
    }

    /// The URL without its password, for messages.
    public static func redacted(_ url: String) -> String {
        guard var components = URLComponents(string: url), components.password != nil else { return url }
        components.password = "***"
        return components.string ?? url
    }
}

/// A store that cannot be set up as asked: the message names what to change.
public struct StoreConfigurationError: Error, Sendable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
