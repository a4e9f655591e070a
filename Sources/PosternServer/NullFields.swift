import Foundation
import HTTPTypes
import OpenAPIRuntime
import PosternDomain

/// A JSON body's `null` is refused where the document does not allow one (`type: [..., 'null']`),
/// rather than read as if the field were absent: the client meant something, and should say
/// what (or leave the field out).
struct NullFields: ServerMiddleware {
    /// The properties the document lets be null.
    let nullable: Set<String>

    init(document: Data) { nullable = OpenAPIDocument.nullableProperties(document) }

    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, metadata: ServerRequestMetadata, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        guard let body, request.headerFields[.contentType]?.lowercased().hasPrefix("application/json") == true else {
            return try await next(request, body, metadata)
        }
        let data = try await Data(collecting: body, upTo: 4 << 20)
        if let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]), let path = firstNull(in: value, at: "") {
            throw APIError.invalidArgument("\(path) is null: leave it out, or give it a value of its type (/openapi.yaml gives each field's).")
        }
        return try await next(request, HTTPBody(data), metadata)
    }

    /// The path of the first null the document does not allow, if any.
    private func firstNull(in value: Any, at path: String) -> String? {
        if let object = value as? [String: Any] {
            for (key, member) in object.sorted(by: { $0.key < $1.key }) {
                let here = path.isEmpty ? key : "\(path).\(key)"
                if member is NSNull { if !nullable.contains(key) { return here } else { continue } }
                if let found = firstNull(in: member, at: here) { return found }
            }
        } else if let array = value as? [Any] {
            for (index, member) in array.enumerated() {
                if member is NSNull { return "\(path)[\(index)]" }
                if let found = firstNull(in: member, at: "\(path)[\(index)]") { return found }
            }
        } else if value is NSNull {
            return path.isEmpty ? "The body" : path
        }
        return nil
    }
}
