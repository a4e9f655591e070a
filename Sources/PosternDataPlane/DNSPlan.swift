import Foundation

/// The names the DNS server answers: zones every caller sees (endpoints' regional and zonal
/// names, resolvable from anywhere as on AWS), and per VPC view the private zones associated
/// with that VPC (Route 53 private hosted zones and endpoints' private DNS names).
public struct DNSPlan: Sendable, Equatable {
    public var publicZones: [DNSZone]
    /// Private zones by the loopback slot of the VPC they are associated with.
    public var views: [Int: [DNSZone]]

    public init(publicZones: [DNSZone] = [], views: [Int: [DNSZone]] = [:]) {
        self.publicZones = publicZones
        self.views = views
    }
}

/// A zone: names (lower case, no trailing dot; `*.` leads a wildcard) under its origin.
public struct DNSZone: Sendable, Equatable {
    public var origin: String
    public var records: [String: DNSRecord]

    public init(origin: String, records: [String: DNSRecord] = [:]) {
        self.origin = DNSName.normalize(origin)
        self.records = records
    }

    /// The record for `name`: its own, else the closest wildcard above it within the zone.
    public func record(for name: String) -> DNSRecord? {
        if let exact = records[name] { return exact }
        var rest = Substring(name)
        while let dot = rest.firstIndex(of: ".") {
            rest = rest[rest.index(after: dot)...]
            if let wildcard = records["*." + rest] { return wildcard }
            if rest == origin { break }
        }
        return nil
    }

    public func contains(_ name: String) -> Bool { name == origin || name.hasSuffix("." + origin) }
}

public enum DNSRecord: Sendable, Equatable {
    case addresses([IPv4Address])
    case alias(String)
}

public enum DNSName {
    /// Lower case without the trailing dot; Route 53's `\052` is `*`.
    public static func normalize(_ name: String) -> String {
        var lower = name.lowercased().replacingOccurrences(of: "\\052", with: "*")
        while lower.hasSuffix(".") { lower.removeLast() }
        return lower
    }
}
