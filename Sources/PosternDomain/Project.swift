import Foundation

/// A project: what every cluster, connection and API key belongs to, and the bound of what a
/// key sees. An installation is one organization.
public struct Project: Sendable, Equatable, Codable {
    public var id: String
    public var displayName: String
    public var createdBy: String
    public var createTime: Date

    public init(id: String, displayName: String, createdBy: String, createTime: Date) {
        self.id = id
        self.displayName = displayName
        self.createdBy = createdBy
        self.createTime = createTime
    }

    /// 19 decimal digits, as TiDB Cloud's project ids.
    public static func newID() -> String { String(UInt64.random(in: 1_000_000_000_000_000_000...9_999_999_999_999_999_999)) }

    /// The project a fresh data directory starts with.
    public static func standard(createTime: Date) -> Project {
        Project(id: APIKey.defaultProjectID, displayName: "Default Project", createdBy: "system", createTime: createTime)
    }

    public static func validate(displayName: String) throws(APIError) {
        guard (1...64).contains(displayName.trimmingCharacters(in: .whitespaces).count) else {
            throw .invalidArgument("displayName is required: 1 to 64 characters.")
        }
    }
}

extension APIKey.Role {
    /// What the role may do, as `GET /iam/v1beta1/roles` tells it.
    public var summary: String {
        switch self {
        case .organizationOwner: "Everything: creates projects and any project's API keys, and private endpoints."
        case .projectOwner: "Everything in its project: its clusters, connections and private endpoints, and its Project Owner and Project Member keys."
        case .projectMember: "Its project's clusters and private link connections; may not create private endpoints or API keys."
        }
    }

    /// Whether a key of this role may make or remove a key of `role` in `project` while
    /// belonging to `own`.
    public func mayManageKey(of role: APIKey.Role, in project: String, own: String) -> Bool {
        switch self {
        case .organizationOwner: true
        case .projectOwner: project == own && role != .organizationOwner
        case .projectMember: false
        }
    }
}
