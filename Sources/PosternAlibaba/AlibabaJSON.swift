import Foundation

/// A JSON answer of Alibaba Cloud's API, read by subscripts that never trap. Counts come as
/// numbers or strings depending on the operation (`TotalCount`), so `int` reads both.
public enum AlibabaJSON: Sendable, Equatable, Decodable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([AlibabaJSON])
    case object([String: AlibabaJSON])

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
