import Foundation

/// A request or response of an AWS operation, as a tree keyed by the model's member names
/// (`VpcEndpointId`, `SubnetIds`, …). The wire names are applied only when it is encoded.
public indirect enum AWSValue: Sendable, Equatable {
    case string(String)
    case integer(Int)
    case double(Double)
    case boolean(Bool)
    case timestamp(Date)
    case list([AWSValue])
    case map([String: AWSValue])
    case structure([String: AWSValue])

    /// The same text for equal values, whatever the order their keys were stored in.
    public var canonicalDescription: String {
        switch self {
        case .string(let s): return "\"\(s)\""
        case .integer(let i): return String(i)
        case .double(let d): return String(d)
        case .boolean(let b): return String(b)
        case .timestamp(let t): return String(t.timeIntervalSince1970)
        case .list(let items): return "[" + items.map(\.canonicalDescription).joined(separator: ",") + "]"
        case .map(let entries), .structure(let entries):
            return "{" + entries.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.canonicalDescription)" }.joined(separator: ",") + "}"
        }
    }

    public subscript(member: String) -> AWSValue? {
        if case .structure(let members) = self { return members[member] }
        if case .map(let entries) = self { return entries[member] }
        return nil
    }

    public var string: String? {
        switch self {
        case .string(let s): return s
        case .integer(let i): return String(i)
        case .boolean(let b): return b ? "true" : "false"
        default: return nil
        }
    }

    public var int: Int? {
        switch self {
        case .integer(let i): return i
        case .string(let s): return Int(s)
        default: return nil
        }
    }

    public var bool: Bool? {
        switch self {
        case .boolean(let b): return b
        case .string(let s): return s == "true" ? true : (s == "false" ? false : nil)
        default: return nil
        }
    }

    public var double: Double? {
        switch self {
        case .double(let d): return d
        case .integer(let i): return Double(i)
        case .string(let s): return Double(s)
        default: return nil
        }
    }

    public var date: Date? {
        switch self {
        case .timestamp(let t): return t
        case .string(let s): return AWSTimestamp.parse(s)
        default: return nil
        }
    }

    public var list: [AWSValue] { if case .list(let l) = self { return l } else { return [] } }
    public var strings: [String] { list.compactMap(\.string) }
    public var members: [String: AWSValue] {
        switch self {
        case .structure(let m), .map(let m): return m
        default: return [:]
        }
    }
}

extension AWSValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .integer(value) }
    public init(booleanLiteral value: Bool) { self = .boolean(value) }
    public init(arrayLiteral elements: AWSValue...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, AWSValue)...) {
        self = .structure(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}

extension AWSValue {
    /// A structure with the members whose value is present; `nil`s are left out, as AWS leaves
    /// unset members out of its responses.
    public static func object(_ members: [String: AWSValue?]) -> AWSValue {
        .structure(members.compactMapValues { $0 })
    }

    public static func strings(_ values: [String]) -> AWSValue { .list(values.map(AWSValue.string)) }
}
