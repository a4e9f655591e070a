import Foundation

extension AWSClient {
    /// The services Postern calls, whose endpoints the configuration may set one by one.
    public static let services: [ServiceModel] = [.ec2, .elbv2, .route53, .sts, .cloudWatch]

    /// A client configured as the AWS CLI and SDKs configure themselves: the shared config and
    /// credentials files and the environment for endpoints, credentials and retries.
    /// `endpointURL` (a command's `--aws-endpoint-url`) stands for `AWS_ENDPOINT_URL`.
    public static func standard(
        environment: [String: String] = ProcessInfo.processInfo.environment, endpointURL: String? = nil, profile: String? = nil,
        transport: HTTPTransport = .shared, timeout: TimeInterval = 30
    ) throws -> AWSClient {
        var environment = environment
        if let endpointURL { environment["AWS_ENDPOINT_URL"] = endpointURL }
        let config = AWSSharedConfig.load(environment: environment, profile: profile)
        let endpoints = try AWSEndpointResolver.standard(config: config, services: services)
        return AWSClient(
            credentials: try CredentialChain.standard(config: config, endpoints: endpoints, transport: transport), endpoints: endpoints,
            retry: try RetryStrategy.standard(config: config), transport: transport, timeout: timeout)
    }

    /// The region the configuration names, if any (`AWS_REGION`, `AWS_DEFAULT_REGION`, the profile's).
    public static func configuredRegion(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        AWSSharedConfig.load(environment: environment).region
    }

    /// One line per service: where it is reached, for a start-up message.
    public func describeEndpoints(region: String) -> [String] {
        Self.services.map { model in
            let endpoint = endpoints.resolve(model, region: region)
            return "\(AWSEndpointResolver.configKey(of: model)) \(endpoint.url.absoluteString)"
        }
    }
}
