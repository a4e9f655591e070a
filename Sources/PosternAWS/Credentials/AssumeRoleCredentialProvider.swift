import Foundation

/// A role's temporary credentials from STS: `AssumeRole` signed with a source's credentials
/// (a profile's `role_arn` with `source_profile` or `credential_source`), or
/// `AssumeRoleWithWebIdentity` with a token file's content, unsigned (what EKS's service
/// accounts use: `AWS_WEB_IDENTITY_TOKEN_FILE` and `AWS_ROLE_ARN`).
public struct AssumeRoleCredentialProvider: CredentialProvider {
    public enum Proof: Sendable {
        /// Signed by these credentials.
        case credentials(any CredentialProvider)
        /// The content of this file, read on every fetch (the token rotates).
        case webIdentityTokenFile(String)
    }

    public let roleARN: String
    public let sessionName: String
    public let externalID: String?
    public let duration: Int?
    public let proof: Proof
    public let region: String
    let endpoints: AWSEndpointResolver
    let transport: HTTPTransport

    public init(
        roleARN: String, sessionName: String? = nil, externalID: String? = nil, duration: Int? = nil, proof: Proof, region: String,
        endpoints: AWSEndpointResolver, transport: HTTPTransport = .shared
    ) {
        self.roleARN = roleARN
        self.sessionName = sessionName ?? "postern-\(Int(Date().timeIntervalSince1970))"
        self.externalID = externalID
        self.duration = duration
        self.proof = proof
        self.region = region
        self.endpoints = endpoints
        self.transport = transport
    }

    public func fetch() async throws -> AWSCredentials {
        var input: [String: AWSValue] = ["RoleArn": .string(roleARN), "RoleSessionName": .string(sessionName)]
        if let duration { input["DurationSeconds"] = .integer(duration) }
        let operation: String
        let client: AWSClient
        switch proof {
        case .credentials(let source):
            if let externalID { input["ExternalId"] = .string(externalID) }
            operation = "AssumeRole"
            client = AWSClient(credentials: source, endpoints: endpoints, transport: transport)
        case .webIdentityTokenFile(let path):
            guard let token = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw CredentialsError("The web identity token file '\(path)' cannot be read (AWS_WEB_IDENTITY_TOKEN_FILE or web_identity_token_file).")
            }
            input["WebIdentityToken"] = .string(token.trimmingCharacters(in: .whitespacesAndNewlines))
            operation = "AssumeRoleWithWebIdentity"
            client = AWSClient(credentials: nil, endpoints: endpoints, transport: transport)
        }
        let output: AWSValue
        do {
            output = try await client.call(.sts, operation, .structure(input), region: region)
        } catch let error as AWSServiceError {
            throw CredentialsError("STS refused \(operation) of \(roleARN): \(error.code): \(error.message)")
        }
        guard let credentials = output["Credentials"], let key = credentials["AccessKeyId"]?.string,
            let secret = credentials["SecretAccessKey"]?.string
        else {
            throw CredentialsError("STS answered \(operation) of \(roleARN) without credentials.")
        }
        return AWSCredentials(
            accessKeyID: key, secretAccessKey: secret, sessionToken: credentials["SessionToken"]?.string,
            expiration: credentials["Expiration"]?.date)
    }

    public var description: String {
        switch proof {
        case .credentials(let source): "role \(roleARN) assumed with \(source)"
        case .webIdentityTokenFile(let path): "role \(roleARN) assumed with the web identity token in \(path)"
        }
    }
}
