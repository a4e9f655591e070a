import PosternAlibaba

/// An RPC request's parameters as the SDKs flatten them (`SecurityGroupId.1`, `Zone.1.ZoneId`),
/// read back: scalars, 1-based lists and lists of objects. Booleans are read in any case (the
/// Python SDK sends `True`).
struct AlibabaInput: Sendable {
    let parameters: [String: String]

    init(_ parameters: [String: String]) { self.parameters = parameters }

    subscript(name: String) -> String? {
        guard let value = parameters[name], !value.isEmpty else { return nil }
        return value
    }

    func required(_ name: String) throws -> String {
        guard let value = self[name] else { throw AlibabaServiceError.missingParameter(name) }
        return value
    }

    func bool(_ name: String) throws -> Bool? {
        guard let value = self[name] else { return nil }
        switch value.lowercased() {
        case "true": return true
        case "false": return false
        default: throw AlibabaServiceError.invalidParameter(name, value, expected: "true or false")
        }
    }

    func int(_ name: String) throws -> Int? {
        guard let value = self[name] else { return nil }
        guard let number = Int(value) else { throw AlibabaServiceError.invalidParameter(name, value, expected: "an integer") }
        return number
    }

    /// `Name.1`, `Name.2`, … in index order (and a plain `Name` as a list of one).
    func list(_ name: String) -> [String] {
        var items: [(Int, String)] = []
        for (key, value) in parameters where key.hasPrefix(name + ".") && !value.isEmpty {
            if let index = Int(key.dropFirst(name.count + 1)) { items.append((index, value)) }
        }
        if items.isEmpty, let single = self[name] { return [single] }
        return items.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// `Name.N.Member` as one object per index, in index order.
    func objects(_ name: String) -> [AlibabaInput] {
        var members: [Int: [String: String]] = [:]
        for (key, value) in parameters where key.hasPrefix(name + ".") {
            let rest = key.dropFirst(name.count + 1)
            guard let dot = rest.firstIndex(of: "."), let index = Int(rest[..<dot]) else { continue }
            members[index, default: [:]][String(rest[rest.index(after: dot)...])] = value
        }
        return members.keys.sorted().map { AlibabaInput(members[$0]!) }
    }

    /// `MaxResults` / `NextToken` paging over a list already in its final order.
    func page<Item>(_ all: [Item], limits: ClosedRange<Int> = 1...1000, defaultSize: Int = 50) throws -> (items: [Item], nextToken: String?, maxResults: Int) {
        var start = 0
        if let token = self["NextToken"] {
            guard token.hasPrefix("page-"), let offset = Int(token.dropFirst(5)), offset >= 0 else {
                throw AlibabaServiceError("IllegalParam.NextToken", "The NextToken '\(token)' is invalid: pass the NextToken a previous call returned.", status: 400)
            }
            start = min(offset, all.count)
        }
        let size = try int("MaxResults") ?? defaultSize
        guard limits.contains(size) else {
            throw AlibabaServiceError.invalidParameter("MaxResults", String(size), expected: "from \(limits.lowerBound) to \(limits.upperBound)")
        }
        let end = min(all.count, start + size)
        return (Array(all[start..<end]), end < all.count ? "page-\(end)" : nil, size)
    }

    /// `PageNumber` / `PageSize` paging, as VPC, ECS and PrivateZone page.
    func numberedPage<Item>(_ all: [Item], maxSize: Int = 50) throws -> (items: [Item], number: Int, size: Int) {
        let number = try int("PageNumber") ?? 1
        let size = try int("PageSize") ?? 10
        guard (1...100_000).contains(number) else { throw AlibabaServiceError.invalidParameter("PageNumber", String(number), expected: "from 1 to 100000") }
        guard (1...maxSize).contains(size) else { throw AlibabaServiceError.invalidParameter("PageSize", String(size), expected: "from 1 to \(maxSize)") }
        let start = min(all.count, (number - 1) * size)
        return (Array(all[start..<min(all.count, start + size)]), number, size)
    }
}

extension AlibabaServiceError {
    init(_ code: String, _ message: String) { self.init(code, message, status: 400) }

    static func missingParameter(_ name: String) -> AlibabaServiceError {
        AlibabaServiceError(
            "MissingParameter", "The input parameter \"\(name)\" that is mandatory for processing this request is not supplied: set \(name) on the request.")
    }

    static func invalidParameter(_ name: String, _ value: String, expected: String) -> AlibabaServiceError {
        AlibabaServiceError("InvalidParameter", "The parameter \(name) is '\(value)'; it must be \(expected).")
    }

    static func dryRun() -> AlibabaServiceError {
        AlibabaServiceError("DryRunOperation", "Request validation has been passed with DryRun flag set.")
    }
}
