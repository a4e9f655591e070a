import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// Where an `AlibabaClient` gets the AccessKey it signs each request with: fixed keys, or keys
/// fetched and refreshed (an ECS instance's RAM role).
public protocol AlibabaCredentialProvider: Sendable, CustomStringConvertible {
    func credentials() async throws -> AlibabaCredentials
}

extension AlibabaCredentials: AlibabaCredentialProvider {
    public func credentials() async throws -> AlibabaCredentials { self }
}

/// The RAM role of the ECS instance Postern runs on, as the credentials library reads it: the
/// metadata service's session token first (IMDSv2, `PUT /latest/api/token`), falling back to
/// asking without one unless `ALIBABA_CLOUD_IMDSV1_DISABLED` says not to; the role's name
/// (`ALIBABA_CLOUD_ECS_METADATA`, else the one the instance lists), then its STS credentials,
/// fetched again five minutes before they expire. A request that gets no answer is tried three
/// times, as the SDKs try the instance metadata service.
public actor ECSRAMRoleCredentials: AlibabaCredentialProvider {
    public nonisolated let endpoint: String
    public nonisolated let roleName: String?
    let requireToken: Bool
    let timeout: TimeInterval
    private var current: (credentials: AlibabaCredentials, expiration: Date)?

    public static let metadataEndpoint = "http://100.100.100.200"
    /// How long before they expire credentials are fetched again.
    static let refreshAhead: TimeInterval = 300

    public init(endpoint: String = metadataEndpoint, roleName: String? = nil, requireToken: Bool = false, timeout: TimeInterval = 3) {
        self.endpoint = endpoint.hasSuffix("/") ? String(endpoint.dropLast()) : endpoint
        self.roleName = roleName
        self.requireToken = requireToken
        self.timeout = timeout
    }

    public nonisolated var description: String {
        "ECS RAM role \(roleName ?? "(the instance's)") from the metadata service at \(endpoint)"
    }

    public func credentials() async throws -> AlibabaCredentials {
        if let current, current.expiration.timeIntervalSinceNow > Self.refreshAhead { return current.credentials }
        let token = try await sessionToken()
        let role: String
        if let roleName {
            role = roleName
        } else {
            role = try await get("/latest/meta-data/ram/security-credentials/", token: token).split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
            guard !role.isEmpty else { throw AlibabaCredentialError("The ECS metadata service at \(endpoint) lists no RAM role: attach one to the instance.") }
        }
        let body = try await get("/latest/meta-data/ram/security-credentials/\(role)", token: token)
        let json = try AlibabaJSON(data: Data(body.utf8))
        guard json["Code"].string == "Success", let id = json["AccessKeyId"].string, let secret = json["AccessKeySecret"].string,
            let securityToken = json["SecurityToken"].string
        else {
            // The body may hold part of the secret: name what is missing rather than echo it.
            let missing = ["AccessKeyId", "AccessKeySecret", "SecurityToken"].filter { json[$0].string == nil }
            throw AlibabaCredentialError(
                "The ECS metadata service at \(endpoint) did not give RAM role \(role)'s credentials (Code \(json["Code"].string ?? "none")\(missing.isEmpty ? "" : ", missing \(missing.joined(separator: ", "))")).")
        }
        let formatter = ISO8601DateFormatter()
        let expiration = json["Expiration"].string.flatMap(formatter.date(from:)) ?? Date().addingTimeInterval(Self.refreshAhead * 2)
        let fetched = AlibabaCredentials(accessKeyID: id, accessKeySecret: secret, securityToken: securityToken, source: "ECS RAM role \(role)")
        current = (fetched, expiration)
        return fetched
    }

    static let attempts = 3

    /// The request's answer, tried again when none comes.
    private func execute(_ request: HTTPClientRequest) async throws -> HTTPClientResponse {
        var attempt = 1
        while true {
            do {
                return try await HTTPClient.shared.execute(request, timeout: .milliseconds(Int64(timeout * 1000)))
            } catch where attempt < Self.attempts {
                attempt += 1
                try await Task.sleep(for: .milliseconds(100 * attempt))
            }
        }
    }

    /// IMDSv2's session token; nil when the service gives none and tokens are not required.
    private func sessionToken() async throws -> String? {
        var request = HTTPClientRequest(url: endpoint + "/latest/api/token")
        request.method = .PUT
        request.headers.add(name: "X-aliyun-ecs-metadata-token-ttl-seconds", value: "21600")
        do {
            let response = try await execute(request)
            let body = String(buffer: try await response.body.collect(upTo: 1 << 16))
            if response.status == .ok, !body.isEmpty { return body }
            if requireToken { throw AlibabaCredentialError("The ECS metadata service at \(endpoint) gave no session token (\(response.status.code)), and IMDSv1 is disabled.") }
            return nil
        } catch let error as AlibabaCredentialError {
            throw error
        } catch {
            if requireToken { throw AlibabaCredentialError("The ECS metadata service at \(endpoint) did not answer: \(error)") }
            return nil
        }
    }

    private func get(_ path: String, token: String?) async throws -> String {
        var request = HTTPClientRequest(url: endpoint + path)
        if let token { request.headers.add(name: "X-aliyun-ecs-metadata-token", value: token) }
        let response: HTTPClientResponse
        do {
            response = try await execute(request)
        } catch {
            throw AlibabaCredentialError("The ECS metadata service at \(endpoint) did not answer (\(error)): run on an ECS instance with a RAM role, or give AccessKeys.")
        }
        let body = String(buffer: try await response.body.collect(upTo: 1 << 20))
        guard response.status == .ok else {
            let untokened = token == nil ? " (asked without a session token, since none was given)" : ""
            throw AlibabaCredentialError(
                "The ECS metadata service at \(endpoint) answered \(path) with HTTP \(response.status.code)\(untokened): check the instance's RAM role\(roleName == nil ? "" : " \(roleName!) (ALIBABA_CLOUD_ECS_METADATA)").")
        }
        return body
    }
}
