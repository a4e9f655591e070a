import Foundation
import Synchronization

/// An EC2 instance's role credentials from its metadata service, with IMDSv2 session tokens
/// (`PUT /latest/api/token`, then the token on every read), falling back to IMDSv1 only where
/// the service answers the token request with 403, 404 or 405 and v1 is not disabled.
/// `AWS_EC2_METADATA_SERVICE_ENDPOINT` (or the profile's `ec2_metadata_service_endpoint`) points it
/// elsewhere. A session token is kept until a minute before its six hours are up.
public final class InstanceMetadataCredentialProvider: CredentialProvider {
    public let endpoint: String
    public let allowsV1: Bool
    public let timeout: TimeInterval
    let transport: HTTPTransport
    static let tokenTTL = 21600
    private let session = Mutex<(token: String, until: Date)?>(nil)

    public init(endpoint: String = "http://169.254.169.254", allowsV1: Bool = true, timeout: TimeInterval = 1, transport: HTTPTransport = .shared) {
        self.endpoint = endpoint.hasSuffix("/") ? String(endpoint.dropLast()) : endpoint
        self.allowsV1 = allowsV1
        self.timeout = timeout
        self.transport = transport
    }

    public static func standard(config: AWSSharedConfig, transport: HTTPTransport = .shared) -> InstanceMetadataCredentialProvider? {
        let environment = config.environment
        guard environment["AWS_EC2_METADATA_DISABLED"]?.lowercased() != "true" else { return nil }
        let ipv6 = (environment["AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE"] ?? config.profile?["ec2_metadata_service_endpoint_mode"])?
            .lowercased() == "ipv6"
        let endpoint = environment["AWS_EC2_METADATA_SERVICE_ENDPOINT"].nonEmpty ?? config.profile?["ec2_metadata_service_endpoint"].nonEmpty
            ?? (ipv6 ? "http://[fd00:ec2::254]" : "http://169.254.169.254")
        let v1Disabled = (environment["AWS_EC2_METADATA_V1_DISABLED"] ?? config.profile?["ec2_metadata_v1_disabled"])?.lowercased() == "true"
        let timeout = environment["AWS_METADATA_SERVICE_TIMEOUT"].flatMap(Double.init) ?? 1
        return InstanceMetadataCredentialProvider(endpoint: endpoint, allowsV1: !v1Disabled, timeout: timeout, transport: transport)
    }

    /// The IMDSv2 session token, kept or asked anew; nil where the service speaks only v1.
    private func sessionToken() async throws -> String? {
        if let kept = session.withLock({ $0 }), kept.until > Date() { return kept.token }
        let asked = Date()
        let token = try await transport.send(
            "PUT", endpoint + "/latest/api/token", headers: [("X-aws-ec2-metadata-token-ttl-seconds", "\(Self.tokenTTL)")],
            timeout: timeout)
        switch token.status {
        case 200:
            session.withLock { $0 = (token.text, asked.addingTimeInterval(TimeInterval(Self.tokenTTL - 60))) }
            return token.text
        case 403, 404, 405 where allowsV1: return nil
        default:
            throw CredentialsError("The instance metadata service at \(endpoint) refused a session token (HTTP \(token.status)): \(token.text.prefix(200))")
        }
    }

    public func fetch() async throws -> AWSCredentials {
        let headers = try await sessionToken().map { [("X-aws-ec2-metadata-token", $0)] } ?? []
        let base = endpoint + "/latest/meta-data/iam/security-credentials/"
        let roles = try await transport.send("GET", base, headers: headers, timeout: timeout)
        if roles.status == 401 { session.withLock { $0 = nil } }
        guard roles.status == 200, let role = roles.text.split(whereSeparator: \.isNewline).first.map(String.init), !role.isEmpty else {
            throw CredentialsError(
                "The instance at \(endpoint) has no IAM role (HTTP \(roles.status) for \(base)): attach an instance profile with Postern's policy.")
        }
        let answer = try await transport.send("GET", base + role, headers: headers, timeout: timeout)
        guard answer.status == 200 else {
            throw CredentialsError("The instance metadata service answered HTTP \(answer.status) for role \(role)'s credentials.")
        }
        return try AWSCredentials.decode(json: answer.body, source: "The instance metadata service (role \(role))")
    }

    public var description: String { "EC2 instance metadata at \(endpoint)" }
}
