/// Builds an XML document as text, escaping what needs escaping.
public struct XMLWriter {
    public private(set) var text = ""

    public init(declaration: Bool = true) {
        if declaration { text = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n" }
    }

    public mutating func open(_ name: String, namespace: String? = nil) {
        if let namespace { text += "<\(name) xmlns=\"\(Self.escape(namespace))\">" } else { text += "<\(name)>" }
    }

    public mutating func close(_ name: String) { text += "</\(name)>" }

    public mutating func element(_ name: String, _ value: String) {
        text += "<\(name)>\(Self.escape(value))</\(name)>"
    }

    public mutating func element(_ name: String, _ body: (inout XMLWriter) -> Void) {
        open(name)
        body(&self)
        close(name)
    }

    public static func escape(_ value: String) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for character in value {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default: out.append(character)
            }
        }
        return out
    }
}
