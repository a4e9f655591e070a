import ArgumentParser
import Foundation

/// Options every client command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: [.customShort("P"), .long], help: "The profile in the config file to use.")
    var profile: String?
    @Flag(name: [.customShort("D"), .long], help: "Dump every HTTP request and response to standard error.")
    var debug = false
    @Flag(name: .customLong("no-color"), help: "Print without colors.")
    var noColor = false
    @Option(name: .customLong("api-url"), help: "The API's base URL (default: POSTERN_API_URL, the profile's api-url, or http://127.0.0.1:4080).")
    var apiURL: String?
    @Option(name: .customLong("public-key"), help: "The API key's public half (default: POSTERN_PUBLIC_KEY or the profile's).")
    var publicKey: String?
    @Option(name: .customLong("private-key"), help: "The API key's private half (default: POSTERN_PRIVATE_KEY or the profile's).")
    var privateKey: String?

    func client() throws -> API {
        let resolved = try ClientConfiguration.load().resolve(
            profile: profile, url: apiURL, publicKey: publicKey, privateKey: privateKey,
            localDataDirectory: DataDirectory.standard())
        return API(baseURL: resolved.url, publicKey: resolved.publicKey, privateKey: resolved.privateKey,
                   debug: debug || ["1", "true"].contains(ProcessInfo.processInfo.environment["POSTERN_DEBUG"] ?? ""))
    }

    /// Runs a command's body, printing any failure as `Error: …` and exiting 1.
    func run(_ body: (Terminal, API) async throws -> Void) async throws {
        let terminal = Terminal(noColor: noColor)
        do {
            try await body(terminal, try client())
        } catch let error as ExitCode {
            throw error
        } catch {
            terminal.error("\(error)")
            throw ExitCode(error is Interrupted ? 130 : 1)
        }
    }
}

/// The user ended input mid-prompt (end of input or Ctrl-D): exit status 130, as ticloud.
struct Interrupted: Error, CustomStringConvertible {
    var description: String { "the operation was interrupted" }
}

/// cobra's message when some but not all of a command's required flags are given.
func requireFlags(_ flags: [(String, String?)]) throws {
    let missing = flags.filter { $0.1 == nil }.map { "\"\($0.0)\"" }
    guard missing.isEmpty else { throw CLIError("required flag(s) \(missing.joined(separator: ", ")) not set") }
}
