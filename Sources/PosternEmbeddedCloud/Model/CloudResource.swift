import Foundation

/// Something the embedded cloud keeps: stored as one row of its SQLite file, keyed by kind and id.
protocol CloudResource: Codable, Sendable {
    static var kind: String { get }
    var id: String { get }
    var createdAt: Date { get }
    /// Keys its table finds it by without a scan (a tag, a client token).
    var lookupKeys: [String] { get }
    /// When it next moves by itself (a provisioning delay ends, it is forgotten), if ever.
    var transitionAt: Date? { get }
}

extension CloudResource {
    var lookupKeys: [String] { [] }
    var transitionAt: Date? { nil }
}

/// A state a resource moves to by itself once the cloud's provisioning delay has passed.
struct Transition: Codable, Sendable, Equatable {
    var state: String
    var at: Date
}

struct Tag: Codable, Sendable, Equatable {
    var key: String
    var value: String
}
