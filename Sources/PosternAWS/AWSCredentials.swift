import Foundation

/// An access key and its secret (and a session token for temporary credentials), found where
/// the AWS CLI and SDKs look for them.
public struct AWSCredentials: Sendable, Equatable {
    public var accessKeyID: String
    public var secretAccessKey: String
    public var sessionToken: String?

    public init(accessKeyID: String, secretAccessKey: String, sessionToken: String? = nil) {
        self.accessKeyID = accessKeyID
        self.secretAccessKey = secretAccessKey
        self.sessionToken = sessionToken
    }

    /// `AWS_ACCESS_KEY_ID` / `AWS_SECRET_ACCESS_KEY` / `AWS_SESSION_TOKEN`, else the profile
    /// (`AWS_PROFILE`, or `default`) of the shared credentials file
    /// (`AWS_SHARED_CREDENTIALS_FILE`, or `~/.aws/credentials`).
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> AWSCredentials? {
        if let key = environment["AWS_ACCESS_KEY_ID"], let secret = environment["AWS_SECRET_ACCESS_KEY"], !key.isEmpty {
            return AWSCredentials(accessKeyID: key, secretAccessKey: secret, sessionToken: environment["AWS_SESSION_TOKEN"])
        }
        let path = environment["AWS_SHARED_CREDENTIALS_FILE"] ?? ((environment["HOME"] ?? "") + "/.aws/credentials")
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        return profiles(in: text)[environment["AWS_PROFILE"] ?? "default"]
    }

    /// The profiles of a shared credentials file (`[name]`, `aws_access_key_id = …`, …).
    public static func profiles(in text: String) -> [String: AWSCredentials] {
        var profiles: [String: AWSCredentials] = [:]
        var name: String?
        var fields: [String: String] = [:]
        func finish() {
            if let name, let key = fields["aws_access_key_id"], let secret = fields["aws_secret_access_key"] {
                profiles[name] = AWSCredentials(accessKeyID: key, secretAccessKey: secret, sessionToken: fields["aws_session_token"])
            }
            fields = [:]
        }
        for raw in text.split(whereSeparator: \.isNewline) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("#") || line.hasPrefix(";") { continue }
            if line.hasPrefix("[") && line.hasSuffix("]") {
                finish()
                name = String(line.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces)
                continue
            }
            let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.count == 2 { fields[parts[0]] = parts[1] }
        }
        finish()
        return profiles
    }
}
