import Foundation

/// A project: what every cluster, connection and API key belongs to, and the bound of what a
/// key sees. An installation is one organization.
public struct Project: Resource {
    public static let kind = "project"
    public static let ownerKind: String? = nil
    public static let deleting = ProjectState.deleting

    public var id: String
    public var displayName: String
    public var createdBy: String
    public var createTime: Date
    public var state: ProjectState
    public var message: String?
    public var updateTime: Date?
    public var nextCheckAt: Date?

    public init(id: String, displayName: String, createdBy: String, createTime: Date) {
        self.id = id
        self.displayName = displayName
        self.createdBy = createdBy
        self.createTime = createTime
        self.state = .active
    }

    public var name: String { "projects/\(id)" }
    public var ownerID: String? { nil }

    private enum CodingKeys: String, CodingKey {
        case id, displayName, createdBy, createTime, state, message, updateTime, nextCheckAt
    }

    public init(from decoder: any Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        id = try values.decode(String.self, forKey: .id)
        displayName = try values.decode(String.self, forKey: .displayName)
        createdBy = try values.decode(String.self, forKey: .createdBy)
        createTime = try values.decode(Date.self, forKey: .createTime)
        state = try values.decodeIfPresent(ProjectState.self, forKey: .state) ?? .active
        message = try values.decodeIfPresent(String.self, forKey: .message)
        updateTime = try values.decodeIfPresent(Date.self, forKey: .updateTime)
        nextCheckAt = try values.decodeIfPresent(Date.self, forKey: .nextCheckAt)
    }

    /// 19 decimal digits, as TiDB Cloud's project ids.
    public static func newID() -> String { String(UInt64.random(in: 1_000_000_000_000_000_000...9_999_999_999_999_999_999)) }

    /// The project a fresh data directory starts with.
    public static func standard(createTime: Date) -> Project {
        Project(id: APIKey.defaultProjectID, displayName: "Default Project", createdBy: "system", createTime: createTime)
    }

    public static func validate(displayName: String) throws(APIError) {
        guard (1...64).contains(displayName.unicodeScalars.count), !displayName.trimmingCharacters(in: .whitespacesAndNewlines.union(["\u{FEFF}"])).isEmpty else {
            throw .invalidArgument("displayName is required: 1 to 64 characters, not all spaces.")
        }
    }
}

public enum ProjectState: String, Sendable, Codable, CaseIterable {
    case active = "ACTIVE"
    case deleting = "DELETING"
}

extension APIKey.Role {
    /// What the role may do, as `GET /iam/v1beta1/roles` tells it.
    public var summary: String {
        switch self {
        case .organizationOwner: "Everything: creates projects and any project's API keys, and private endpoints."
        case .projectOwner: "Everything in its project: its clusters, connections and private endpoints, and its Project Owner and Project Member keys."
        case .projectMember: "Its project's Starter and Essential clusters, private link connections and attached domains; reads the rest. May not manage Dedicated clusters, private endpoints or API keys."
        case .projectViewer: "Reads everything in its project; changes nothing."
        }
    }

    /// Whether a key of this role may make or remove a key of `role` in `project` while
    /// belonging to `own`.
    public func mayManageKey(of role: APIKey.Role, in project: String, own: String) -> Bool {
        switch self {
        case .organizationOwner: true
        case .projectOwner: project == own && role != .organizationOwner
        case .projectMember, .projectViewer: false
        }
    }
}
