import Crypto
import Foundation

/// The console's files (HTML, CSS, JavaScript, SVG), read once from the bundle, each with its
/// content type and an ETag.
struct ConsoleAssets: Sendable {
    struct Asset: Sendable {
        let data: Data
        let contentType: String
        let etag: String
    }

    let files: [String: Asset]

    /// Every file under the bundle's `Assets`, keyed by its path there (`js/app.js`).
    static func load() throws -> ConsoleAssets {
        guard let root = Bundle.module.url(forResource: "Assets", withExtension: nil) else { throw CocoaError(.fileNoSuchFile) }
        var files: [String: Asset] = [:]
        let prefix = root.standardizedFileURL.path + "/"
        for case let url as URL in FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) ?? .init() {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true,
                let type = contentTypes[url.pathExtension]
            else { continue }
            let data = try Data(contentsOf: url)
            let digest = SHA256.hash(data: data).prefix(12).map { String(format: "%02x", $0) }.joined()
            files[String(url.standardizedFileURL.path.dropFirst(prefix.count))] = Asset(data: data, contentType: type, etag: "\"\(digest)\"")
        }
        return ConsoleAssets(files: files)
    }

    static let contentTypes = [
        "html": "text/html; charset=utf-8", "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8",
        "svg": "image/svg+xml",
    ]
}
