import Foundation
import PosternAlibaba

/// The AccessKeys the embedded cloud's Alibaba Cloud knows when it verifies signatures: an
/// Alibaba Cloud credentials file (`[profile]`, `type = access_key`, `access_key_id`,
/// `access_key_secret`) in its data directory, written on first start with a `default` profile
/// for the default customer account. The official SDKs read it through
/// `ALIBABA_CLOUD_CREDENTIALS_FILE`.
public struct AlibabaCloudCredentials: Sendable {
    public let file: URL

    init(file: URL) throws {
        self.file = file
        if !FileManager.default.fileExists(atPath: file.path) {
            let text = """
                # AccessKeys the embedded cloud's Alibaba Cloud accepts when it verifies signatures (postern serve --cloud-verify-signatures).
                # A 16-digit AccessKey id acts in that account (its UID); add a profile per account you use.
                # Use with: ALIBABA_CLOUD_CREDENTIALS_FILE=\(file.path) ALIBABA_CLOUD_PROFILE=default
                [default]
                type = access_key
                access_key_id = \(AlibabaAccount.defaultCustomer)
                access_key_secret = \(CloudID.alphanumeric(30, uppercase: false))

                """
            FileManager.default.createFile(atPath: file.path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600])
        }
    }

    /// Read anew on every call, so profiles added while the cloud runs count at once.
    func secret(accessKeyID: String) -> String? {
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return nil }
        return AlibabaCredentialChain.profiles(in: text).values.first { $0["access_key_id"] == accessKeyID }?["access_key_secret"]
    }

    /// The secret of `accessKeyID`, adding a profile for it if the file has none.
    public func ensureProfile(_ name: String, accessKeyID: String) throws -> String {
        if let secret = secret(accessKeyID: accessKeyID) { return secret }
        let secret = CloudID.alphanumeric(30, uppercase: false)
        let handle = try FileHandle(forWritingTo: file)
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("\n[\(name)]\ntype = access_key\naccess_key_id = \(accessKeyID)\naccess_key_secret = \(secret)\n".utf8))
        return secret
    }
}
