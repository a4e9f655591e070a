import Foundation

/// Reads a shape from XML as a protocol writes it: the REST-XML bodies Route 53 receives, and
/// the EC2 and Query responses a client receives.
public struct XMLValueDecoder {
    public let model: ServiceModel

    public init(model: ServiceModel) { self.model = model }

    public func decode(_ node: XMLNode, shape name: String) throws(AWSServiceError) -> AWSValue {
        let shape = model.shape(name)
        switch shape.type {
        case "structure":
            var members: [String: AWSValue] = [:]
            for (member, ref) in shape.members ?? [:] where ref.location == nil {
                let elementName = ref.locationName ?? member
                let memberShape = model.shape(ref.shape)
                if memberShape.type == "list" && ((ref.flattened ?? false) || (memberShape.flattened ?? false)) {
                    let items = node.children(elementName)
                    if !items.isEmpty, let itemRef = memberShape.member {
                        members[member] = .list(try items.map { item throws(AWSServiceError) in
                            try decode(item, shape: itemRef.shape)
                        })
                    }
                } else if let child = node.child(elementName) {
                    members[member] = try decode(child, shape: ref.shape)
                }
            }
            return .structure(members)
        case "list":
            guard let itemRef = shape.member else { return .list([]) }
            let itemName = itemRef.locationName ?? (model.metadata.protocol == "ec2" ? "item" : "member")
            return .list(try node.children(itemName).map { item throws(AWSServiceError) in
                try decode(item, shape: itemRef.shape)
            })
        case "map":
            var entries: [String: AWSValue] = [:]
            for entry in node.children("entry") {
                guard let key = entry.child(shape.key?.locationName ?? "key")?.text,
                    let valueRef = shape.value, let value = entry.child(valueRef.locationName ?? "value")
                else { continue }
                entries[key] = try decode(value, shape: valueRef.shape)
            }
            return .map(entries)
        default:
            return try scalar(node.text, type: shape.type, element: node.name)
        }
    }

    private func scalar(_ text: String, type: String, element: String) throws(AWSServiceError) -> AWSValue {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        switch type {
        case "integer", "long":
            guard let value = Int(trimmed) else { throw .invalidParameterValue(element, text, "It must be an integer.") }
            return .integer(value)
        case "boolean":
            guard let value = AWSValue.string(trimmed.lowercased()).bool else {
                throw .invalidParameterValue(element, text, "It must be true or false.")
            }
            return .boolean(value)
        case "double", "float":
            guard let value = Double(trimmed) else { throw .invalidParameterValue(element, text, "It must be a number.") }
            return .double(value)
        case "timestamp":
            guard let date = AWSTimestamp.parse(trimmed) else {
                throw .invalidParameterValue(element, text, "It must be an ISO 8601 timestamp.")
            }
            return .timestamp(date)
        default:
            return .string(text)
        }
    }
}
