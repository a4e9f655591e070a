import Foundation

/// Where the CLI finds the API and its key, first match wins: flags, the environment
/// (`POSTERN_API_URL`, `POSTERN_PUBLIC_KEY`, `POSTERN_PRIVATE_KEY`), the profile in the config
/// file, and, with none of those, a local server on the default data directory (its admin key).
public struct ClientConfiguration: Codable, Sendable, Equatable {
    public var current: String
    public var profiles: [String: [String: String]]

    public static let keys = ["api-url", "public-key", "private-key"]
    public static let defaultURL = "http://127.0.0.1:4080"

    public init() {
        current = "default"
        profiles = [:]
    }

    /// `$XDG_CONFIG_HOME/postern/config.json` or `~/.config/postern/config.json`.
    public static func fileURL(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        let base = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? ((environment["HOME"] ?? ".") + "/.config")
        return URL(fileURLWithPath: base).appendingPathComponent("postern/config.json")
    }

    public static func load(from url: URL = fileURL()) throws -> ClientConfiguration {
        guard let data = try? Data(contentsOf: url) else { return ClientConfiguration() }
        do {
            return try JSONDecoder().decode(ClientConfiguration.self, from: data)
        } catch {
            throw ConfigurationError("\(url.path) is not a Postern config file (\(error)); fix it or remove it.")
        }
    }

    public func save(to url: URL = fileURL()) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(self).write(to: url, options: .atomic)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path)
    }

    /// The API base URL and key pair to use.
    public func resolve(
        profile: String?, url: String?, publicKey: String?, privateKey: String?,
        environment: [String: String] = ProcessInfo.processInfo.environment, localDataDirectory: String
    ) throws -> (url: URL, publicKey: String, privateKey: String) {
        let name = profile ?? current
        if let profile, profiles[profile] == nil {
            throw ConfigurationError("Profile '\(profile)' does not exist: postern config set public-key <key> -P \(profile) makes it.")
        }
        let stored = profiles[name] ?? [:]
        func pick(_ flag: String?, _ variable: String, _ key: String) -> String? {
            [flag, environment[variable], stored[key]].compactMap { $0 }.first { !$0.isEmpty }
        }
        var base = pick(url, "POSTERN_API_URL", "api-url")
        var user = pick(publicKey, "POSTERN_PUBLIC_KEY", "public-key")
        var password = pick(privateKey, "POSTERN_PRIVATE_KEY", "private-key")
        if user == nil || password == nil {
            let file = URL(fileURLWithPath: localDataDirectory).appendingPathComponent("admin-key.json")
            if let data = try? Data(contentsOf: file), let admin = try? JSONSerialization.jsonObject(with: data) as? [String: String] {
                user = user ?? admin["publicKey"]
                password = password ?? admin["privateKey"]
                base = base ?? Self.readyURL(in: localDataDirectory) ?? Self.defaultURL
            }
        }
        guard let user, let password else {
            throw ConfigurationError(
                "No API key: set one with postern config set public-key <key> and postern config set private-key <key>, or POSTERN_PUBLIC_KEY and POSTERN_PRIVATE_KEY, or run postern serve here.")
        }
        let text = base ?? Self.defaultURL
        guard let parsed = URL(string: text), parsed.scheme == "http" || parsed.scheme == "https" else {
            throw ConfigurationError("'\(text)' is not an http(s) URL for the API.")
        }
        return (parsed, user, password)
    }
}

extension ClientConfiguration {
    /// Where the server running on `dataDirectory` listens, as its `ready.json` says.
    static func readyURL(in dataDirectory: String) -> String? {
        let file = URL(fileURLWithPath: dataDirectory).appendingPathComponent("ready.json")
        guard let data = try? Data(contentsOf: file), let ready = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            return nil
        }
        return ready["controlPlane"] as? String
    }
}

public struct ConfigurationError: Error, Sendable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
