import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import PosternAWS

/// The embedded cloud's HTTP front: every service on one port, each request routed by the
/// service its SigV4 credential scope names (as awscli sends them all to one `--endpoint-url`),
/// read and answered in that service's protocol; Alibaba Cloud's requests (ACS3-signed, with
/// `x-acs-action`) go to its own front.
public struct CloudResponder: HTTPResponder {
    public typealias Context = BasicRequestContext
    let cloud: EmbeddedCloud

    public init(cloud: EmbeddedCloud) { self.cloud = cloud }

    public func respond(to request: Request, context: Context) async throws -> Response {
        var request = request
        let requestID = CloudID.requestID()
        let body = try await request.collectBody(upTo: 16 * 1024 * 1024)
        let bytes = Array(body.readableBytesView)
        var headers: [String: String] = [:]
        for field in request.headers { headers[field.name.canonicalName] = field.value }
        // HTTP/1's Host header arrives as the request's authority.
        if headers["host"] == nil, let authority = request.head.authority { headers["host"] = authority }
        if AlibabaResponder.claims(headers: headers, query: request.uri.query ?? "") {
            return await AlibabaResponder(cloud: cloud).respond(
                method: request.method.rawValue, path: request.uri.path, query: request.uri.query ?? "", headers: headers, body: bytes)
        }

        let authorization = headers["authorization"].flatMap(SigV4.parseAuthorization)
        // STS's web identity call is the one AWS takes unsigned: its token is the proof.
        let unsignedAction = authorization == nil ? FormParameters(encoded: String(decoding: bytes, as: UTF8.self))["Action"] : nil
        guard authorization != nil || unsignedAction.map(STS.unsignedOperations.contains) == true else {
            return plainError(
                AWSServiceError(
                    "MissingAuthenticationToken",
                    "Request is missing Authentication Token: sign it with SigV4 (awscli and the AWS SDKs do). The access key id picks the account: 12 digits is that account, anything else the default customer account 000000000000.",
                    status: 403), requestID: requestID)
        }
        let signingService = authorization?.service ?? CloudService.sts.rawValue
        guard let service = CloudService(rawValue: signingService) else {
            return plainError(
                AWSServiceError(
                    "UnknownService",
                    "The embedded cloud serves ec2, elasticloadbalancing, route53, sts and monitoring (CloudWatch); the request is signed for '\(signingService)'.",
                    status: 400), requestID: requestID)
        }
        let encoder = XMLResponseEncoder(model: service.model)
        func failure(_ error: AWSServiceError) -> Response {
            respond(status: error.status, body: encoder.encodeError(error, requestID: requestID), requestID: requestID, service: service)
        }
        let regionName = authorization?.region ?? Region.all[0].name
        guard let region = Region.named(regionName) ?? (service == .route53 || service == .sts ? Region.all[0] : nil) else {
            return failure(AWSServiceError(
                "InvalidClientTokenId",
                "The embedded cloud has no region '\(regionName)'; it has \(Region.all.map(\.name).joined(separator: ", ")). Pass --region or set AWS_DEFAULT_REGION."))
        }
        if let authorization, cloud.configuration.verifiesSignatures {
            let signed = SigV4.Request(
                method: request.method.rawValue, path: request.uri.path, query: request.uri.query ?? "", headers: headers, body: bytes)
            guard let secret = await cloud.secret(accessKeyID: authorization.accessKeyID) else {
                return failure(AWSServiceError(
                    service == .ec2 ? "AuthFailure" : "InvalidClientTokenId",
                    "The security token included in the request is invalid: the access key \(authorization.accessKeyID) is not in \(cloud.credentials.file.path).",
                    status: service == .ec2 ? 401 : 403))
            }
            guard SigV4.verify(signed, authorization: authorization, secretAccessKey: secret) else {
                return failure(AWSServiceError(
                    "SignatureDoesNotMatch",
                    "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.",
                    status: 403))
            }
        }
        let accessKeyID = authorization?.accessKeyID ?? ""
        let account = await cloud.identity(accessKeyID: accessKeyID).account
        let pause = cloud.configuration.faults.pause(account: account)
        if pause > 0 { try? await Task.sleep(for: .seconds(pause)) }
        let fault = cloud.configuration.faults.draw(account: account)
        switch fault {
        case .throttle: return failure(Self.throttling(service))
        case .error:
            return failure(AWSServiceError("InternalError", "An internal error has occurred (a fault the embedded cloud was asked to inject).", status: 500, isSenderFault: false))
        case .loseResponse, nil: break
        }
        do {
            let (operation, input) = try decode(request: request, headers: headers, body: bytes, service: service)
            let output = try await cloud.perform(
                service: service, operation: operation, input: input, accessKeyID: accessKeyID, region: region)
            if fault == .loseResponse { return Self.lostResponse() }
            let encoded = encoder.encode(output, operation: operation, requestID: requestID)
            return respond(status: encoded.status, body: encoded.body, requestID: requestID, service: service, extra: encoded.headers)
        } catch let error as AWSServiceError {
            return failure(error)
        } catch {
            return failure(AWSServiceError("InternalError", "The embedded cloud failed: \(error)", status: 500, isSenderFault: false))
        }
    }

    /// Each service's own answer when it throttles a caller.
    static func throttling(_ service: CloudService) -> AWSServiceError {
        switch service {
        case .ec2: AWSServiceError("RequestLimitExceeded", "Request limit exceeded.", status: 503, isSenderFault: false)
        case .route53: AWSServiceError("Throttling", "Rate exceeded", status: 400)
        case .elbv2, .sts, .cloudWatch: AWSServiceError("Throttling", "Rate exceeded", status: 400)
        }
    }

    /// A response that never arrives: its head goes out and the connection is then dropped
    /// before a byte of its body, so the caller cannot know whether its change was made.
    static func lostResponse() -> Response {
        var fields = HTTPFields()
        fields[.contentType] = "text/xml"
        fields[.contentLength] = "1024"
        return Response(status: .ok, headers: fields, body: ResponseBody { _ in throw LostResponse() })
    }

    struct LostResponse: Error {}

    private func decode(request: Request, headers: [String: String], body: [UInt8], service: CloudService) throws -> (String, AWSValue) {
        let model = service.model
        let query = FormParameters(encoded: request.uri.query ?? "")
        if model.metadata.protocol == "rest-xml" {
            let router = RESTRouter(model: model)
            guard let (operation, labels) = router.match(method: request.method.rawValue, path: request.uri.path) else {
                throw AWSServiceError(
                    "InvalidAction", "No \(model.metadata.serviceId) operation answers \(request.method.rawValue) \(request.uri.path).", status: 404)
            }
            return (operation, try router.input(operation: operation, labels: labels, query: query, headers: headers, body: body))
        }
        var parameters = query
        if !body.isEmpty {
            parameters.pairs += FormParameters(encoded: String(decoding: body, as: UTF8.self)).pairs
        }
        guard let action = parameters["Action"] else {
            throw AWSServiceError("MissingAction", "The request must contain the parameter Action.")
        }
        guard let operation = model.operations[action] else {
            throw AWSServiceError.invalidAction(action, service: model.metadata.serviceId)
        }
        guard let shape = operation.input?.shape else { return (action, .structure([:])) }
        return (action, try QueryDecoder(model: model).decode(parameters, shape: shape))
    }

    private func respond(status: Int, body: String, requestID: String, service: CloudService, extra: [String: String] = [:]) -> Response {
        var fields = HTTPFields()
        fields[.contentType] = "text/xml"
        fields[HTTPField.Name("x-amzn-RequestId")!] = requestID
        for (name, value) in extra { if let field = HTTPField.Name(name) { fields[field] = value } }
        return Response(
            status: HTTPResponse.Status(code: status), headers: fields,
            body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }

    /// An error before the service is known: in the generic Query error shape.
    private func plainError(_ error: AWSServiceError, requestID: String) -> Response {
        let encoder = XMLResponseEncoder(model: .sts)
        return respond(status: error.status, body: encoder.encodeError(error, requestID: requestID), requestID: requestID, service: .sts)
    }
}
