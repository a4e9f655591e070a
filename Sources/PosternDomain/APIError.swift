/// An error the API answers with: an HTTP status, TiDB Cloud's `code` (the gRPC status code)
/// and a message that names the problem and, where there is one, the fix.
public struct APIError: Error, Sendable, Equatable, CustomStringConvertible {
    public let status: Int
    public let code: Int
    public let message: String

    public init(status: Int, code: Int, message: String) {
        self.status = status
        self.code = code
        self.message = message
    }

    public var description: String { message }

    public static func invalidArgument(_ message: String) -> APIError { APIError(status: 400, code: 3, message: message) }
    public static func notFound(_ message: String) -> APIError { APIError(status: 404, code: 5, message: message) }
    public static func alreadyExists(_ message: String) -> APIError { APIError(status: 409, code: 6, message: message) }
    public static func permissionDenied(_ message: String) -> APIError { APIError(status: 403, code: 7, message: message) }
    public static func failedPrecondition(_ message: String) -> APIError { APIError(status: 400, code: 9, message: message) }
    public static func unauthenticated(_ message: String) -> APIError { APIError(status: 401, code: 16, message: message) }
    public static func internalError(_ message: String) -> APIError { APIError(status: 500, code: 13, message: message) }
    public static func unavailable(_ message: String) -> APIError { APIError(status: 503, code: 14, message: message) }
    public static func unimplemented(_ message: String) -> APIError { APIError(status: 501, code: 12, message: message) }
}
