import Foundation

/// Writes a shape's members as XML elements named by the model: EC2's `<xSet><item>` lists,
/// Query's `<member>` lists, REST-XML's named items. Members bound to the URI, query string or
/// headers are not part of the XML.
struct XMLShapeWriter {
    let model: ServiceModel

    func elementName(_ member: String, _ ref: ServiceModel.ShapeRef) -> String {
        ref.locationName ?? member
    }

    func writeMembers(_ value: AWSValue, shape: String, into xml: inout XMLWriter) {
        let definition = model.shape(shape)
        let members = definition.members ?? [:]
        for (member, child) in value.members.sorted(by: { $0.key < $1.key }) {
            guard let ref = members[member] else {
                assertionFailure("\(shape) has no member \(member)")
                continue
            }
            if ref.location != nil { continue }
            write(child, ref: ref, name: elementName(member, ref), into: &xml)
        }
    }

    func write(_ value: AWSValue, ref: ServiceModel.ShapeRef, name: String, into xml: inout XMLWriter) {
        let shape = model.shape(ref.shape)
        switch shape.type {
        case "structure":
            xml.open(name)
            writeMembers(value, shape: ref.shape, into: &xml)
            xml.close(name)
        case "list":
            guard let memberRef = shape.member else { return }
            let flattened = (ref.flattened ?? false) || (shape.flattened ?? false)
            if flattened {
                for item in value.list { write(item, ref: memberRef, name: name, into: &xml) }
            } else {
                xml.open(name)
                let itemName = memberRef.locationName ?? (model.metadata.protocol == "ec2" ? "item" : "member")
                for item in value.list { write(item, ref: memberRef, name: itemName, into: &xml) }
                xml.close(name)
            }
        case "map":
            xml.open(name)
            for (key, item) in value.members.sorted(by: { $0.key < $1.key }) {
                xml.element("entry") { entry in
                    entry.element(shape.key?.locationName ?? "key", key)
                    if let valueRef = shape.value {
                        write(item, ref: valueRef, name: valueRef.locationName ?? "value", into: &entry)
                    }
                }
            }
            xml.close(name)
        default:
            xml.element(name, scalarText(value))
        }
    }

    func scalarText(_ value: AWSValue) -> String {
        switch value {
        case .string(let s): return s
        case .integer(let i): return String(i)
        case .double(let d): return String(d)
        case .boolean(let b): return b ? "true" : "false"
        case .timestamp(let t): return AWSTimestamp.format(t)
        default: return ""
        }
    }
}
