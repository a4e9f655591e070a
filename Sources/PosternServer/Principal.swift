import PosternDomain

/// Who is calling: the API key a request was authenticated with.
struct Principal: Sendable {
    let publicKey: String
    let projectID: String
    let role: APIKey.Role

    @TaskLocal static var current: Principal?

    /// The caller of the request being handled; the authenticator set it.
    static func require() throws -> Principal {
        guard let current else { throw APIError.unauthenticated("The request is not authenticated.") }
        return current
    }
}
