import Foundation

extension AWSClient {
    /// The tokens a paged operation takes and gives back, as the models name them: EC2's and
    /// most services' `NextToken`, ELBv2's `Marker`/`NextMarker`, Route 53's record and zone cursors.
    static let cursors: [[(input: String, output: String)]] = [
        [("NextToken", "NextToken")],
        [("Marker", "NextMarker")],
        [("StartRecordName", "NextRecordName"), ("StartRecordType", "NextRecordType"), ("StartRecordIdentifier", "NextRecordIdentifier")],
        [("DNSName", "NextDNSName"), ("HostedZoneId", "NextHostedZoneId")],
    ]
    static let maxPages = 1000

    /// Every page of a paged operation, following its cursor to the end (at most 1,000 pages).
    /// An operation that is not paged answers one page.
    public func pages(_ model: ServiceModel, _ operation: String, _ input: AWSValue = .structure([:]), region: String) async throws
        -> [AWSValue]
    {
        let inputMembers = model.operations[operation]?.input.flatMap { model.shapes[$0.shape]?.members } ?? [:]
        let outputMembers = model.operations[operation]?.output.flatMap { model.shapes[$0.shape]?.members } ?? [:]
        let cursor = Self.cursors.first { pairs in
            inputMembers[pairs[0].input] != nil && outputMembers[pairs[0].output] != nil
        }
        var pages: [AWSValue] = []
        var request = input
        var seen: Set<String> = []
        for _ in 0..<Self.maxPages {
            let page = try await call(model, operation, request, region: region)
            pages.append(page)
            guard let cursor, let next = page[cursor[0].output]?.string, !next.isEmpty, page["IsTruncated"]?.bool != false else { break }
            let key = cursor.compactMap { page[$0.output]?.string }.joined(separator: "\u{1}")
            guard seen.insert(key).inserted, case .structure(var members) = request else { break }
            for pair in cursor {
                members[pair.input] = page[pair.output]
            }
            request = .structure(members)
        }
        return pages
    }

    /// A paged operation's answer with every page's lists joined, as one answer.
    public func callAll(_ model: ServiceModel, _ operation: String, _ input: AWSValue = .structure([:]), region: String) async throws
        -> AWSValue
    {
        let pages = try await pages(model, operation, input, region: region)
        var joined: [String: AWSValue] = [:]
        for page in pages {
            for (name, value) in page.members {
                if case .list(let items) = value, case .list(let earlier)? = joined[name] {
                    joined[name] = .list(earlier + items)
                } else {
                    joined[name] = value
                }
            }
        }
        return .structure(joined)
    }
}
