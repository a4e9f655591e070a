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
        let projects = try await store.all(Project.self).filter { caller.role == .organizationOwner || $0.id == caller.projectID }
        return .ok(.init(body: .json(.init(projects: projects.map(Self.project)))))
    }

    func createProject(_ input: Operations.CreateProject.Input) async throws -> Operations.CreateProject.Output {
        let caller = try Principal.require()
        guard case .json(let body) = input.body else { throw APIError.invalidArgument("The body must be JSON.") }
        try Project.validate(displayName: body.displayName)
        let project = Project(id: Project.newID(), displayName: body.displayName, createdBy: caller.publicKey, createTime: Date())
        try await store.insert(project, event: Event(resource: project.name, state: project.state.rawValue, actor: caller.publicKey, time: project.createTime, reason: "Created."))
        return .ok(.init(body: .json(Self.project(project))))
    }

    func listAPIKeys(_ input: Operations.ListAPIKeys.Input) async throws -> Operations.ListAPIKeys.Output {
        let project = try await visibleProject(input.path.projectId)
        return .ok(.init(body: .json(.init(apiKeys: try await store.all(APIKey.self, ["project": project.id]).map { Self.apiKey($0) }))))
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
        try await store.insert(pair.key, event: nil)
        return .ok(.init(body: .json(Self.apiKey(pair.key, privateKey: pair.privateKey))))
    }

    func deleteAPIKey(_ input: Operations.DeleteAPIKey.Input) async throws -> Operations.DeleteAPIKey.Output {
        let caller = try Principal.require()
        let project = try await visibleProject(input.path.projectId)
        guard let key = try await store.get(APIKey.self, id: input.path.publicKey), key.projectID == project.id else {
            throw APIError.notFound("API key \(input.path.publicKey) not found in project \(project.id).")
        }
        guard caller.role.mayManageKey(of: key.role, in: project.id, own: caller.projectID) else {
            throw APIError.permissionDenied("A \(caller.role.rawValue) may not remove a \(key.role.rawValue) key; ask an Organization Owner.")
        }
        if key.role == .organizationOwner {
            let owners = try await store.all(APIKey.self).filter { $0.role == .organizationOwner }.count
            guard owners > 1 else {
                throw APIError.failedPrecondition("Key \(key.publicKey) is the last Organization Owner key; make another one before removing it.")
            }
        }
        try await store.delete(key, event: nil)
        return .ok(.init(body: .json(Self.apiKey(key))))
    }

    func deleteProject(_ input: Operations.DeleteProject.Input) async throws -> Operations.DeleteProject.Output {
        let project = try await visibleProject(input.path.projectId)
        let owners = try await store.all(APIKey.self, ["project": project.id]).filter { $0.role == .organizationOwner }
        guard owners.isEmpty else {
            throw APIError.failedPrecondition(
                "Project \(project.id) holds Organization Owner key\(owners.count == 1 ? "" : "s") \(owners.map(\.publicKey).joined(separator: ", ")); deleting it would delete \(owners.count == 1 ? "it" : "them"). Make an Organization Owner key in another project and delete these first.")
        }
        return .ok(.init(body: .json(Self.project(try await askDeletion(of: project)))))
    }

    /// A project the caller may see: an Organization Owner sees every one, others their own;
    /// the rest are as missing as projects that never were.
    private func visibleProject(_ id: String) async throws -> Project {
        let caller = try Principal.require()
        guard caller.role == .organizationOwner || id == caller.projectID, let project = try await store.get(Project.self, id: id) else {
            throw APIError.notFound("Project \(id) not found: GET /iam/v1beta1/projects lists yours.")
        }
        return project
    }

    static func project(_ project: Project) -> Components.Schemas.Project {
        .init(
            projectId: project.id, displayName: project.displayName, createdBy: project.createdBy, createTime: project.createTime,
            state: .init(rawValue: project.state.rawValue))
    }

    static func apiKey(_ key: APIKey, privateKey: String? = nil) -> Components.Schemas.APIKey {
        .init(
            publicKey: key.publicKey, privateKey: privateKey, projectId: key.projectID,
            role: Components.Schemas.Role(rawValue: key.role.rawValue) ?? .projectMember, description: key.description,
            createTime: key.createdAt)
    }
}
