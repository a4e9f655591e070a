import Foundation

/// Reads the input of an operation from Query-protocol parameters, as EC2 (`SubnetId.1`,
/// `Filter.1.Value.1`) and ELBv2/STS (`Subnets.member.1`) send them, naming every member as
/// the model does.
public struct QueryDecoder {
    public let model: ServiceModel

    public init(model: ServiceModel) { self.model = model }

    private var isEC2: Bool { model.metadata.protocol == "ec2" }

    public func decode(_ parameters: FormParameters, shape: String) throws(AWSServiceError) -> AWSValue {
        let root = Node()
        for (name, value) in parameters.pairs where name != "Action" && name != "Version" {
            root.insert(path: name.split(separator: ".").map(String.init), value: value, fullName: name)
        }
        let value = try decode(root, shape: shape, name: "")
        if let unknown = root.firstUnread() {
            throw AWSServiceError("UnknownParameter", "The parameter \(unknown) is not recognized.")
        }
        return value
    }

    private func wireName(_ member: String, _ ref: ServiceModel.ShapeRef) -> String {
        if isEC2 {
            if let queryName = ref.queryName { return queryName }
            if let location = ref.locationName, let first = location.first {
                return first.uppercased() + location.dropFirst()
            }
            return member
        }
        return ref.locationName ?? member
    }

    private func decode(_ node: Node, shape name: String, name parameter: String, flattened: Bool = false)
        throws(AWSServiceError) -> AWSValue
    {
        let shape = model.shape(name)
        node.read = true
        switch shape.type {
        case "structure":
            var members: [String: AWSValue] = [:]
            for (member, ref) in shape.members ?? [:] {
                let key = wireName(member, ref)
                guard let child = node.children[key] else { continue }
                members[member] = try decode(
                    child, shape: ref.shape, name: Self.join(parameter, key), flattened: ref.flattened ?? false)
            }
            return .structure(members)
        case "list":
            guard let memberRef = shape.member else { return .list([]) }
            var container = node
            if !isEC2 && !(flattened || shape.flattened == true) {
                guard let inner = node.children[memberRef.locationName ?? "member"] else { return .list([]) }
                inner.read = true
                container = inner
            }
            var items: [(Int, AWSValue)] = []
            for (index, child) in container.children {
                guard let position = Int(index), position >= 1 else {
                    continue
                }
                items.append((position, try decode(child, shape: memberRef.shape, name: Self.join(parameter, index))))
            }
            return .list(items.sorted { $0.0 < $1.0 }.map(\.1))
        case "map":
            var entries: [String: AWSValue] = [:]
            let container = node.children["entry"] ?? node
            container.read = true
            for (_, entry) in container.children {
                entry.read = true
                guard let key = entry.children["key"]?.take(), let valueNode = entry.children["value"],
                    let valueShape = shape.value?.shape
                else { continue }
                entries[key] = try decode(valueNode, shape: valueShape, name: Self.join(parameter, key))
            }
            return .map(entries)
        default:
            return try scalar(node.take() ?? "", type: shape.type, parameter: parameter)
        }
    }

    private func scalar(_ text: String, type: String, parameter: String) throws(AWSServiceError) -> AWSValue {
        switch type {
        case "integer", "long":
            guard let value = Int(text) else {
                throw .invalidParameterValue(parameter, text, "It must be an integer.")
            }
            return .integer(value)
        case "boolean":
            switch text.lowercased() {
            case "true": return .boolean(true)
            case "false": return .boolean(false)
            default: throw .invalidParameterValue(parameter, text, "It must be true or false.")
            }
        case "double", "float":
            guard let value = Double(text) else {
                throw .invalidParameterValue(parameter, text, "It must be a number.")
            }
            return .double(value)
        case "timestamp":
            guard let date = AWSTimestamp.parse(text) else {
                throw .invalidParameterValue(parameter, text, "It must be an ISO 8601 timestamp.")
            }
            return .timestamp(date)
        default:
            return .string(text)
        }
    }

    private static func join(_ prefix: String, _ key: String) -> String { prefix.isEmpty ? key : "\(prefix).\(key)" }

    private final class Node {
        var value: String?
        var fullName: String?
        var children: [String: Node] = [:]
        var read = false

        func insert(path: [String], value: String, fullName: String) {
            var node = self
            for component in path {
                if let next = node.children[component] {
                    node = next
                } else {
                    let next = Node()
                    node.children[component] = next
                    node = next
                }
            }
            node.value = value
            node.fullName = fullName
        }

        func take() -> String? {
            read = true
            return value
        }

        func firstUnread() -> String? {
            if value != nil && !read { return fullName }
            for key in children.keys.sorted() {
                if let name = children[key]!.firstUnread() { return name }
            }
            return nil
        }
    }
}
