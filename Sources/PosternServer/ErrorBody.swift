import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import OpenAPIRuntime
import PosternDomain

/// TiDB Cloud's error body, `{"code": …, "message": …, "details": []}`.
enum ErrorBody {
    static func json(_ error: APIError) -> Data {
        let body: [String: Any] = ["code": error.code, "message": error.message, "details": [Any]()]
        return (try? JSONSerialization.data(withJSONObject: body, options: [.sortedKeys])) ?? Data()
    }

    static func response(_ error: APIError) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        return Response(
            status: HTTPResponse.Status(code: error.status), headers: headers,
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: json(error))))
    }

    /// What a thrown error says to the client: an `APIError` as it is; the runtime's own
    /// errors on bad input (an unknown enum value, a malformed body or parameter) as 400s.
    static func apiError(from error: any Error) -> APIError {
        if let error = error as? APIError { return error }
        if let error = error as? ServerError {
            if let underlying = error.underlyingError as? APIError { return underlying }
            if error.underlyingError is DecodingError {
                return .invalidArgument(
                    "The request is not valid: \(describe(error.underlyingError)). /openapi.yaml gives every field's and parameter's type.")
            }
            if (400..<500).contains(error.httpStatus.code) {
                let status = error.httpStatus
                return APIError(status: status.code, code: 3, message: "The request is not valid: \(error.causeDescription)")
            }
            return .internalError("Postern failed: \(describe(error.underlyingError))")
        }
        return .internalError("Postern failed: \(describe(error))")
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context), DecodingError.typeMismatch(_, let context),
            DecodingError.valueNotFound(_, let context):
            let path = context.codingPath.map(\.stringValue).filter { !$0.isEmpty }.joined(separator: ".")
            return path.isEmpty ? context.debugDescription : "\(path): \(context.debugDescription)"
        case DecodingError.keyNotFound(let key, let context):
            let path = (context.codingPath.map(\.stringValue) + [key.stringValue]).joined(separator: ".")
            return "\(path) is required"
        default:
            return String(describing: error)
        }
    }
}

/// Turns whatever a handler or the runtime throws into TiDB Cloud's error body: never a bare 500.
struct ErrorMiddleware: ServerMiddleware {
    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, metadata: ServerRequestMetadata, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        do {
            return try await next(request, body, metadata)
        } catch {
            let apiError = ErrorBody.apiError(from: error)
            var response = HTTPResponse(status: .init(code: apiError.status))
            response.headerFields[.contentType] = "application/json"
            return (response, HTTPBody(ErrorBody.json(apiError)))
        }
    }
}
