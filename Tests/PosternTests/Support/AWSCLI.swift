import Foundation
import Testing

/// The real `aws` command (awscli from PyPI, its own driver kept running: `AWSCLIRunners`),
/// run against an endpoint as one account.
struct AWSCLI: Sendable {
    let endpoint: String
    let accessKeyID: String
    var secretAccessKey = "secret"
    var sessionToken: String?
    let region: String
    /// awscli's own retries (AWS_MAX_ATTEMPTS): one unless a test reads a cloud that fails.
    var maxAttempts = 1

    init(endpoint: String, accessKeyID: String, region: String) {
        self.endpoint = endpoint
        self.accessKeyID = accessKeyID
        self.region = region
    }

    struct Result: Sendable {
        let status: Int32
        let stdout: String
        let stderr: String

        /// The JSON awscli printed.
        var json: JSON { JSON(parsing: stdout) }
    }

    /// Runs `aws <arguments> --output json` and returns what it printed.
    func run(_ arguments: [String]) async throws -> Result {
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("AWS_") }
        environment["AWS_ACCESS_KEY_ID"] = accessKeyID
        environment["AWS_SECRET_ACCESS_KEY"] = secretAccessKey
        if let sessionToken { environment["AWS_SESSION_TOKEN"] = sessionToken }
        environment["AWS_CONFIG_FILE"] = "/dev/null"
        environment["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null"
        environment["AWS_MAX_ATTEMPTS"] = String(maxAttempts)
        environment["AWS_RETRY_MODE"] = "standard"
        environment["AWS_PAGER"] = ""
        environment["AWS_EC2_METADATA_DISABLED"] = "true"
        return try await AWSCLIRunners.shared.run(
            ["--endpoint-url", endpoint, "--region", region, "--output", "json"] + arguments, environment: environment)
    }

    /// Runs a command that must succeed, and returns its JSON.
    @discardableResult
    func call(_ arguments: String..., sourceLocation: SourceLocation = #_sourceLocation) async throws -> JSON {
        try await call(arguments, sourceLocation: sourceLocation)
    }

    @discardableResult
    func call(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) async throws -> JSON {
        let result = try await run(arguments)
        guard result.status == 0 else {
            throw PosternTestError("aws \(arguments.joined(separator: " ")) failed (\(result.status)): \(result.stderr)")
        }
        return result.json
    }

    /// Runs a command that must fail with AWS error `code`, and returns awscli's message.
    @discardableResult
    func failure(_ code: String, _ arguments: String..., sourceLocation: SourceLocation = #_sourceLocation) async throws -> String {
        try await failure(code, arguments, sourceLocation: sourceLocation)
    }

    @discardableResult
    func failure(_ code: String, _ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) async throws -> String {
        let result = try await run(arguments)
        #expect(result.status != 0, "aws \(arguments.joined(separator: " ")) succeeded; wanted \(code)", sourceLocation: sourceLocation)
        #expect(
            result.stderr.contains("(\(code))"), "wanted \(code), got: \(result.stderr)", sourceLocation: sourceLocation)
        return result.stderr
    }

    /// The same account with a role session's credentials from `sts assume-role`.
    func assumingRole(account: String) async throws -> AWSCLI {
        let credentials = try await call(
            "sts", "assume-role", "--role-arn", "arn:aws:iam::\(account):role/consumer", "--role-session-name", "tests")["Credentials"]
        var other = AWSCLI(endpoint: endpoint, accessKeyID: credentials["AccessKeyId"].string ?? "", region: region)
        other.secretAccessKey = credentials["SecretAccessKey"].string ?? ""
        other.sessionToken = credentials["SessionToken"].string
        return other
    }
}

/// A parsed JSON document, read by subscripts that never trap.
struct JSON: @unchecked Sendable, CustomStringConvertible {
    let value: Any?

    init(parsing text: String) {
        value = text.isEmpty ? nil : try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
    }

    init(_ value: Any?) { self.value = value }

    subscript(key: String) -> JSON { JSON((value as? [String: Any])?[key]) }
    subscript(index: Int) -> JSON {
        guard let array = value as? [Any], array.indices.contains(index) else { return JSON(nil) }
        return JSON(array[index])
    }

    var string: String? { value as? String }
    var int: Int? { value as? Int }
    var double: Double? { (value as? Double) ?? (value as? NSNumber)?.doubleValue }
    var bool: Bool? { value as? Bool }
    var array: [JSON] { ((value as? [Any]) ?? []).map { JSON($0) } }
    var strings: [String] { array.compactMap(\.string) }
    var isNull: Bool { value == nil || value is NSNull }
    var isEmptyObject: Bool { (value as? [String: Any])?.isEmpty == true }
    var description: String {
        guard let value, let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed]) else {
            return "null"
        }
        return String(decoding: data, as: UTF8.self)
    }
}
