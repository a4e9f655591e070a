import Foundation

/// The AWS SDKs' default credential chain: the first source that is configured, in order:
/// the environment's keys; the profile (`AWS_PROFILE` or `default`) of the shared files, with
/// static keys, `role_arn` with `source_profile` or `credential_source`, `web_identity_token_file`,
/// or `credential_process`; web identity (`AWS_WEB_IDENTITY_TOKEN_FILE` with `AWS_ROLE_ARN`);
/// container credentials (ECS); the EC2 instance's metadata (IMDSv2). What it returns keeps
/// the credentials and refreshes them before they expire.
public enum CredentialChain {
    public static func standard(
        config: AWSSharedConfig, endpoints: AWSEndpointResolver, transport: HTTPTransport = .shared, refreshBefore: TimeInterval = 300
    ) throws -> RefreshingCredentialProvider {
        RefreshingCredentialProvider(try source(config: config, endpoints: endpoints, transport: transport), refreshBefore: refreshBefore)
    }

    /// The source the chain picks, unwrapped.
    public static func source(config: AWSSharedConfig, endpoints: AWSEndpointResolver, transport: HTTPTransport = .shared) throws
        -> any CredentialProvider
    {
        let environment = config.environment
        let keys = EnvironmentCredentialProvider(environment: environment)
        if keys.isConfigured { return keys }
        let resolver = ProfileResolver(config: config, endpoints: endpoints, transport: transport)
        if let profile = config.profile, resolver.isUsable(profile) {
            return try resolver.provider(profile: config.profileName)
        }
        if config.profileIsExplicit && config.profile == nil {
            throw CredentialsError(
                "The profile '\(config.profileName)' (AWS_PROFILE) is in neither the config file nor the credentials file: add [profile \(config.profileName)] to ~/.aws/config (AWS_CONFIG_FILE), or unset AWS_PROFILE.")
        }
        if let role = environment["AWS_ROLE_ARN"].nonEmpty, let tokenFile = environment["AWS_WEB_IDENTITY_TOKEN_FILE"].nonEmpty {
            return AssumeRoleCredentialProvider(
                roleARN: role, sessionName: environment["AWS_ROLE_SESSION_NAME"].nonEmpty, proof: .webIdentityTokenFile(tokenFile),
                region: config.region ?? "us-east-1", endpoints: endpoints, transport: transport)
        }
        if let container = try ContainerCredentialProvider.standard(environment: environment, transport: transport) { return container }
        if let instance = InstanceMetadataCredentialProvider.standard(config: config, transport: transport) { return instance }
        throw CredentialsError(
            "No AWS credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE with a profile in ~/.aws/config, or run where a role is given (EKS web identity, ECS task role, EC2 instance profile); instance metadata is off (AWS_EC2_METADATA_DISABLED).")
    }
}

/// A profile's credentials, following `source_profile` to its end.
struct ProfileResolver {
    let config: AWSSharedConfig
    let endpoints: AWSEndpointResolver
    let transport: HTTPTransport

    func isUsable(_ profile: AWSSharedConfig.Section) -> Bool {
        ["aws_access_key_id", "role_arn", "credential_process", "web_identity_token_file", "sso_start_url", "sso_session"]
            .contains { profile[$0] != nil }
    }

    func provider(profile name: String, visited: [String] = []) throws -> any CredentialProvider {
        guard let profile = config.profiles[name] else {
            throw CredentialsError("The profile '\(name)' named by source_profile of '\(visited.last ?? "")' does not exist.")
        }
        let region = profile["region"] ?? config.region ?? "us-east-1"
        if let role = profile["role_arn"] {
            let proof: AssumeRoleCredentialProvider.Proof
            if let tokenFile = profile["web_identity_token_file"] {
                proof = .webIdentityTokenFile(tokenFile)
            } else if let source = profile["source_profile"] {
                guard !visited.contains(source) else {
                    throw CredentialsError("source_profile makes a loop: \((visited + [name, source]).joined(separator: " → ")).")
                }
                // A profile that is its own source signs with its own keys.
                if source == name, let keys = staticKeys(profile, name: name) {
                    proof = .credentials(keys)
                } else {
                    proof = .credentials(try provider(profile: source, visited: visited + [name]))
                }
            } else if let source = profile["credential_source"] {
                proof = .credentials(try credentialSource(source, profile: name))
            } else {
                throw CredentialsError("The profile '\(name)' has role_arn but neither source_profile nor credential_source: name where the role is assumed from.")
            }
            return AssumeRoleCredentialProvider(
                roleARN: role, sessionName: profile["role_session_name"], externalID: profile["external_id"],
                duration: profile["duration_seconds"].flatMap { Int($0) }, proof: proof, region: region, endpoints: endpoints,
                transport: transport)
        }
        if let keys = staticKeys(profile, name: name) { return keys }
        if let command = profile["credential_process"] { return ProcessCredentialProvider(command: command) }
        if profile["sso_start_url"] != nil || profile["sso_session"] != nil {
            throw CredentialsError("The profile '\(name)' uses IAM Identity Center (SSO), which Postern does not sign in to: give it a role (role_arn) or keys.")
        }
        throw CredentialsError("The profile '\(name)' has no credentials: give it aws_access_key_id and aws_secret_access_key, role_arn, or credential_process.")
    }

    private func staticKeys(_ profile: AWSSharedConfig.Section, name: String) -> StaticCredentialProvider? {
        guard let key = profile["aws_access_key_id"], let secret = profile["aws_secret_access_key"] else { return nil }
        return StaticCredentialProvider(
            AWSCredentials(accessKeyID: key, secretAccessKey: secret, sessionToken: profile["aws_session_token"]), source: "profile \(name)")
    }

    private func credentialSource(_ source: String, profile: String) throws -> any CredentialProvider {
        switch source {
        case "Environment": return EnvironmentCredentialProvider(environment: config.environment)
        case "EcsContainer":
            guard let container = try ContainerCredentialProvider.standard(environment: config.environment, transport: transport) else {
                throw CredentialsError("The profile '\(profile)' takes credential_source EcsContainer, but AWS_CONTAINER_CREDENTIALS_RELATIVE_URI and _FULL_URI are unset.")
            }
            return container
        case "Ec2InstanceMetadata":
            guard let instance = InstanceMetadataCredentialProvider.standard(config: config, transport: transport) else {
                throw CredentialsError("The profile '\(profile)' takes credential_source Ec2InstanceMetadata, but AWS_EC2_METADATA_DISABLED is true.")
            }
            return instance
        default:
            throw CredentialsError("The profile '\(profile)' has credential_source '\(source)': use Environment, EcsContainer or Ec2InstanceMetadata.")
        }
    }
}
