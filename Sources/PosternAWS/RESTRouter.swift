import Foundation

/// Finds the REST-XML operation a request names (Route 53's `POST /2013-04-01/hostedzone/{Id}/rrset/`)
/// and reads its input from the URI, the query string, the headers and the XML body.
public struct RESTRouter: Sendable {
    public let model: ServiceModel
    private let routes: [Route]

    private struct Route: Sendable {
        let operation: String
        let method: String
        let segments: [Segment]
    }

    private enum Segment: Sendable {
        case literal(String)
        case label(String)
    }

    public init(model: ServiceModel) {
        self.model = model
        routes = model.operations.values.map { op in
            let path = op.http.requestUri.split(separator: "?", maxSplits: 1)[0]
            let segments = path.split(separator: "/").map { part -> Segment in
                part.hasPrefix("{") ? .label(String(part.dropFirst().dropLast()).replacingOccurrences(of: "+", with: ""))
                    : .literal(String(part))
            }
            return Route(operation: op.name, method: op.http.method, segments: segments)
        }
        .sorted { $0.segments.count > $1.segments.count }
    }

    public func match(method: String, path: String) -> (operation: String, labels: [String: String])? {
        let parts = path.split(separator: "/").map { String($0).removingPercentEncoding ?? String($0) }
        for route in routes where route.method == method && route.segments.count == parts.count {
            var labels: [String: String] = [:]
            var matched = true
            for (segment, part) in zip(route.segments, parts) {
                switch segment {
                case .literal(let literal) where literal == part: continue
                case .label(let name): labels[name] = part
                default: matched = false
                }
                if !matched { break }
            }
            if matched { return (route.operation, labels) }
        }
        return nil
    }

    public func input(
        operation: String, labels: [String: String], query: FormParameters, headers: [String: String], body: [UInt8]
    ) throws(AWSServiceError) -> AWSValue {
        guard let ref = model.operations[operation]?.input else { return .structure([:]) }
        let shape = model.shape(ref.shape)
        var members: [String: AWSValue] = [:]
        let hasBody = (shape.members ?? [:]).values.contains { $0.location == nil }
        if hasBody, !body.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            let root = try XMLNode.parse(Data(body))
            members = try XMLValueDecoder(model: model).decode(root, shape: ref.shape).members
        }
        for (member, memberRef) in shape.members ?? [:] {
            let name = memberRef.locationName ?? member
            let text: String?
            switch memberRef.location {
            case "uri": text = labels[name]
            case "querystring": text = query[name]
            case "header": text = headers[name.lowercased()]
            default: continue
            }
            guard let text else { continue }
            let type = model.shape(memberRef.shape).type
            if type == "integer" || type == "long" {
                guard let number = Int(text) else { throw .invalidParameterValue(name, text, "It must be an integer.") }
                members[member] = .integer(number)
            } else if type == "boolean" {
                members[member] = .boolean(text == "true")
            } else {
                members[member] = .string(text)
            }
        }
        return .structure(members)
    }
}
