import Foundation

/// Writes an operation's output as the service's protocol puts it on the wire: EC2's
/// `<vpcEndpointSet><item>`, Query's `<…Result>` with `<member>` lists, REST-XML's elements,
/// each element named by the model.
public struct XMLResponseEncoder {
    public let model: ServiceModel

    public init(model: ServiceModel) { self.model = model }

    private var shapes: XMLShapeWriter { XMLShapeWriter(model: model) }

    public struct Encoded: Sendable {
        public var body: String
        public var headers: [String: String]
        public var status: Int
    }

    public func encode(_ output: AWSValue, operation: String, requestID: String) -> Encoded {
        guard let op = model.operations[operation] else { fatalError("unknown operation \(operation)") }
        var xml = XMLWriter()
        var headers: [String: String] = [:]
        let root = "\(operation)Response"
        xml.open(root, namespace: namespace(op))
        switch model.metadata.protocol {
        case "ec2":
            if let ref = op.output { shapes.writeMembers(output, shape: ref.shape, into: &xml) }
            xml.element("requestId", requestID)
        case "query":
            if let ref = op.output {
                xml.open(ref.resultWrapper ?? "\(operation)Result")
                shapes.writeMembers(output, shape: ref.shape, into: &xml)
                xml.close(ref.resultWrapper ?? "\(operation)Result")
            }
            xml.element("ResponseMetadata") { $0.element("RequestId", requestID) }
        default:  // rest-xml
            if let ref = op.output {
                for (member, memberRef) in model.shape(ref.shape).members ?? [:] where memberRef.location == "header" {
                    if let value = output[member]?.string { headers[memberRef.locationName ?? member] = value }
                }
                shapes.writeMembers(output, shape: ref.shape, into: &xml)
            }
        }
        xml.close(root)
        return Encoded(body: xml.text, headers: headers, status: op.http.responseCode ?? 200)
    }

    public func encodeError(_ error: AWSServiceError, requestID: String) -> String {
        var xml = XMLWriter()
        if model.metadata.protocol == "ec2" {
            xml.open("Response")
            xml.element("Errors") { errors in
                errors.element("Error") { e in
                    e.element("Code", error.code)
                    e.element("Message", error.message)
                }
            }
            xml.element("RequestID", requestID)
            xml.close("Response")
        } else {
            xml.open("ErrorResponse", namespace: model.metadata.xmlNamespace ?? routeNamespace)
            xml.element("Error") { e in
                e.element("Type", error.isSenderFault ? "Sender" : "Receiver")
                e.element("Code", error.code)
                e.element("Message", error.message)
            }
            xml.element("RequestId", requestID)
            xml.close("ErrorResponse")
        }
        return xml.text
    }

    private var routeNamespace: String? {
        model.operations.values.lazy.compactMap { $0.input?.xmlNamespace?.uri }.first
    }

    private func namespace(_ op: ServiceModel.Operation) -> String? {
        model.metadata.xmlNamespace ?? op.input?.xmlNamespace?.uri ?? routeNamespace
    }

}
