import Foundation

/// Writes an operation's input as Query-protocol parameters: EC2's `SubnetId.1` and
/// `Filter.1.Value.1`, ELBv2's and STS's `Subnets.member.1`. The inverse of `QueryDecoder`.
public struct QueryEncoder {
    public let model: ServiceModel

    public init(model: ServiceModel) { self.model = model }

    private var isEC2: Bool { model.metadata.protocol == "ec2" }

    public func encode(_ input: AWSValue, operation: String) -> FormParameters {
        var form = FormParameters([("Action", operation), ("Version", model.metadata.apiVersion)])
        if let shape = model.operations[operation]?.input?.shape { encodeMembers(input, shape: shape, prefix: "", into: &form) }
        return form
    }

    private func wireName(_ member: String, _ ref: ServiceModel.ShapeRef) -> String {
        if isEC2 {
            if let queryName = ref.queryName { return queryName }
            if let location = ref.locationName, let first = location.first { return first.uppercased() + location.dropFirst() }
            return member
        }
        return ref.locationName ?? member
    }

    private func encodeMembers(_ value: AWSValue, shape: String, prefix: String, into form: inout FormParameters) {
        let members = model.shape(shape).members ?? [:]
        for (member, child) in value.members.sorted(by: { $0.key < $1.key }) {
            guard let ref = members[member] else {
                assertionFailure("\(shape) has no member \(member)")
                continue
            }
            encode(child, ref: ref, name: join(prefix, wireName(member, ref)), into: &form)
        }
    }

    private func encode(_ value: AWSValue, ref: ServiceModel.ShapeRef, name: String, into form: inout FormParameters) {
        let shape = model.shape(ref.shape)
        switch shape.type {
        case "structure":
            encodeMembers(value, shape: ref.shape, prefix: name, into: &form)
        case "list":
            guard let memberRef = shape.member else { return }
            let flattened = isEC2 || (ref.flattened ?? false) || (shape.flattened ?? false)
            let base = flattened ? name : join(name, memberRef.locationName ?? "member")
            for (index, item) in value.list.enumerated() {
                encode(item, ref: memberRef, name: join(base, String(index + 1)), into: &form)
            }
        case "map":
            guard let valueRef = shape.value else { return }
            for (index, (key, item)) in value.members.sorted(by: { $0.key < $1.key }).enumerated() {
                let entry = join(name, "entry.\(index + 1)")
                form.append(join(entry, shape.key?.locationName ?? "key"), key)
                encode(item, ref: valueRef, name: join(entry, valueRef.locationName ?? "value"), into: &form)
            }
        default:
            form.append(name, XMLShapeWriter(model: model).scalarText(value))
        }
    }

    private func join(_ prefix: String, _ key: String) -> String { prefix.isEmpty ? key : "\(prefix).\(key)" }
}
