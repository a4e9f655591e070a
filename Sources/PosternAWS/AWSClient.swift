import Foundation

/// A client of any AWS service whose model Postern carries, layered as the AWS SDKs are: the
/// endpoint resolver says where a service is and which region it signs for, the credential
/// provider gives (and refreshes) keys, the request is written in the service's protocol and
/// signed with SigV4, and the retry strategy decides whether a failure is tried again. A
/// client token the operation takes is filled in once per call, so a retry after a lost
/// answer makes nothing twice; other changes are not sent again once they may have arrived
/// (their callers find before they make).
public struct AWSClient: Sendable {
    /// Nil for unsigned calls (STS's AssumeRoleWithWebIdentity).
    public let credentials: (any CredentialProvider)?
    public let endpoints: AWSEndpointResolver
    public let retry: RetryStrategy
    public let transport: HTTPTransport
    /// How long one attempt may take before it fails.
    public let timeout: TimeInterval

    public init(
        credentials: (any CredentialProvider)?, endpoints: AWSEndpointResolver, retry: RetryStrategy = RetryStrategy(),
        transport: HTTPTransport = .shared, timeout: TimeInterval = 30
    ) {
        self.credentials = credentials
        self.endpoints = endpoints
        self.retry = retry
        self.transport = transport
        self.timeout = timeout
    }

    /// Fixed keys, and every service at `endpoint` (the embedded cloud, moto) or at AWS's own hosts.
    public init(credentials: AWSCredentials, endpoint: URL? = nil, retry: RetryStrategy = RetryStrategy(), timeout: TimeInterval = 30) {
        self.init(
            credentials: StaticCredentialProvider(credentials), endpoints: endpoint.map(AWSEndpointResolver.single) ?? AWSEndpointResolver(),
            retry: retry, timeout: timeout)
    }

    public func call(_ model: ServiceModel, _ operation: String, _ input: AWSValue = .structure([:]), region: String) async throws -> AWSValue {
        guard let op = model.operations[operation] else {
            throw AWSServiceError("InvalidAction", "\(model.metadata.serviceId) has no operation \(operation) in Postern's model.")
        }
        var input = input
        let replayable = Self.isReadOnly(operation) || Self.fillClientToken(&input, model: model, op: op)
        let endpoint = endpoints.resolve(model, region: region)
        var attempt = 1
        var lastError: (any Error)?
        let started = ContinuousClock.now
        while true {
            do {
                let output = try await attemptOnce(model, op, input, endpoint: endpoint)
                retry.succeeded(afterAttempts: attempt, lastError: lastError)
                CloudCallMetrics.record(model, operation, result: "ok", since: started)
                return output
            } catch {
                guard let wait = retry.delay(after: error, attempt: attempt, replayable: replayable) else {
                    CloudCallMetrics.record(model, operation, result: CloudCallMetrics.code(of: error), since: started)
                    throw error
                }
                lastError = error
                attempt += 1
                try await Task.sleep(for: .milliseconds(Int(wait * 1000)))
            }
        }
    }

    private func attemptOnce(_ model: ServiceModel, _ op: ServiceModel.Operation, _ input: AWSValue, endpoint: AWSEndpointResolver.Endpoint)
        async throws -> AWSValue
    {
        var request = try Self.request(model, op, input, base: endpoint.url)
        if let credentials {
            let keys = try await credentials.fetch()
            SigV4.sign(
                &request, accessKeyID: keys.accessKeyID, secretAccessKey: keys.secretAccessKey, sessionToken: keys.sessionToken,
                region: endpoint.signingRegion, service: model.metadata.signingName ?? model.metadata.endpointPrefix, now: Date())
        }
        let target = Self.origin(of: endpoint.url) + request.path + (request.query.isEmpty ? "" : "?" + request.query)
        let headers = request.headers.filter { $0.key != "host" }.map { ($0.key, $0.value) }
        let reply = try await transport.send(request.method, target, headers: headers, body: request.body, timeout: timeout)
        guard (200..<300).contains(reply.status) else { throw Self.error(status: reply.status, body: Data(reply.body)) }
        var replyHeaders: [String: String] = [:]
        for (name, value) in reply.headers { replyHeaders[name] = value }
        return try Self.output(model, op, body: Data(reply.body), headers: replyHeaders)
    }

    /// `scheme://host[:port]` of a URL, without its path.
    static func origin(of url: URL) -> String {
        var origin = "\(url.scheme ?? "https")://\(url.host.map { $0.contains(":") && !$0.hasPrefix("[") ? "[\($0)]" : $0 } ?? "")"
        if let port = url.port { origin += ":\(port)" }
        return origin
    }

    /// Reads change nothing: they are always safe to send again.
    static func isReadOnly(_ operation: String) -> Bool {
        ["Describe", "List", "Get"].contains { operation.hasPrefix($0) }
    }

    /// Fills an empty `ClientToken` member the operation takes, as the SDKs fill idempotency
    /// tokens; returns whether the call carries one (so a retry is the same request).
    static func fillClientToken(_ input: inout AWSValue, model: ServiceModel, op: ServiceModel.Operation) -> Bool {
        guard let shape = op.input.map({ model.shape($0.shape) }), let members = shape.members,
            let token = members.first(where: { $0.value.idempotencyToken == true || $0.key == "ClientToken" })?.key
        else { return false }
        guard case .structure(var values) = input else { return false }
        if values[token]?.string?.isEmpty ?? true { values[token] = .string(UUID().uuidString.lowercased()) }
        input = .structure(values)
        return true
    }

    static func request(_ model: ServiceModel, _ op: ServiceModel.Operation, _ input: AWSValue, base: URL) throws -> SigV4.Request {
        var host = base.host ?? ""
        if let port = base.port { host += ":\(port)" }
        let basePath = base.path == "/" ? "" : base.path
        guard model.metadata.protocol == "rest-xml" else {
            let body = QueryEncoder(model: model).encode(input, operation: op.name).encoded
            return SigV4.Request(
                method: "POST", path: basePath + "/",
                headers: ["host": host, "content-type": "application/x-www-form-urlencoded; charset=utf-8"], body: Array(body.utf8))
        }
        let parts = op.http.requestUri.split(separator: "?", maxSplits: 1)
        var path = String(parts[0])
        var query = FormParameters(parts.count > 1 ? FormParameters(encoded: String(parts[1])).pairs : [])
        var headers = ["host": host]
        var hasBody = false
        let shape = op.input.map { model.shape($0.shape) }
        for (member, ref) in shape?.members ?? [:] {
            guard let value = input[member] else { continue }
            let name = ref.locationName ?? member
            let text = XMLShapeWriter(model: model).scalarText(value)
            switch ref.location {
            case "uri":
                let encoded = FormParameters.encode(text)
                path = path.replacingOccurrences(of: "{\(name)}", with: encoded).replacingOccurrences(of: "{\(name)+}", with: encoded)
            case "querystring": query.append(name, text)
            case "header": headers[name.lowercased()] = text
            default: hasBody = true
            }
        }
        var body: [UInt8] = []
        if hasBody, let ref = op.input {
            var xml = XMLWriter()
            let root = ref.locationName ?? ref.shape
            xml.open(root, namespace: ref.xmlNamespace?.uri)
            XMLShapeWriter(model: model).writeMembers(input, shape: ref.shape, into: &xml)
            xml.close(root)
            body = Array(xml.text.utf8)
            headers["content-type"] = "text/xml"
        }
        return SigV4.Request(method: op.http.method, path: basePath + path, query: query.encoded, headers: headers, body: body)
    }

    static func output(_ model: ServiceModel, _ op: ServiceModel.Operation, body: Data, headers: [String: String]) throws -> AWSValue {
        guard let ref = op.output else { return .structure([:]) }
        var members: [String: AWSValue] = [:]
        if !body.isEmpty {
            var node = try XMLNode.parse(body)
            if model.metadata.protocol == "query", let wrapper = ref.resultWrapper {
                guard let result = node.child(wrapper) else { return .structure([:]) }
                node = result
            }
            members = try XMLValueDecoder(model: model).decode(node, shape: ref.shape).members
        }
        for (member, memberRef) in model.shape(ref.shape).members ?? [:] where memberRef.location == "header" {
            if let value = headers[(memberRef.locationName ?? member).lowercased()] { members[member] = .string(value) }
        }
        return .structure(members)
    }

    /// AWS's error from an answer's body: EC2's `Response/Errors/Error`, the others'
    /// `ErrorResponse/Error`; anything else (an HTML page, nothing) keeps its HTTP status.
    static func error(status: Int, body: Data) -> AWSServiceError {
        if let root = try? XMLNode.parse(body), let error = root.name == "Error" ? root : root.descendant("Error"),
            let code = error.child("Code")?.text
        {
            return AWSServiceError(code, error.child("Message")?.text ?? "", status: status, isSenderFault: status < 500)
        }
        let text = String(decoding: body.prefix(300), as: UTF8.self)
        return AWSServiceError("HTTP\(status)", "The service answered HTTP \(status): \(text)", status: status, isSenderFault: status < 500)
    }
}
