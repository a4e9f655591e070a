import Foundation
import HTTPTypes
import Hummingbird
import PosternDomain

/// A request to one of the API's paths with a method the document does not give it is
/// answered 405 with the methods it has (`Allow`), before anything else: not a 404, which
/// would say the path does not exist.
struct MethodNotAllowed<Context: RequestContext>: RouterMiddleware {
    /// Each path of the document as a pattern, with its methods.
    let routes: [(pattern: NSRegularExpression, methods: Set<String>)]

    init(document: Data) {
        routes = OpenAPIDocument.paths(document).compactMap { path, methods in
            let pattern = path.split(separator: "/", omittingEmptySubsequences: false).map { segment in
                NSRegularExpression.escapedPattern(for: String(segment)).replacingOccurrences(
                    of: #"\\\{[A-Za-z]+\\\}|\{[A-Za-z]+\}"#, with: "[^/:]+", options: .regularExpression)
            }.joined(separator: "/")
            return (try? NSRegularExpression(pattern: "^\(pattern)$")).map { ($0, methods) }
        }
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let path = request.uri.path
        let range = NSRange(path.startIndex..., in: path)
        var allowed: Set<String> = []
        for route in routes where route.pattern.firstMatch(in: path, range: range) != nil { allowed.formUnion(route.methods) }
        if allowed.contains("GET") { allowed.insert("HEAD") }
        guard !allowed.isEmpty, !allowed.contains(request.method.rawValue) else { return try await next(request, context) }
        var response = ErrorBody.response(APIError(
            status: 405, code: 12,
            message: "\(request.method.rawValue) is not a method of \(path): use \(allowed.sorted().joined(separator: ", "))."))
        response.headers[.allow] = allowed.sorted().joined(separator: ", ")
        return response
    }
}
