import PosternAWS

/// EC2's `Filter.N.Name` / `Filter.N.Value.M`: a resource matches when, for every filter, one
/// of its values matches one of the filter's (with `*` and `?` wildcards).
struct Filters {
    private let filters: [(name: String, values: [String])]

    init(_ input: AWSValue, supported: [String]) throws {
        filters = (input["Filters"]?.list ?? []).map { ($0["Name"]?.string ?? "", $0["Values"]?.strings ?? []) }
        for filter in filters where !supported.contains(filter.name) && !filter.name.hasPrefix("tag:") {
            throw AWSServiceError(
                "InvalidParameterValue",
                "The filter '\(filter.name)' is invalid. Supported filters: \(supported.joined(separator: ", ")), tag:<key>.")
        }
    }

    /// `values(name)` gives the resource's values for a filter name.
    func match(tags: [Tag] = [], _ values: (String) -> [String]) -> Bool {
        filters.allSatisfy { filter in
            let actual: [String]
            if filter.name.hasPrefix("tag:") {
                let key = String(filter.name.dropFirst(4))
                actual = tags.filter { $0.key == key }.map(\.value)
            } else if filter.name == "tag-key" {
                actual = tags.map(\.key)
            } else {
                actual = values(filter.name)
            }
            return actual.contains { value in filter.values.contains { Self.glob($0, matches: value) } }
        }
    }

    /// The values of the filter `tag:<key>` if it has no wildcard: what a tag lookup finds.
    func exactTagValues(key: String) -> [String]? {
        guard let filter = filters.first(where: { $0.name == "tag:\(key)" }),
            !filter.values.contains(where: { $0.contains("*") || $0.contains("?") })
        else { return nil }
        return filter.values
    }

    /// The tags exact `tag:<key>` filters name, as (key, value) pairs, from the first such filter.
    var exactTags: [(key: String, value: String)]? {
        for filter in filters where filter.name.hasPrefix("tag:") {
            let key = String(filter.name.dropFirst(4))
            if let values = exactTagValues(key: key) { return values.map { (key, $0) } }
        }
        return nil
    }

    static func glob(_ pattern: String, matches text: String) -> Bool {
        if !pattern.contains("*") && !pattern.contains("?") { return pattern == text }
        let p = Array(pattern), t = Array(text)
        var pi = 0, ti = 0, star = -1, mark = 0
        while ti < t.count {
            if pi < p.count && (p[pi] == "?" || p[pi] == t[ti]) {
                pi += 1; ti += 1
            } else if pi < p.count && p[pi] == "*" {
                star = pi; mark = ti; pi += 1
            } else if star >= 0 {
                pi = star + 1; mark += 1; ti = mark
            } else {
                return false
            }
        }
        while pi < p.count && p[pi] == "*" { pi += 1 }
        return pi == p.count
    }
}

/// `MaxResults` / `NextToken` paging over a list already in its final order.
struct Page<Item> {
    let items: [Item]
    let nextToken: String?

    init(_ all: [Item], input: AWSValue, limits: ClosedRange<Int> = 5...1000, maxName: String = "MaxResults",
         tokenName: String = "NextToken") throws
    {
        var start = 0
        if let token = input[tokenName]?.string, !token.isEmpty {
            guard let offset = Int(token.dropFirst("page-".count)), token.hasPrefix("page-"), offset >= 0 else {
                throw AWSServiceError("InvalidNextToken", "The token '\(token)' is invalid: pass a NextToken a previous call returned.")
            }
            start = min(offset, all.count)
        }
        var end = all.count
        if let max = input[maxName]?.int {
            guard limits.contains(max) else {
                throw AWSServiceError(
                    "InvalidParameterValue",
                    "Value (\(max)) for parameter \(maxName) is invalid. It must be between \(limits.lowerBound) and \(limits.upperBound).")
            }
            end = min(all.count, start + max)
        }
        items = Array(all[start..<end])
        nextToken = end < all.count ? "page-\(end)" : nil
    }
}
