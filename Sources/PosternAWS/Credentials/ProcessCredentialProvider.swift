import Foundation

/// A profile's `credential_process`: a command whose standard output is
/// `{"Version": 1, "AccessKeyId", "SecretAccessKey", "SessionToken", "Expiration"}`.
public struct ProcessCredentialProvider: CredentialProvider {
    public let command: String

    public init(command: String) { self.command = command }

    public func fetch() async throws -> AWSCredentials {
        let command = self.command
        return try await Task.detached {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", command]
            let output = Pipe(), errors = Pipe()
            process.standardOutput = output
            process.standardError = errors
            process.standardInput = FileHandle.nullDevice
            do { try process.run() } catch { throw CredentialsError("credential_process '\(command)' could not start: \(error)") }
            let data = output.fileHandleForReading.readDataToEndOfFile()
            let failure = errors.fileHandleForReading.readDataToEndOfFile()
            // Polled: Foundation's waitUntilExit can hang when called from a task on Linux.
            for _ in 0..<1000 where process.isRunning { usleep(10_000) }
            guard !process.isRunning else {
                process.terminate()
                throw CredentialsError("credential_process '\(command)' closed its output but did not exit within 10 seconds.")
            }
            guard process.terminationStatus == 0 else {
                throw CredentialsError(
                    "credential_process '\(command)' exited with status \(process.terminationStatus): \(String(decoding: failure.prefix(300), as: UTF8.self))")
            }
            if let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any], let version = object["Version"] as? Int, version != 1 {
                throw CredentialsError("credential_process '\(command)' answered Version \(version); only Version 1 exists.")
            }
            return try AWSCredentials.decode(json: Array(data), source: "credential_process '\(command)'")
        }.value
    }

    public var description: String { "credential_process '\(command)'" }
}
