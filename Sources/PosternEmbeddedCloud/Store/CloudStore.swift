import Foundation
import GRDB

/// The embedded cloud's own SQLite file: one row per resource, its JSON under its kind and id.
final class CloudStore: Sendable {
    private let database: DatabaseQueue

    init(path: String) throws {
        database = try DatabaseQueue(path: path)
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-resources") { db in
            try db.execute(sql: """
                CREATE TABLE resource (
                    kind TEXT NOT NULL,
                    id TEXT NOT NULL,
                    body TEXT NOT NULL,
                    PRIMARY KEY (kind, id)
                )
                """)
        }
        try migrator.migrate(database)
    }

    func load() throws -> CloudState {
        var state = CloudState()
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        try database.read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT kind, body FROM resource")
            for row in rows {
                let kind: String = row["kind"]
                let body = Data((row["body"] as String).utf8)
                func put<R: CloudResource>(_ table: inout Table<R>) throws { table.load(try decoder.decode(R.self, from: body)) }
                switch kind {
                case Vpc.kind: try put(&state.vpcs)
                case Subnet.kind: try put(&state.subnets)
                case SecurityGroup.kind: try put(&state.securityGroups)
                case NetworkInterface.kind: try put(&state.networkInterfaces)
                case TargetGroup.kind: try put(&state.targetGroups)
                case LoadBalancer.kind: try put(&state.loadBalancers)
                case Listener.kind: try put(&state.listeners)
                case EndpointService.kind: try put(&state.endpointServices)
                case VpcEndpoint.kind: try put(&state.endpoints)
                case HostedZone.kind: try put(&state.hostedZones)
                case RecordChange.kind: try put(&state.changes)
                case RoleSession.kind: try put(&state.roleSessions)
                default: continue
                }
            }
        }
        state.sortLoaded()
        state.countAddresses()
        state.commit()
        return state
    }

    /// Writes every change `state` has recorded, in one transaction, and clears the record
    /// once written (so a failed write can still be rolled back); returns whether there was any.
    @discardableResult
    func save(_ state: inout CloudState) throws -> Bool {
        var writes: [(kind: String, id: String, body: String?)] = []
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .secondsSince1970
        encoder.outputFormatting = .sortedKeys
        func collect<R: CloudResource>(_ table: Table<R>) throws {
            for (id, resource) in table.changes {
                writes.append((R.kind, id, try resource.map { String(decoding: try encoder.encode($0), as: UTF8.self) }))
            }
        }
        try collect(state.vpcs)
        try collect(state.subnets)
        try collect(state.securityGroups)
        try collect(state.networkInterfaces)
        try collect(state.targetGroups)
        try collect(state.loadBalancers)
        try collect(state.listeners)
        try collect(state.endpointServices)
        try collect(state.endpoints)
        try collect(state.hostedZones)
        try collect(state.changes)
        try collect(state.roleSessions)
        guard !writes.isEmpty else { return false }
        try database.write { db in
            for write in writes {
                if let body = write.body {
                    try db.execute(
                        sql: "INSERT INTO resource (kind, id, body) VALUES (?, ?, ?) ON CONFLICT(kind, id) DO UPDATE SET body = excluded.body",
                        arguments: [write.kind, write.id, body])
                } else {
                    try db.execute(sql: "DELETE FROM resource WHERE kind = ? AND id = ?", arguments: [write.kind, write.id])
                }
            }
        }
        state.commit()
        return true
    }
}
