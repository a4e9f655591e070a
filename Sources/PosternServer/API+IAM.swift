import Foundation
import PosternDomain
import PosternStore

/// Postern's additions for who may do what: the organization, its projects, API keys and roles.
extension API {
    func getOrganization(_ input: Operations.GetOrganization.Input) async throws -> Operations.GetOrganization.Output {
        _ = try Principal.require()
        return .ok(.init(body: .json(.init(organizationId: "1", displayName: "Postern"))))
    }

    func listRoles(_ input: Operations.ListRoles.Input) async throws -> Operations.ListRoles.Output {
        _ = try Principal.require()
        return .ok(.init(body: .json(.init(roles: APIKey.Role.allCases.map {
            .init(role: Components.Schemas.Role(rawValue: $0.rawValue) ?? .projectMember, description: $0.summary)
        }))))
    }

    func listProjects(_ input: Operations.ListProjects.Input) async throws -> Operations.ListProjects.Output {
        let caller = try Principal.require()
        let projects = try await store.projects().filter { caller.role == .organizationOwner || $0.id == caller.projectID }
        return .ok(.init(body: .json(.init(projects: projects.map(Self.project)))))
    }

    func createProject(_ input: Operations.CreateProject.Input) async throws -> Operations.CreateProject.Output {
        let caller = try Principal.require()
        guard caller.role == .organizationOwner else {
            throw APIError.permissionDenied("Only an Organization Owner may create projects; this API key is a \(caller.role.rawValue).")
        }
        guard case .json(let body) = input.body else { throw APIError.invalidArgument("The body must be JSON.") }
        try Project.validate(displayName: body.displayName)
        let project = Project(id: Project.newID(), displayName: body.displayName, createdBy: caller.publicKey, createTime: Date())
        try await store.insert(project)
        return .ok(.init(body: .json(Self.project(project))))
    }

    func listAPIKeys(_ input: Operations.ListAPIKeys.Input) async throws -> Operations.ListAPIKeys.Output {
        let caller = try Principal.require()
        let project = try await visibleProject(input.path.projectId)
        guard caller.role != .projectMember else {
            throw APIError.permissionDenied("A Project Member may not see API keys; ask a Project Owner.")
        }
        return .ok(.init(body: .json(.init(apiKeys: try await store.apiKeys(projectID: project.id).map { Self.apiKey($0) }))))
    }

    func createAPIKey(_ input: Operations.CreateAPIKey.Input) async throws -> Operations.CreateAPIKey.Output {
        let caller = try Principal.require()
        let project = try await visibleProject(input.path.projectId)
        guard case .json(let body) = input.body else { throw APIError.invalidArgument("The body must be JSON.") }
        guard let role = APIKey.Role(rawValue: body.role.rawValue) else { throw APIError.invalidArgument("Unknown role \(body.role.rawValue).") }
        guard caller.role.mayManageKey(of: role, in: project.id, own: caller.projectID) else {
            throw APIError.permissionDenied(
                "A \(caller.role.rawValue) may not make a \(role.rawValue) key in project \(project.id); ask an Organization Owner.")
        }
        let pair = KeyPair(projectID: project.id, role: role, description: body.description)
        try await store.insert(pair.key)
        return .ok(.init(body: .json(Self.apiKey(pair.key, privateKey: pair.privateKey))))
    }

    func deleteAPIKey(_ input: Operations.DeleteAPIKey.Input) async throws -> Operations.DeleteAPIKey.Output {
        let caller = try Principal.require()
        let project = try await visibleProject(input.path.projectId)
        guard let key = try await store.apiKey(publicKey: input.path.publicKey), key.projectID == project.id else {
            throw APIError.notFound("API key \(input.path.publicKey) not found in project \(project.id).")
        }
        guard caller.role.mayManageKey(of: key.role, in: project.id, own: caller.projectID) else {
            throw APIError.permissionDenied("A \(caller.role.rawValue) may not remove a \(key.role.rawValue) key; ask an Organization Owner.")
        }
        if key.role == .organizationOwner {
            var owners = 0
            for project in try await store.projects() {
                owners += try await store.apiKeys(projectID: project.id).filter { $0.role == .organizationOwner }.count
            }
            guard owners > 1 else {
                throw APIError.failedPrecondition("Key \(key.publicKey) is the last Organization Owner key; make another one before removing it.")
            }
        }
        try await store.remove(key)
        return .ok(.init(body: .json(Self.apiKey(key))))
    }

    /// A project the caller may see: an Organization Owner sees every one, others their own;
    /// the rest are as missing as projects that never were.
    private func visibleProject(_ id: String) async throws -> Project {
        let caller = try Principal.require()
        guard caller.role == .organizationOwner || id == caller.projectID, let project = try await store.project(id: id) else {
            throw APIError.notFound("Project \(id) not found: GET /iam/v1beta1/projects lists yours.")
        }
        return project
    }

    static func project(_ project: Project) -> Components.Schemas.Project {
        .init(projectId: project.id, displayName: project.displayName, createdBy: project.createdBy, createTime: project.createTime)
    }

    static func apiKey(_ key: APIKey, privateKey: String? = nil) -> Components.Schemas.APIKey {
        .init(
            publicKey: key.publicKey, privateKey: privateKey, projectId: key.projectID,
            role: Components.Schemas.Role(rawValue: key.role.rawValue) ?? .projectMember, description: key.description,
            createTime: key.createdAt)
    }
}
