import Foundation

/// An API key pair's public half and what the server keeps to check the private half: the
/// Digest `HA1` values (`H(public:realm:private)`), never the private key itself.
public struct APIKey: Record {
    public static let kind = "apiKey"

    public var publicKey: String
    public var ha1MD5: String
    public var ha1SHA256: String
    public var projectID: String
    public var role: Role
    public var createdAt: Date
    public var description: String?

    public init(publicKey: String, ha1MD5: String, ha1SHA256: String, projectID: String, role: Role, createdAt: Date) {
        self.publicKey = publicKey
        self.ha1MD5 = ha1MD5
        self.ha1SHA256 = ha1SHA256
        self.projectID = projectID
        self.role = role
        self.createdAt = createdAt
    }

    public enum Role: String, Sendable, Codable, CaseIterable {
        case organizationOwner = "Organization Owner"
        case projectOwner = "Project Owner"
        case projectMember = "Project Member"
        /// Reads its project; changes nothing.
        case projectViewer = "Project Viewer"
    }

    public var id: String { publicKey }
    public var indexes: [String: String] { ["project": projectID] }

    /// The project a fresh data directory's admin key belongs to.
    public static let defaultProjectID = "default"
}
