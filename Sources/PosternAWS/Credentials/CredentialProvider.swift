import Foundation

/// Somewhere credentials come from: the environment, a profile, a role, the container or the
/// instance. `fetch` asks its source every time; `RefreshingCredentialProvider` keeps them.
public protocol CredentialProvider: Sendable, CustomStringConvertible {
    func fetch() async throws -> AWSCredentials
}

/// One fixed key pair.
public struct StaticCredentialProvider: CredentialProvider {
    public let credentials: AWSCredentials
    public let source: String

    public init(_ credentials: AWSCredentials, source: String = "static keys") {
        self.credentials = credentials
        self.source = source
    }

    public func fetch() async throws -> AWSCredentials { credentials }
    public var description: String { "\(source) (\(credentials.accessKeyID))" }
}

/// `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and `AWS_SESSION_TOKEN`, read when asked.
public struct EnvironmentCredentialProvider: CredentialProvider {
    public let environment: [String: String]

    public init(environment: [String: String]) { self.environment = environment }

    public var isConfigured: Bool { environment["AWS_ACCESS_KEY_ID"].nonEmpty != nil }

    public func fetch() async throws -> AWSCredentials {
        guard let key = environment["AWS_ACCESS_KEY_ID"].nonEmpty, let secret = environment["AWS_SECRET_ACCESS_KEY"].nonEmpty else {
            throw CredentialsError("AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not: set both, or neither.")
        }
        return AWSCredentials(accessKeyID: key, secretAccessKey: secret, sessionToken: environment["AWS_SESSION_TOKEN"].nonEmpty)
    }

    public var description: String { "environment (AWS_ACCESS_KEY_ID)" }
}

/// Keeps the credentials its source gave and asks again only when they are about to expire,
/// one caller at a time; if asking fails while the old ones still hold, it goes on with those.
public actor RefreshingCredentialProvider: CredentialProvider {
    public nonisolated let source: any CredentialProvider
    /// How long before expiry new ones are fetched.
    public nonisolated let refreshBefore: TimeInterval
    private var current: AWSCredentials?
    private var refreshing: Task<AWSCredentials, any Error>?
    public private(set) var fetches = 0

    public init(_ source: any CredentialProvider, refreshBefore: TimeInterval = 300) {
        self.source = source
        self.refreshBefore = refreshBefore
    }

    public func fetch() async throws -> AWSCredentials {
        if let current, !isDue(current, now: Date()) { return current }
        if let refreshing { return try await refreshing.value }
        let source = self.source
        let task = Task { try await source.fetch() }
        refreshing = task
        fetches += 1
        do {
            let fresh = try await task.value
            refreshing = nil
            current = fresh
            return fresh
        } catch {
            refreshing = nil
            if let current, (current.expiration ?? .distantFuture) > Date() { return current }
            throw error
        }
    }

    private func isDue(_ credentials: AWSCredentials, now: Date) -> Bool {
        guard let expiration = credentials.expiration else { return false }
        return expiration.timeIntervalSince(now) <= refreshBefore
    }

    public nonisolated var description: String { source.description }
}
