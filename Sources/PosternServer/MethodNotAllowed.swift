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
        var routes: [(NSRegularExpression, Set<String>)] = []
        var path: String?
        var methods: Set<String> = []
        func close() {
            guard let path, !methods.isEmpty else { return }
            let pattern = path.split(separator: "/", omittingEmptySubsequences: false).map { segment in
                NSRegularExpression.escapedPattern(for: String(segment)).replacingOccurrences(
                    of: #"\\\{[A-Za-z]+\\\}|\{[A-Za-z]+\}"#, with: "[^/:]+", options: .regularExpression)
            }.joined(separator: "/")
            if let regex = try? NSRegularExpression(pattern: "^\(pattern)$") { routes.append((regex, methods)) }
        }
        var inPaths = false
        for line in String(decoding: document, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false) {
            if line == "paths:" { inPaths = true; continue }
            guard inPaths else { continue }
            if !line.hasPrefix(" "), !line.isEmpty { break }
            if line.hasPrefix("  /"), line.hasSuffix(":"), !line.hasPrefix("   ") {
                close()
                path = String(line.dropFirst(2).dropLast())
                methods = []
            } else if line.hasPrefix("    "), !line.hasPrefix("     "), line.hasSuffix(":") {
                let name = line.trimmingCharacters(in: .whitespaces).dropLast().uppercased()
                if ["GET", "POST", "PUT", "PATCH", "DELETE"].contains(name) { methods.insert(String(name)) }
            }
        }
        close()
        self.routes = routes
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
