import Foundation

/// A console sign-in: the API key it acts as, its CSRF token, and when it ends. Kept under the
/// SHA-256 of the cookie's value, so the store never holds a usable session.
public struct ConsoleSession: Record {
    public static let kind = "consoleSession"

    /// Hex SHA-256 of the session cookie's value.
    public var id: String
    public var publicKey: String
    /// What every change made with this session must carry in `X-CSRF-Token`.
    public var csrfToken: String
    public var createdAt: Date
    public var expiresAt: Date

    public init(id: String, publicKey: String, csrfToken: String, createdAt: Date, expiresAt: Date) {
        self.id = id
        self.publicKey = publicKey
        self.csrfToken = csrfToken
        self.createdAt = createdAt
        self.expiresAt = expiresAt
    }

    public var indexes: [String: String] { ["key": publicKey] }

    /// How long a sign-in lasts.
    public static let lifetime: TimeInterval = 8 * 3600
}
