import Foundation

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A client of any AWS service whose model Postern carries: it writes the request in the
/// service's protocol, signs it with SigV4, sends it, and reads the answer (or AWS's error)
/// back into an `AWSValue`. It never retries: callers keep their own backoff.
public struct AWSClient: Sendable {
    public let credentials: AWSCredentials
    /// Where every service is reached (the embedded cloud, moto); nil for AWS's own endpoints.
    public let endpoint: URL?
    public let session: URLSession
    /// How long one call may take before it fails.
    public let timeout: TimeInterval

    public init(credentials: AWSCredentials, endpoint: URL? = nil, session: URLSession = .shared, timeout: TimeInterval = 30) {
        self.credentials = credentials
        self.endpoint = endpoint
        self.session = session
        self.timeout = timeout
    }

    public func call(_ model: ServiceModel, _ operation: String, _ input: AWSValue = .structure([:]), region: String) async throws -> AWSValue {
        guard let op = model.operations[operation] else {
            throw AWSServiceError("InvalidAction", "\(model.metadata.serviceId) has no operation \(operation) in Postern's model.")
        }
        let signingRegion = model.metadata.globalEndpoint != nil && model.metadata.protocol == "rest-xml" ? "us-east-1" : region
        let base = endpoint ?? Self.endpoint(of: model, region: region)
        var request = try Self.request(model, op, input, base: base)
        SigV4.sign(
            &request, accessKeyID: credentials.accessKeyID, secretAccessKey: credentials.secretAccessKey,
            sessionToken: credentials.sessionToken, region: signingRegion, service: model.metadata.endpointPrefix, now: Date())

        var components = URLComponents(url: base, resolvingAgainstBaseURL: false)!
        components.percentEncodedPath = request.path
        components.percentEncodedQuery = request.query.isEmpty ? nil : request.query
        var urlRequest = URLRequest(url: components.url!, timeoutInterval: timeout)
        urlRequest.httpMethod = request.method
        for (name, value) in request.headers where name != "host" { urlRequest.setValue(value, forHTTPHeaderField: name) }
        urlRequest.httpBody = request.body.isEmpty ? nil : Data(request.body)
        // Detached, so cancelling the caller never cancels the transfer: FoundationNetworking
        // can deadlock when a task is cancelled while its response completes. The timeout bounds it.
        let session = self.session, signed = urlRequest
        let (data, response) = try await Task.detached { try await session.data(for: signed) }.value
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
        guard (200..<300).contains(status) else { throw Self.error(status: status, body: data) }
        var headers: [String: String] = [:]
        for (name, value) in (response as? HTTPURLResponse)?.allHeaderFields ?? [:] {
            if let name = name as? String, let value = value as? String { headers[name.lowercased()] = value }
        }
        return try Self.output(model, op, body: data, headers: headers)
    }

    static func endpoint(of model: ServiceModel, region: String) -> URL {
        if model.metadata.protocol == "rest-xml", let global = model.metadata.globalEndpoint {
            return URL(string: "https://\(global)")!
        }
        return URL(string: "https://\(model.metadata.endpointPrefix).\(region).amazonaws.com")!
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
            // Without it URLSession would label the body a form, and a Query parser would take it.
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
