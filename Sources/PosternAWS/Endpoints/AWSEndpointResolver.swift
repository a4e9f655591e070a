import Foundation

/// Where each service is reached and which region its requests are signed for, as the AWS SDKs
/// resolve it: a configured endpoint URL first, in the SDKs' order (`AWS_ENDPOINT_URL_<SERVICE>`,
/// `AWS_ENDPOINT_URL`, the profile's `services` section, the profile's `endpoint_url`), else the
/// service's own host in the region's partition (`ec2.us-west-2.amazonaws.com`,
/// `route53.amazonaws.com` signed for us-east-1, `sts.<region>.amazonaws.com`).
public struct AWSEndpointResolver: Sendable, Equatable {
    /// By the service's config key (`ec2`, `elastic_load_balancing_v2`, `route_53`, `sts`, `cloudwatch`).
    public var serviceEndpoints: [String: URL]
    public var globalEndpoint: URL?

    public init(serviceEndpoints: [String: URL] = [:], globalEndpoint: URL? = nil) {
        self.serviceEndpoints = serviceEndpoints
        self.globalEndpoint = globalEndpoint
    }

    /// Every service at one URL (`--endpoint-url`, the embedded cloud, moto).
    public static func single(_ url: URL) -> AWSEndpointResolver { AWSEndpointResolver(globalEndpoint: url) }

    public struct Endpoint: Sendable, Equatable {
        public let url: URL
        public let signingRegion: String
        /// Whether it came from configuration rather than AWS's own host names.
        public let isConfigured: Bool
    }

    /// `AWS_ENDPOINT_URL_EC2` for EC2, `AWS_ENDPOINT_URL_ELASTIC_LOAD_BALANCING_V2` for ELBv2, …
    public static func environmentVariable(of model: ServiceModel) -> String {
        "AWS_ENDPOINT_URL_" + model.metadata.serviceId.uppercased().replacingOccurrences(of: " ", with: "_")
    }

    /// `ec2`, `elastic_load_balancing_v2`, `route_53`: the key of a services section.
    public static func configKey(of model: ServiceModel) -> String {
        model.metadata.serviceId.lowercased().replacingOccurrences(of: " ", with: "_")
    }

    /// What the environment and the shared config say. A URL that does not parse is an error
    /// naming where it was written.
    public static func standard(config: AWSSharedConfig, services models: [ServiceModel]) throws -> AWSEndpointResolver {
        let environment = config.environment
        let profile = config.profile
        if environment["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"]?.lowercased() == "true"
            || profile?["ignore_configured_endpoint_urls"]?.lowercased() == "true"
        {
            return AWSEndpointResolver()
        }
        func url(_ text: String?, from place: String) throws -> URL? {
            guard let text = text.nonEmpty else { return nil }
            guard let url = URL(string: text), let scheme = url.scheme, ["http", "https"].contains(scheme), url.host != nil else {
                throw AWSConfigurationError("\(place) is '\(text)', which is not an endpoint URL: write it as https://host[:port].")
            }
            return url
        }
        var ownVariables: [String: URL] = [:], ownSections: [String: URL] = [:]
        let servicesSection = profile?["services"].flatMap { config.services[$0] }
        for model in models {
            let variable = environmentVariable(of: model), key = configKey(of: model)
            if let found = try url(environment[variable], from: variable) {
                ownVariables[key] = found
            } else if let found = try url(servicesSection?.subsections[key]?["endpoint_url"], from: "endpoint_url of \(key) in [services \(profile?["services"] ?? "")]") {
                ownSections[key] = found
            }
        }
        let global = try url(environment["AWS_ENDPOINT_URL"], from: "AWS_ENDPOINT_URL")
        let configGlobal = try url(profile?["endpoint_url"], from: "endpoint_url of profile \(config.profileName)")
        // The SDKs' order: a service's variable, the global variable, the service's config
        // section, the profile's endpoint_url.
        let endpoints = global == nil ? ownVariables.merging(ownSections) { variable, _ in variable } : ownVariables
        return AWSEndpointResolver(serviceEndpoints: endpoints, globalEndpoint: global ?? configGlobal)
    }

    public func resolve(_ model: ServiceModel, region: String) -> Endpoint {
        let partition = AWSPartition.of(region: region)
        let isRoute53 = model.metadata.protocol == "rest-xml" && model.metadata.globalEndpoint != nil
        let signingRegion = isRoute53 ? partition.globalRegion : region
        if let url = serviceEndpoints[Self.configKey(of: model)] ?? globalEndpoint {
            return Endpoint(url: url, signingRegion: signingRegion, isConfigured: true)
        }
        let host = isRoute53 ? partition.route53Host : "\(model.metadata.endpointPrefix).\(region).\(partition.dnsSuffix)"
        return Endpoint(url: URL(string: "https://\(host)")!, signingRegion: signingRegion, isConfigured: false)
    }
}

/// The AWS configuration (environment, shared files) says something that cannot be used.
public struct AWSConfigurationError: Error, Sendable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
