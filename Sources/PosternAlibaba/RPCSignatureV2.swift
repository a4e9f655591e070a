import Crypto
import Foundation

/// The legacy RPC signature (HMAC-SHA1 over the sorted query), which the SDKs use only when
/// told to (`signature_algorithm='v2'`); servers still accept it.
public enum RPCSignatureV2 {
    /// `METHOD&%2F&` and the encoded canonical query, over every parameter but `Signature`.
    public static func stringToSign(method: String, parameters: [String: String]) -> String {
        let canonical = parameters.filter { $0.key != "Signature" }.sorted { $0.key < $1.key }
            .map { "\(Percent.encode($0.key))=\(Percent.encode($0.value))" }.joined(separator: "&")
        return "\(method.uppercased())&%2F&\(Percent.encode(canonical))"
    }

    public static func signature(secret: String, stringToSign: String) -> String {
        Data(HMAC<Insecure.SHA1>.authenticationCode(for: Data(stringToSign.utf8), using: SymmetricKey(data: Data((secret + "&").utf8))))
            .base64EncodedString()
    }
}
