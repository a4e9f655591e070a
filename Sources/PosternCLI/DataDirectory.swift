import Foundation

/// Where `postern serve` keeps its state unless told: `$XDG_DATA_HOME/<name>` or
/// `~/.local/share/<name>`; the client looks there for a local server's key and `ready.json`.
public enum DataDirectory {
    public static func standard(named name: String = "postern") -> String {
        let environment = ProcessInfo.processInfo.environment
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty { return xdg + "/" + name }
        return (environment["HOME"] ?? ".") + "/.local/share/" + name
    }
}
