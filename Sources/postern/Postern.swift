import ArgumentParser
import PosternCLI

@main
struct Postern: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "postern",
        abstract: "Private connectivity for a managed database cloud: PrivateLink endpoints and connections, self-hosted.",
        subcommands: [Serve.self, CloudCommand.self] + ClientCommands.all)
}
