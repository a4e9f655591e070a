import ArgumentParser
import Foundation

/// `postern config`: profiles of API URL and key, in the user's config directory.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config", abstract: "Configure the API URL and key pair the client uses",
        subcommands: [Set.self, Show.self, Use.self])

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set a property of a profile: api-url, public-key or private-key",
            discussion: "Example:\n  postern config set public-key ABCD1234\n  postern config set api-url http://127.0.0.1:4080 -P staging")
        @Argument(help: "api-url, public-key or private-key.") var key: String
        @Argument var value: String
        @Option(name: [.customShort("P"), .long], help: "The profile (default: the current one).") var profile: String?

        func run() throws {
            guard ClientConfiguration.keys.contains(key) else {
                throw ValidationError("Unknown property '\(key)': use one of \(ClientConfiguration.keys.joined(separator: ", ")).")
            }
            var configuration = try ClientConfiguration.load()
            configuration.profiles[profile ?? configuration.current, default: [:]][key] = value
            try configuration.save()
            print("Set \(key) in profile \(profile ?? configuration.current)")
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show the profiles (private keys masked)")

        func run() throws {
            let configuration = try ClientConfiguration.load()
            print("current profile: \(configuration.current)  (\(ClientConfiguration.fileURL().path))")
            for (name, properties) in configuration.profiles.sorted(by: { $0.key < $1.key }) {
                print("[\(name)]")
                for (key, value) in properties.sorted(by: { $0.key < $1.key }) {
                    print("  \(key) = \(key == "private-key" ? String(repeating: "*", count: 8) : value)")
                }
            }
        }
    }

    struct Use: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Make a profile the current one")
        @Argument var profile: String

        func run() throws {
            var configuration = try ClientConfiguration.load()
            configuration.current = profile
            try configuration.save()
            print("Current profile is \(profile)")
        }
    }
}
