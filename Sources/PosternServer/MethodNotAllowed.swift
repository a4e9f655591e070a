import Foundation
import HTTPTypes
import Hummingbird
import PosternDomain

/// A request to one of the API's paths with a method the document does not give it is
/// answered 405 with the methods it has (`Allow`), before anything else: not a 404, which
/// would say the path does not exist.
struct MethodNotAllowed<Context: RequestContext>: RouterMiddleware {
    /// The document's paths by their number of segments, each with its methods.
    let routes: [Int: [(template: PathTemplate, methods: Set<String>)]]

    init(document: Data) {
        var routes: [Int: [(template: PathTemplate, methods: Set<String>)]] = [:]
        for (path, methods) in OpenAPIDocument.paths(document) {
            let template = PathTemplate(path)
            routes[template.segments.count, default: []].append((template, methods))
        }
        self.routes = routes
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let path = request.uri.path
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        var allowed: Set<String> = []
        for route in routes[segments.count] ?? [] where route.template.matches(segments) { allowed.formUnion(route.methods) }
        if allowed.contains("GET") { allowed.insert("HEAD") }
        guard !allowed.isEmpty, !allowed.contains(request.method.rawValue) else { return try await next(request, context) }
        var response = ErrorBody.response(APIError(
            status: 405, code: 12,
            message: "\(request.method.rawValue) is not a method of \(path): use \(allowed.sorted().joined(separator: ", "))."))
        response.headers[.allow] = allowed.sorted().joined(separator: ", ")
        return response
    }
}

/// A path of the document, `/v1beta1/clusters/{clusterId}:detachDomains` say, matched segment
/// by segment: a `{parameter}` stands for one or more characters other than `/` and `:`.
struct PathTemplate: Sendable {
    enum Piece: Sendable, Equatable { case literal(String), parameter }
    let segments: [[Piece]]

    init(_ path: String) {
        segments = path.split(separator: "/", omittingEmptySubsequences: false).map { segment in
            var pieces: [Piece] = []
            var rest = Substring(segment)
            while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
                if open > rest.startIndex { pieces.append(.literal(String(rest[..<open]))) }
                pieces.append(.parameter)
                rest = rest[rest.index(after: close)...]
            }
            if !rest.isEmpty || pieces.isEmpty { pieces.append(.literal(String(rest))) }
            return pieces
        }
    }

    func matches(_ path: [Substring]) -> Bool {
        guard path.count == segments.count else { return false }
        return zip(segments, path).allSatisfy { Self.match($0[...], $1) }
    }

    private static func match(_ pieces: ArraySlice<[Piece].Element>, _ text: Substring) -> Bool {
        guard let first = pieces.first else { return text.isEmpty }
        switch first {
        case .literal(let literal):
            return text.hasPrefix(literal) && match(pieces.dropFirst(), text.dropFirst(literal.count))
        case .parameter:
            var end = text.startIndex
            while end < text.endIndex, text[end] != "/", text[end] != ":" {
                end = text.index(after: end)
                if match(pieces.dropFirst(), text[end...]) { return true }
            }
            return false
        }
    }
}
