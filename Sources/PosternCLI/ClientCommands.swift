import ArgumentParser

/// The client's commands, for the `postern` binary to list beside its servers.
public enum ClientCommands {
    public static let all: [any ParsableCommand.Type] = [
        DemoCommand.self, ServerlessCommand.self, DedicatedCommand.self, PremiumCommand.self, DoctorCommand.self, ConfigCommand.self,
    ]
}
