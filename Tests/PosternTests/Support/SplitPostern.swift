import Foundation

/// Postern as an operator runs it against a cloud: `postern cloud` plays AWS, and
/// `postern serve --cloud aws` is the control plane, configured as the AWS CLI would be. Every
/// service is pointed at the cloud by its own `AWS_ENDPOINT_URL_<SERVICE>` variable, and the
/// credentials come from a profile that assumes the platform's role (account 100000000000)
/// with another account's keys.
final class SplitPostern: PosternServing, @unchecked Sendable {
    static let platformRole = "arn:aws:iam::100000000000:role/postern-platform"
    let cloudDirectory: URL
    let dataDirectory: URL
    let cloud: PosternDaemon
    let control: PosternDaemon
    let cloudURL: String
    let controlURL: String
    let dnsPort: Int
    private let lease: SlotLease

    init(cloudArguments: [String] = [], environment extra: [String: String] = [:]) async throws {
        cloudDirectory = Scratch.path("postern-cloud-test")
        dataDirectory = Scratch.path("postern-test")
        let lease = try await SlotLease()
        self.lease = lease
        cloud = try await PosternDaemon(
            ["cloud", "--data-dir", cloudDirectory.path, "--port", "0", "--dns-port", "0",
             "--vpc-slots", "\(lease.slots.lowerBound)-\(lease.slots.upperBound)", "--cloud-delay", "0s"] + cloudArguments,
            dataDirectory: cloudDirectory)
        cloudURL = cloud.cloudURL
        dnsPort = cloud.dnsPort

        var environment = try Self.controlPlaneEnvironment(cloudURL: cloudURL)
        environment.merge(extra) { _, given in given }
        control = try await PosternDaemon(
            ["serve", "--cloud", "aws", "--data-dir", dataDirectory.path, "--port", "0"], dataDirectory: dataDirectory, environment: environment)
        controlURL = control.controlURL
    }

    /// A control plane's environment as an operator sets it against `cloudURL`: every service's
    /// `AWS_ENDPOINT_URL_<SERVICE>`, and a profile that assumes the platform's role.
    static func controlPlaneEnvironment(cloudURL: String) throws -> [String: String] {
        let files = Scratch.path("aws-config")
        try FileManager.default.createDirectory(at: files, withIntermediateDirectories: true)
        try """
            [profile platform]
            role_arn = \(Self.platformRole)
            source_profile = operator
            role_session_name = postern-control-plane
            region = us-west-2
            """.write(to: files.appendingPathComponent("config"), atomically: true, encoding: .utf8)
        try "[operator]\naws_access_key_id = 999999999999\naws_secret_access_key = operator-secret\n"
            .write(to: files.appendingPathComponent("credentials"), atomically: true, encoding: .utf8)
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("AWS_") }
        for service in ["EC2", "ELASTIC_LOAD_BALANCING_V2", "ROUTE_53", "STS", "CLOUDWATCH"] {
            environment["AWS_ENDPOINT_URL_\(service)"] = cloudURL
        }
        environment["AWS_CONFIG_FILE"] = files.appendingPathComponent("config").path
        environment["AWS_SHARED_CREDENTIALS_FILE"] = files.appendingPathComponent("credentials").path
        environment["AWS_PROFILE"] = "platform"
        environment["AWS_EC2_METADATA_DISABLED"] = "true"
        return environment
    }

    deinit {
        control.stop()
        cloud.stop()
    }
}
