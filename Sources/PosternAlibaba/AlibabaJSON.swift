import Foundation

/// A JSON answer of Alibaba Cloud's API, read by subscripts that never trap. Counts come as
/// numbers or strings depending on the operation (`TotalCount`), so `int` reads both. Written
/// out, an object leaves its null members out, as Alibaba's services do.
public enum AlibabaJSON: Sendable, Equatable, Codable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([AlibabaJSON])
    case object([String: AlibabaJSON])

    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: AlibabaJSON...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, AlibabaJSON)...) { self = .object(Dictionary(elements) { _, last in last }) }

    public static func int(_ value: Int) -> AlibabaJSON { .number(Double(value)) }
    public static func strings(_ values: [String]) -> AlibabaJSON { .array(values.map(AlibabaJSON.string)) }
    public static func optional(_ value: String?) -> AlibabaJSON { value.map(AlibabaJSON.string) ?? .null }

    public init(data: Data) throws { self = try JSONDecoder().decode(AlibabaJSON.self, from: data) }

    public subscript(key: String) -> AlibabaJSON {
        if case .object(let object) = self { return object[key] ?? .null }
        return .null
    }

    public subscript(index: Int) -> AlibabaJSON {
        if case .array(let list) = self, list.indices.contains(index) { return list[index] }
        return .null
    }

    public var string: String? { if case .string(let text) = self { text } else { nil } }
    public var bool: Bool? { if case .bool(let flag) = self { flag } else { nil } }
    public var int: Int? {
        switch self {
        case .number(let number): Int(number)
        case .string(let text): Int(text)
        default: nil
        }
    }
    public var list: [AlibabaJSON] { if case .array(let list) = self { list } else { [] } }

    public init(from decoder: any Decoder) throws {
        let value = try decoder.singleValueContainer()
        if value.decodeNil() {
            self = .null
        } else if let flag = try? value.decode(Bool.self) {
            self = .bool(flag)
        } else if let number = try? value.decode(Double.self) {
            self = .number(number)
        } else if let text = try? value.decode(String.self) {
            self = .string(text)
        } else if let list = try? value.decode([AlibabaJSON].self) {
            self = .array(list)
        } else {
            self = .object(try value.decode([String: AlibabaJSON].self))
        }
    }
}

extension AlibabaJSON {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let flag): try container.encode(flag)
        case .number(let number):
            if number.rounded() == number, abs(number) < 1e15 { try container.encode(Int64(number)) } else { try container.encode(number) }
        case .string(let text): try container.encode(text)
        case .array(let list): try container.encode(list)
        case .object(let members): try container.encode(members.filter { $0.value != .null })
        }
    }

    /// The JSON text, keys sorted.
    public var data: Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)) ?? Data("{}".utf8)
    }
}
