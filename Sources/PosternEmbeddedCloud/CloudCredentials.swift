import Foundation
import PosternAWS

/// The keys the embedded cloud knows when it verifies signatures: an AWS shared-credentials
/// file (`[profile]`, `aws_access_key_id`, `aws_secret_access_key`) in its data directory,
/// written on first start with a `default` profile for the default customer account.
public struct CloudCredentials: Sendable {
    public let file: URL

    init(file: URL) throws {
        self.file = file
        if !FileManager.default.fileExists(atPath: file.path) {
            let secret = CloudID.alphanumeric(40, uppercase: false)
            let text = """
                # Keys the embedded cloud accepts when it verifies signatures (postern serve --cloud-verify-signatures).
                # A 12-digit access key id acts in that account; add a profile per account you use.
                # Use with: AWS_SHARED_CREDENTIALS_FILE=\(file.path) aws --profile default ...
                [default]
                aws_access_key_id = \(Account.defaultCustomer)
                aws_secret_access_key = \(secret)

                """
            FileManager.default.createFile(atPath: file.path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600])
        }
    }

    /// Read anew on every call, so profiles added while the cloud runs count at once.
    func secret(accessKeyID: String) -> String? {
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return nil }
        return AWSCredentials.profiles(in: text).values.first { $0.accessKeyID == accessKeyID }?.secretAccessKey
    }

    /// The secret of `accessKeyID`, adding a profile for it if the file has none.
    public func ensureProfile(_ name: String, accessKeyID: String) throws -> String {
        if let secret = secret(accessKeyID: accessKeyID) { return secret }
        let secret = CloudID.alphanumeric(40, uppercase: false)
        let handle = try FileHandle(forWritingTo: file)
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("\n[\(name)]\naws_access_key_id = \(accessKeyID)\naws_secret_access_key = \(secret)\n".utf8))
        return secret
    }
}
