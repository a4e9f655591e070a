import Foundation

/// A request parameter of Alibaba Cloud's RPC-style APIs, before it is flattened into the query.
public indirect enum RPCValue: Sendable, Equatable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    case string(String)
    case integer(Int)
    case boolean(Bool)
    case list([RPCValue])
    case object([String: RPCValue])

    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .integer(value) }
    public init(booleanLiteral value: Bool) { self = .boolean(value) }
    public init(arrayLiteral elements: RPCValue...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, RPCValue)...) { self = .object(Dictionary(elements) { _, last in last }) }
}

/// The query of an RPC request: lists flattened from 1 (`SecurityGroupId.1=…`), objects by
/// member (`Zone.1.ZoneId=…`), booleans lower-case, nothing for what is unset.
public enum RPCParameters {
    public static func flatten(_ parameters: [String: RPCValue]) -> [String: String] {
        var flat: [String: String] = [:]
        for (name, value) in parameters { add(value, as: name, to: &flat) }
        return flat
    }

    private static func add(_ value: RPCValue, as name: String, to flat: inout [String: String]) {
        switch value {
        case .string(let text): flat[name] = text
        case .integer(let number): flat[name] = String(number)
        case .boolean(let flag): flat[name] = flag ? "true" : "false"
        case .list(let items):
            for (index, item) in items.enumerated() { add(item, as: "\(name).\(index + 1)", to: &flat) }
        case .object(let members):
            for (member, item) in members { add(item, as: "\(name).\(member)", to: &flat) }
        }
    }

    /// The query string as sent: keys sorted, values RFC 3986 encoded.
    public static func queryString(_ flat: [String: String]) -> String {
        flat.sorted { $0.key < $1.key }.map { "\(Percent.encode($0.key))=\(Percent.encode($0.value))" }.joined(separator: "&")
    }

    /// A query string as the SDKs send it (form encoded, any order), read back into parameters.
    public static func parse(_ query: String) -> [String: String] {
        var parameters: [String: String] = [:]
        for pair in query.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            parameters[Percent.formDecode(String(parts[0]))] = parts.count > 1 ? Percent.formDecode(String(parts[1])) : ""
        }
        return parameters
    }
}
