import Foundation

/// Temporary credentials `AssumeRole` handed out: its access key acts in the role's account.
struct RoleSession: CloudResource {
    static let kind = "role-session"
    var id: String { accessKeyID }
    var accessKeyID: String
    var secretAccessKey: String
    var account: String
    var roleARN: String
    var sessionName: String
    var expiresAt: Date
    var createdAt: Date
}
