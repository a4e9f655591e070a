import Foundation

/// A container's task role credentials, as ECS and EKS Pod Identity hand them out:
/// `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI` (on ECS's agent at 169.254.170.2) or
/// `AWS_CONTAINER_CREDENTIALS_FULL_URI`, with the token of `AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE`
/// (read on every fetch, since it rotates) or `AWS_CONTAINER_AUTHORIZATION_TOKEN`.
public struct ContainerCredentialProvider: CredentialProvider {
    public let url: String
    public let tokenFile: String?
    public let token: String?
    let transport: HTTPTransport

    public init(url: String, tokenFile: String? = nil, token: String? = nil, transport: HTTPTransport = .shared) {
        self.url = url
        self.tokenFile = tokenFile
        self.token = token
        self.transport = transport
    }

    /// The hosts a plain-HTTP full URI may name, as the SDKs allow: loopback, ECS's and EKS's agents.
    static let plainHTTPHosts: Set<String> = ["169.254.170.2", "169.254.170.23", "fd00:ec2::23", "[fd00:ec2::23]", "localhost"]

    public static func standard(environment: [String: String], transport: HTTPTransport = .shared) throws -> ContainerCredentialProvider? {
        let tokenFile = environment["AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE"].nonEmpty
        let token = environment["AWS_CONTAINER_AUTHORIZATION_TOKEN"].nonEmpty
        if let relative = environment["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"].nonEmpty {
            return ContainerCredentialProvider(url: "http://169.254.170.2" + relative, tokenFile: tokenFile, token: token, transport: transport)
        }
        guard let full = environment["AWS_CONTAINER_CREDENTIALS_FULL_URI"].nonEmpty else { return nil }
        guard let parsed = URL(string: full), let scheme = parsed.scheme, let host = parsed.host else {
            throw CredentialsError("AWS_CONTAINER_CREDENTIALS_FULL_URI '\(full)' is not a URL.")
        }
        if scheme == "http" && !(plainHTTPHosts.contains(host) || host.hasPrefix("127.") || host == "::1" || host == "[::1]") {
            throw CredentialsError(
                "AWS_CONTAINER_CREDENTIALS_FULL_URI '\(full)' is plain HTTP to \(host): use https, or a loopback address or ECS's or EKS's agent.")
        }
        return ContainerCredentialProvider(url: full, tokenFile: tokenFile, token: token, transport: transport)
    }

    public func fetch() async throws -> AWSCredentials {
        var headers: [(String, String)] = [("Accept", "application/json")]
        if let tokenFile {
            guard let text = try? String(contentsOfFile: tokenFile, encoding: .utf8) else {
                throw CredentialsError("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE '\(tokenFile)' cannot be read.")
            }
            headers.append(("Authorization", text.trimmingCharacters(in: .whitespacesAndNewlines)))
        } else if let token {
            headers.append(("Authorization", token))
        }
        let answer = try await transport.send("GET", url, headers: headers, timeout: 5)
        guard answer.status == 200 else {
            throw CredentialsError("The container credentials endpoint \(url) answered HTTP \(answer.status): \(answer.text.prefix(200))")
        }
        return try AWSCredentials.decode(json: answer.body, source: "The container credentials endpoint \(url)")
    }

    public var description: String { "container credentials at \(url)" }
}
