import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import PosternAlibaba

/// The embedded cloud's Alibaba Cloud front, on the port its AWS API answers: RPC requests
/// (`POST /`, parameters in the query and a form body), the product and action named by
/// `x-acs-version` / `x-acs-action` (or the legacy `Version` / `Action` parameters), signed
/// with ACS3-HMAC-SHA256 or the legacy HMAC-SHA1; JSON answers, and Alibaba's error body.
struct AlibabaResponder {
    let cloud: EmbeddedCloud

    /// Whether a request is Alibaba Cloud's rather than AWS's.
    static func claims(headers: [String: String], query: String) -> Bool {
        headers["x-acs-action"] != nil || headers["x-acs-version"] != nil || headers["authorization"]?.hasPrefix(ACS3Signature.algorithm) == true
            || (query.contains("SignatureMethod=") && query.contains("Signature="))
    }

    func respond(method: String, path: String, query: String, headers: [String: String], body: [UInt8]) async -> Response {
        let requestID = CloudID.requestID().uppercased()
        let host = headers["host"] ?? "127.0.0.1"
        func failure(_ error: AlibabaServiceError) -> Response {
            let body: AlibabaJSON = ["RequestId": .string(requestID), "HostId": .string(host), "Code": .string(error.code), "Message": .string(error.message)]
            var extra: [String: String] = [:]
            if let after = error.retryAfter { extra["x-acs-retry-after"] = String(Int(after * 1000)) }
            return Self.response(status: error.status, body: body, requestID: requestID, extra: extra)
        }
        let queryParameters = RPCParameters.parse(query)
        var parameters = queryParameters
        if !body.isEmpty, (headers["content-type"] ?? "").hasPrefix("application/x-www-form-urlencoded") {
            parameters.merge(RPCParameters.parse(String(decoding: body, as: UTF8.self))) { first, _ in first }
        }
        guard let action = headers["x-acs-action"] ?? parameters["Action"], !action.isEmpty else {
            return failure(AlibabaServiceError.missingParameter("Action"))
        }
        guard let version = headers["x-acs-version"] ?? parameters["Version"], !version.isEmpty else {
            return failure(AlibabaServiceError.missingParameter("Version"))
        }
        guard let api = AlibabaAPI(version: version) else {
            return failure(AlibabaServiceError(
                "InvalidVersion", "Specified parameter Version '\(version)' is not valid: the embedded cloud serves \(AlibabaAPI.versions)."))
        }
        let authorization = headers["authorization"].flatMap(ACS3Signature.Authorization.init)
        guard let accessKeyID = authorization?.accessKeyID ?? parameters["AccessKeyId"] else {
            return failure(AlibabaServiceError(
                "MissingAccessKeyId",
                "The request is not signed: sign it with an AccessKey (the official SDKs do). A 16-digit AccessKey id acts in that account; any other, in the default customer account \(AlibabaAccount.defaultCustomer)."))
        }
        if cloud.configuration.verifiesSignatures {
            guard let secret = cloud.alibabaCredentials.secret(accessKeyID: accessKeyID) else {
                return failure(AlibabaServiceError(
                    "InvalidAccessKeyId.NotFound", "Specified access key is not found: \(accessKeyID) is not in \(cloud.alibabaCredentials.file.path).", status: 404))
            }
            let signed: Bool
            if authorization != nil {
                let request = ACS3Signature.Request(method: method, path: path, query: queryParameters, headers: headers, body: Data(body))
                signed = ACS3Signature.verify(request, secret: secret)
            } else if let signature = parameters["Signature"] {
                var covered = parameters
                covered["Signature"] = nil
                let expected = RPCSignatureV2.signature(secret: secret, stringToSign: RPCSignatureV2.stringToSign(method: method, parameters: covered))
                signed = expected == signature
            } else {
                signed = false
            }
            guard signed else {
                return failure(AlibabaServiceError(
                    "SignatureDoesNotMatch",
                    "Specified signature is not matched with our calculation: check the AccessKey secret of \(accessKeyID) and that every x-acs-* header and host are signed."))
            }
        }
        let pause = cloud.configuration.faults.pause(account: AlibabaAccount.of(accessKeyID: accessKeyID))
        if pause > 0 { try? await Task.sleep(for: .seconds(pause)) }
        switch cloud.configuration.faults.draw(account: AlibabaAccount.of(accessKeyID: accessKeyID)) {
        case .throttle:
            return failure(AlibabaServiceError("Throttling.User", "Request was denied due to user flow control.", status: 400, retryAfter: 0.2))
        case .error:
            return failure(AlibabaServiceError(
                "InternalError", "The request processing has failed due to some unknown error (a fault the embedded cloud was asked to inject).", status: 500))
        case .loseResponse:
            _ = try? await cloud.performAlibaba(api: api, action: action, input: AlibabaInput(parameters), accessKeyID: accessKeyID)
            return CloudResponder.lostResponse()
        case nil: break
        }
        do {
            var output = try await cloud.performAlibaba(api: api, action: action, input: AlibabaInput(parameters), accessKeyID: accessKeyID)
            if case .object(var members) = output {
                members["RequestId"] = .string(requestID)
                output = .object(members)
            }
            return Self.response(status: 200, body: output, requestID: requestID)
        } catch let error as AlibabaServiceError {
            return failure(error)
        } catch {
            return failure(AlibabaServiceError("InternalError", "The embedded cloud failed: \(error)", status: 500))
        }
    }

    static func response(status: Int, body: AlibabaJSON, requestID: String, extra: [String: String] = [:]) -> Response {
        var fields = HTTPFields()
        fields[.contentType] = "application/json;charset=utf-8"
        fields[HTTPField.Name("x-acs-request-id")!] = requestID
        for (name, value) in extra { if let field = HTTPField.Name(name) { fields[field] = value } }
        return Response(status: HTTPResponse.Status(code: status), headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(bytes: body.data)))
    }
}
