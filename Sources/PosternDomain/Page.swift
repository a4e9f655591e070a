/// `pageSize` and `pageToken` as TiDB Cloud's list operations take them.
public struct PageRequest: Sendable, Equatable {
    public let offset: Int
    public let size: Int

    /// `pageSize` 1 to `maximum` (default `defaultSize`); `pageToken` from a previous page.
    public init(pageSize: Int?, pageToken: String?, defaultSize: Int = 10, maximum: Int = 100) throws(APIError) {
        if let pageSize, !(1...maximum).contains(pageSize) {
            throw .invalidArgument("pageSize \(pageSize) is out of range: use 1 to \(maximum).")
        }
        size = pageSize ?? defaultSize
        if let pageToken, !pageToken.isEmpty {
            guard pageToken.hasPrefix("p"), let offset = Int(pageToken.dropFirst()), offset >= 0 else {
                throw .invalidArgument("pageToken '\(pageToken)' is invalid: pass the nextPageToken of the previous page.")
            }
            self.offset = offset
        } else {
            offset = 0
        }
    }

    private init(offset: Int, size: Int) {
        self.offset = offset
        self.size = size
    }

    /// The same page, `count` items further on.
    public func skipping(_ count: Int) -> PageRequest { PageRequest(offset: offset + max(0, count), size: size) }

    /// The token of the page after this one, if `total` items go beyond it.
    public func nextToken(total: Int) -> String? { offset + size < total ? "p\(offset + size)" : nil }
}
