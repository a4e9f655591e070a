import Foundation
import PosternDomain

/// What every store keeps of a record: its id, state, unique key, next check, indexes, and the
/// record itself as JSON (dates as seconds since 1970, keys sorted).
struct StoredRecord: Sendable {
    let id: String
    let state: String?
    let uniqueKey: String?
    let nextCheckAt: Double?
    let body: String
    let indexes: [String: String]

    init<R: PosternDomain.Record>(_ record: R) throws {
        id = record.id
        let resource = record as? any Resource
        state = resource.map { Self.rawState($0) }
        nextCheckAt = resource?.nextCheckAt?.timeIntervalSince1970
        uniqueKey = record.uniqueKey
        indexes = record.indexes
        body = try Self.encode(record)
    }

    private static func rawState<R: Resource>(_ resource: R) -> String { resource.state.rawValue }

    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .secondsSince1970
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, _ body: String) throws -> T {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        return try decoder.decode(type, from: Data(body.utf8))
    }
}
