import Foundation

/// The shared config and credentials files as the AWS CLI and SDKs read them: `~/.aws/config`
/// (`AWS_CONFIG_FILE`) with `[default]`, `[profile NAME]` and `[services NAME]` sections, and
/// `~/.aws/credentials` (`AWS_SHARED_CREDENTIALS_FILE`) with `[NAME]` sections, whose keys win.
/// A key with an empty value followed by indented `key = value` lines is a sub-section
/// (`ec2 =` / `  endpoint_url = …` in a services section).
public struct AWSSharedConfig: Sendable {
    public struct Section: Sendable, Equatable {
        public var values: [String: String] = [:]
        public var subsections: [String: [String: String]] = [:]

        public subscript(key: String) -> String? { values[key] }
    }

    public var profiles: [String: Section]
    public var services: [String: Section]
    /// The profile in force: `AWS_PROFILE`, else `default`.
    public var profileName: String
    /// Whether the profile was named (by `AWS_PROFILE`) rather than defaulted: a named profile
    /// that does not exist is an error, a missing `default` is not.
    public var profileIsExplicit: Bool
    /// The environment the files were found from; providers read their variables here too.
    public let environment: [String: String]

    public init(
        profiles: [String: Section] = [:], services: [String: Section] = [:], profileName: String = "default",
        profileIsExplicit: Bool = false, environment: [String: String] = [:]
    ) {
        self.profiles = profiles
        self.services = services
        self.profileName = profileName
        self.profileIsExplicit = profileIsExplicit
        self.environment = environment
    }

    /// The files named by the environment (or their default places), read now.
    public static func load(environment: [String: String] = ProcessInfo.processInfo.environment, profile: String? = nil) -> AWSSharedConfig {
        let home = environment["HOME"] ?? NSHomeDirectory()
        let configPath = environment["AWS_CONFIG_FILE"] ?? home + "/.aws/config"
        let credentialsPath = environment["AWS_SHARED_CREDENTIALS_FILE"] ?? home + "/.aws/credentials"
        let config = (try? String(contentsOfFile: expand(configPath, home: home), encoding: .utf8)) ?? ""
        let credentials = (try? String(contentsOfFile: expand(credentialsPath, home: home), encoding: .utf8)) ?? ""
        let named = profile ?? environment["AWS_PROFILE"].flatMap { $0.isEmpty ? nil : $0 }
        return parse(config: config, credentials: credentials, profile: named ?? "default", explicit: named != nil, environment: environment)
    }

    public static func parse(
        config: String, credentials: String, profile: String = "default", explicit: Bool = false, environment: [String: String] = [:]
    ) -> AWSSharedConfig {
        var profiles: [String: Section] = [:]
        var services: [String: Section] = [:]
        for (name, section) in sections(config) {
            let words = name.split(separator: " ", maxSplits: 1).map { String($0).trimmingCharacters(in: .whitespaces) }
            if words.count == 2, words[0] == "profile" {
                profiles[words[1], default: Section()].merge(section)
            } else if words.count == 2, words[0] == "services" {
                services[words[1], default: Section()].merge(section)
            } else if name == "default" {
                profiles["default", default: Section()].merge(section)
            }
        }
        for (name, section) in sections(credentials) {
            profiles[name, default: Section()].merge(section)
        }
        return AWSSharedConfig(
            profiles: profiles, services: services, profileName: profile, profileIsExplicit: explicit, environment: environment)
    }

    public var profile: Section? { profiles[profileName] }

    /// The region: `AWS_REGION`, `AWS_DEFAULT_REGION`, then the profile's `region`.
    public var region: String? {
        environment["AWS_REGION"].nonEmpty ?? environment["AWS_DEFAULT_REGION"].nonEmpty ?? profile?["region"].nonEmpty
    }

    /// A copy that reads `name` as the profile in force (a role's `source_profile`).
    public func with(profile name: String) -> AWSSharedConfig {
        var copy = self
        copy.profileName = name
        copy.profileIsExplicit = true
        return copy
    }

    /// Sections in file order, later duplicates merged into earlier ones.
    static func sections(_ text: String) -> [(String, Section)] {
        var result: [(String, Section)] = []
        var current: (name: String, section: Section)?
        var openSubsection: String?
        func finish() {
            if let current {
                if let index = result.firstIndex(where: { $0.0 == current.name }) {
                    result[index].1.merge(current.section)
                } else {
                    result.append(current)
                }
            }
        }
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let indented = raw.first == " " || raw.first == "\t"
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix(";") { continue }
            if line.hasPrefix("[") && line.hasSuffix("]") {
                finish()
                current = (String(line.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces), Section())
                openSubsection = nil
                continue
            }
            guard current != nil, let equals = line.firstIndex(of: "=") else { continue }
            let key = line[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
            // As botocore reads them: a comment is a whole line, never the end of a value.
            let value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            if indented, let parent = openSubsection {
                current!.section.subsections[parent, default: [:]][key] = value
            } else if value.isEmpty {
                openSubsection = key
                current!.section.subsections[key, default: [:]] = current!.section.subsections[key] ?? [:]
            } else {
                openSubsection = nil
                current!.section.values[key] = value
            }
        }
        finish()
        return result
    }

    static func expand(_ path: String, home: String) -> String {
        path.hasPrefix("~/") ? home + path.dropFirst() : path
    }
}

extension AWSSharedConfig.Section {
    mutating func merge(_ other: AWSSharedConfig.Section) {
        values.merge(other.values) { _, new in new }
        subsections.merge(other.subsections) { old, new in old.merging(new) { _, n in n } }
    }
}

extension Optional where Wrapped == String {
    var nonEmpty: String? {
        guard let self, !self.isEmpty else { return nil }
        return self
    }
}
