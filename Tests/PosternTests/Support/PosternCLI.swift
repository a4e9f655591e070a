import Foundation
import Testing

/// The `postern` binary as a client, with its key and URL from the environment, as a user
/// would set them; output captured (so never a terminal).
struct PosternCLI: Sendable {
    let environment: [String: String]

    init(_ postern: PosternProcess) throws {
        let key = try postern.adminKey
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("POSTERN_") }
        environment["POSTERN_API_URL"] = postern.controlURL
        environment["POSTERN_PUBLIC_KEY"] = key.publicKey
        environment["POSTERN_PRIVATE_KEY"] = key.privateKey
        environment["XDG_CONFIG_HOME"] = postern.dataDirectory.appendingPathComponent("config").path
        self.environment = environment
    }

    struct Result: Sendable {
        let status: Int32
        let output: String
        var json: JSON { JSON(parsing: output) }
    }

    func run(_ arguments: String...) async throws -> Result {
        let result = try await Subprocess.run([try PosternProcess.binary().path] + arguments, environment: environment)
        return Result(status: result.status, output: result.stdout + result.stderr)
    }

    /// Runs a command that must succeed, and returns what it printed.
    func succeed(_ arguments: String..., sourceLocation: SourceLocation = #_sourceLocation) async throws -> Result {
        try await succeed(arguments, sourceLocation: sourceLocation)
    }

    func succeed(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) async throws -> Result {
        let result = try await Subprocess.run([try PosternProcess.binary().path] + arguments, environment: environment)
        #expect(result.status == 0, "postern \(arguments.joined(separator: " ")): \(result.stdout)\(result.stderr)", sourceLocation: sourceLocation)
        return Result(status: result.status, output: result.stdout + result.stderr)
    }
}
