import Foundation

/// The API's OpenAPI document, as `GET /openapi.yaml` serves it, and what the server reads of
/// it: each path's methods, the operations, and the properties that may be null. Read line by
/// line, as the document is written (two spaces a level).
enum OpenAPIDocument {
    static func data() throws -> Data {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "yaml") else {
            throw CocoaError(.fileNoSuchFile)
        }
        return try Data(contentsOf: url)
    }

    /// Each path under `paths:` (`/v1beta1/clusters/{clusterId}`), with its methods (`GET`, …).
    static func paths(_ document: Data) -> [(path: String, methods: Set<String>)] {
        var found: [(String, Set<String>)] = []
        var inPaths = false
        for line in lines(document) {
            if line == "paths:" { inPaths = true; continue }
            guard inPaths else { continue }
            if !line.hasPrefix(" "), !line.isEmpty { break }
            if line.hasPrefix("  /"), !line.hasPrefix("   "), line.hasSuffix(":") {
                found.append((String(line.dropFirst(2).dropLast()), []))
            } else if line.hasPrefix("    "), !line.hasPrefix("     "), line.hasSuffix(":"), !found.isEmpty {
                let name = line.trimmingCharacters(in: .whitespaces).dropLast().uppercased()
                if ["GET", "POST", "PUT", "PATCH", "DELETE"].contains(name) { found[found.count - 1].1.insert(String(name)) }
            }
        }
        return found.filter { !$0.1.isEmpty }
    }

    /// Every `operationId`.
    static func operationIDs(_ document: Data) -> Set<String> {
        Set(lines(document).compactMap { line -> String? in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            return trimmed.hasPrefix("operationId:") ? trimmed.dropFirst("operationId:".count).trimmingCharacters(in: .whitespaces) : nil
        })
    }

    /// The properties whose type admits null (`type: [string, 'null']`).
    static func nullableProperties(_ document: Data) -> Set<String> {
        var nullable: Set<String> = []
        var property: String?
        for line in lines(document) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if let colon = trimmed.firstIndex(of: ":"), !trimmed.hasPrefix("-"), !trimmed.hasPrefix("type") {
                let name = trimmed[..<colon]
                if name.allSatisfy({ $0.isLetter || $0.isNumber }) { property = String(name) }
            }
            if trimmed.contains("'null'"), let property { nullable.insert(property) }
        }
        return nullable
    }

    private static func lines(_ document: Data) -> [Substring] {
        String(decoding: document, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    }
}
