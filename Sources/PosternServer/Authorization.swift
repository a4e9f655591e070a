import HTTPTypes
import OpenAPIRuntime
import PosternDomain

/// Checks every operation against `Permissions` before its handler runs.
struct Authorization: ServerMiddleware {
    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, metadata: ServerRequestMetadata, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        let caller = try Principal.require()
        guard Permissions.allows(caller.role, operationID) else { throw Permissions.refusal(caller.role, operationID) }
        return try await next(request, body, metadata)
    }
}
