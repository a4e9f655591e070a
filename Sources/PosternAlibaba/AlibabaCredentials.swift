import Foundation

/// An AccessKey pair, with the security token of STS credentials.
public struct AlibabaCredentials: Sendable, Equatable, CustomStringConvertible {
    public var accessKeyID: String
    public var accessKeySecret: String
    public var securityToken: String?
    /// Where they came from, for the operator: `environment`, `credentials file (profile default)`…
    public var source: String

    public init(accessKeyID: String, accessKeySecret: String, securityToken: String? = nil, source: String = "static") {
        self.accessKeyID = accessKeyID
        self.accessKeySecret = accessKeySecret
        self.securityToken = securityToken
        self.source = source
    }

    public var description: String { "AccessKey \(accessKeyID) from \(source)" }
}

/// Finds credentials in the order the Alibaba Cloud credentials library does, as far as
/// Postern follows it: the environment (`ALIBABA_CLOUD_ACCESS_KEY_ID`,
/// `ALIBABA_CLOUD_ACCESS_KEY_SECRET`, `ALIBABA_CLOUD_SECURITY_TOKEN`), then the credentials file
/// (`ALIBABA_CLOUD_CREDENTIALS_FILE` or `~/.alibabacloud/credentials`, profile
/// `ALIBABA_CLOUD_PROFILE` or `default`) with `type = access_key`, `sts` or `ecs_ram_role`, then
/// the ECS instance's RAM role unless `ALIBABA_CLOUD_ECS_METADATA_DISABLED=true`.
/// `POSTERN_ALIBABA_ECS_METADATA_ENDPOINT` points Postern at another metadata service, and
/// `POSTERN_ALIBABA_ECS_METADATA_TIMEOUT` (seconds, 3 by default) sets how long each request waits.
public enum AlibabaCredentialChain {
    public static func provider(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> any AlibabaCredentialProvider {
        if (environment["ALIBABA_CLOUD_ACCESS_KEY_ID"] ?? "").isEmpty {
            let (path, profile) = fileLocation(environment)
            if let text = try? String(contentsOfFile: path, encoding: .utf8), let section = profiles(in: text)[profile],
                section["type"] == "ecs_ram_role"
            {
                return ecsRAMRole(environment: environment, roleName: section["role_name"].flatMap { $0.isEmpty ? nil : $0 })
            }
        }
        do {
            return try resolve(environment: environment)
        } catch let missing as AlibabaCredentialError where missing.isMissing {
            guard environment["ALIBABA_CLOUD_ECS_METADATA_DISABLED"]?.lowercased() != "true" else { throw missing }
            return ecsRAMRole(environment: environment, roleName: nil)
        }
    }

    static func ecsRAMRole(environment: [String: String], roleName: String?) -> ECSRAMRoleCredentials {
        ECSRAMRoleCredentials(
            endpoint: environment["POSTERN_ALIBABA_ECS_METADATA_ENDPOINT"].flatMap { $0.isEmpty ? nil : $0 } ?? ECSRAMRoleCredentials.metadataEndpoint,
            roleName: roleName ?? environment["ALIBABA_CLOUD_ECS_METADATA"].flatMap { $0.isEmpty ? nil : $0 },
            requireToken: environment["ALIBABA_CLOUD_IMDSV1_DISABLED"]?.lowercased() == "true",
            timeout: environment["POSTERN_ALIBABA_ECS_METADATA_TIMEOUT"].flatMap(TimeInterval.init).flatMap { $0 > 0 ? $0 : nil } ?? 3)
    }

    /// AccessKeys from the environment or the credentials file (no RAM role).
    public static func resolve(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> AlibabaCredentials {
        if let id = environment["ALIBABA_CLOUD_ACCESS_KEY_ID"], !id.isEmpty {
            guard let secret = environment["ALIBABA_CLOUD_ACCESS_KEY_SECRET"], !secret.isEmpty else {
                throw AlibabaCredentialError("ALIBABA_CLOUD_ACCESS_KEY_ID is set but ALIBABA_CLOUD_ACCESS_KEY_SECRET is not: set both.")
            }
            return AlibabaCredentials(
                accessKeyID: id, accessKeySecret: secret, securityToken: environment["ALIBABA_CLOUD_SECURITY_TOKEN"].flatMap { $0.isEmpty ? nil : $0 },
                source: "environment")
        }
        let (path, profile) = fileLocation(environment)
        let named = !(environment["ALIBABA_CLOUD_CREDENTIALS_FILE"] ?? "").isEmpty
        if named, !FileManager.default.isReadableFile(atPath: path) {
            throw AlibabaCredentialError("ALIBABA_CLOUD_CREDENTIALS_FILE names \(path), which cannot be read: fix the path or its permissions.")
        }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw AlibabaCredentialError(
                "No Alibaba Cloud credentials: set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, write profile [\(profile)] to \(path), or run on an ECS instance with a RAM role.",
                isMissing: true)
        }
        return try fromFile(text, profile: profile, path: path)
    }

    /// The credentials file and the profile to read in it.
    static func fileLocation(_ environment: [String: String]) -> (path: String, profile: String) {
        let path = environment["ALIBABA_CLOUD_CREDENTIALS_FILE"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? ".") + "/.alibabacloud/credentials")
        return (path, environment["ALIBABA_CLOUD_PROFILE"].flatMap { $0.isEmpty ? nil : $0 } ?? "default")
    }

    /// The sections of a credentials file (INI: `[name]`, `key = value`, `#` or `;` comments).
    public static func profiles(in text: String) -> [String: [String: String]] {
        var sections: [String: [String: String]] = [:]
        var current: String?
        for raw in text.split(whereSeparator: \.isNewline) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix(";") { continue }
            if line.hasPrefix("["), line.hasSuffix("]") {
                current = String(line.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces)
                sections[current!, default: [:]] = sections[current!, default: [:]]
                continue
            }
            guard let current, let equals = line.firstIndex(of: "=") else { continue }
            sections[current, default: [:]][line[..<equals].trimmingCharacters(in: .whitespaces)] =
                line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
        }
        return sections
    }

    /// The profile's credentials in a credentials file.
    public static func fromFile(_ text: String, profile: String, path: String) throws -> AlibabaCredentials {
        let sections = profiles(in: text)
        guard let section = sections[profile] else {
            throw AlibabaCredentialError("\(path) has no profile [\(profile)]; it has \(sections.keys.sorted().joined(separator: ", ")).")
        }
        let type = section["type"] ?? "access_key"
        guard type == "access_key" || type == "sts" else {
            throw AlibabaCredentialError(
                "Profile [\(profile)] of \(path) is of type \(type); Postern reads access_key, sts and ecs_ram_role profiles. Use one of those, or the environment.")
        }
        guard let id = section["access_key_id"], !id.isEmpty, let secret = section["access_key_secret"], !secret.isEmpty else {
            throw AlibabaCredentialError("Profile [\(profile)] of \(path) needs access_key_id and access_key_secret.")
        }
        if type == "sts", (section["security_token"] ?? "").isEmpty {
            throw AlibabaCredentialError("Profile [\(profile)] of \(path) is of type sts and needs security_token.")
        }
        return AlibabaCredentials(
            accessKeyID: id, accessKeySecret: secret, securityToken: section["security_token"].flatMap { $0.isEmpty ? nil : $0 },
            source: "\(path) (profile \(profile))")
    }
}

public struct AlibabaCredentialError: Error, Sendable, CustomStringConvertible {
    public let description: String
    /// No credentials were configured at all (the chain goes on to the instance's RAM role).
    public let isMissing: Bool
    public init(_ description: String, isMissing: Bool = false) {
        self.description = description
        self.isMissing = isMissing
    }
}
