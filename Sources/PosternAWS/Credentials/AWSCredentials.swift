import Foundation

/// An access key and its secret, and for temporary credentials a session token and when they
/// expire.
public struct AWSCredentials: Sendable, Equatable {
    public var accessKeyID: String
    public var secretAccessKey: String
    public var sessionToken: String?
    public var expiration: Date?

    public init(accessKeyID: String, secretAccessKey: String, sessionToken: String? = nil, expiration: Date? = nil) {
        self.accessKeyID = accessKeyID
        self.secretAccessKey = secretAccessKey
        self.sessionToken = sessionToken
        self.expiration = expiration
    }

    /// The static key pairs of a shared credentials file (`[name]`, `aws_access_key_id = …`).
    public static func profiles(in text: String) -> [String: AWSCredentials] {
        var profiles: [String: AWSCredentials] = [:]
        for (name, section) in AWSSharedConfig.sections(text) {
            if let key = section["aws_access_key_id"], let secret = section["aws_secret_access_key"] {
                profiles[name] = AWSCredentials(accessKeyID: key, secretAccessKey: secret, sessionToken: section["aws_session_token"])
            }
        }
        return profiles
    }

    /// The JSON the container endpoint, instance metadata and `credential_process` answer:
    /// `AccessKeyId`, `SecretAccessKey`, `Token` or `SessionToken`, `Expiration` (ISO 8601).
    static func decode(json body: [UInt8], source: String) throws -> AWSCredentials {
        guard let object = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any] else {
            throw CredentialsError("\(source) did not answer JSON credentials: \(String(decoding: body.prefix(200), as: UTF8.self))")
        }
        if let code = object["Code"] as? String, code != "Success" {
            throw CredentialsError("\(source) answered \(code): \(object["Message"] as? String ?? "")")
        }
        guard let key = object["AccessKeyId"] as? String, let secret = object["SecretAccessKey"] as? String else {
            throw CredentialsError("\(source) answered without AccessKeyId and SecretAccessKey.")
        }
        let expiration = try (object["Expiration"] as? String).map { text -> Date in
            guard let date = AWSTimestamp.parse(text) else { throw CredentialsError("\(source) gave an Expiration that is not ISO 8601: \(text)") }
            return date
        }
        return AWSCredentials(
            accessKeyID: key, secretAccessKey: secret, sessionToken: (object["Token"] ?? object["SessionToken"]) as? String,
            expiration: expiration)
    }
}

/// Credentials could not be had; the message says from where and what to do.
public struct CredentialsError: Error, Sendable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
