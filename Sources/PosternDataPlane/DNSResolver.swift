/// Answers a question from a DNS plan, as the VPC resolver does for callers in one VPC: the
/// most specific zone that holds the name decides (a private zone shadows public names), and
/// aliases (CNAMEs) are followed through every zone the view sees.
public struct DNSResolver: Sendable {
    public let plan: DNSPlan

    public init(plan: DNSPlan) { self.plan = plan }

    public struct Answer: Sendable, Equatable {
        public var code: DNSResponseCode
        public var records: [DNSAnswerRecord]
    }

    public func answer(_ question: String, type: DNSType, view slot: Int?) -> Answer {
        let zones = (slot.flatMap { plan.views[$0] } ?? []) + plan.publicZones
        var name = DNSName.normalize(question)
        var records: [DNSAnswerRecord] = []
        for _ in 0..<8 {
            guard let zone = zones.filter({ $0.contains(name) }).max(by: { $0.origin.count < $1.origin.count }) else {
                return Answer(code: records.isEmpty ? .refused : .noError, records: records)
            }
            guard let record = zone.record(for: name) else {
                return Answer(code: records.isEmpty ? .nameError : .noError, records: records)
            }
            switch record {
            case .alias(let target):
                records.append(DNSAnswerRecord(name: name, data: .alias(target)))
                if type == .cname { return Answer(code: .noError, records: records) }
                name = DNSName.normalize(target)
            case .addresses(let addresses):
                if type == .a || type == .any {
                    records += addresses.map { DNSAnswerRecord(name: name, data: .address($0)) }
                }
                return Answer(code: .noError, records: records)
            }
        }
        return Answer(code: .serverFailure, records: records)
    }
}

public struct DNSAnswerRecord: Sendable, Equatable {
    public var name: String
    public var data: Data
    public var ttl: UInt32 = 60

    public enum Data: Sendable, Equatable {
        case address(IPv4Address)
        case alias(String)
    }
}

public enum DNSResponseCode: UInt8, Sendable {
    case noError = 0, formatError = 1, serverFailure = 2, nameError = 3, notImplemented = 4, refused = 5
}

public struct DNSType: RawRepresentable, Sendable, Equatable {
    public var rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    public static let a = DNSType(rawValue: 1)
    public static let cname = DNSType(rawValue: 5)
    public static let aaaa = DNSType(rawValue: 28)
    public static let any = DNSType(rawValue: 255)
}
