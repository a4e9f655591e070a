/// How the embedded cloud tells accounts apart: by the access key id a request is signed with.
public enum Account {
    /// The account of keys that name none: the customer.
    public static let defaultCustomer = "000000000000"

    /// A 12-digit access key id is that account's id; any other key is the default customer
    /// account, unless the cloud issued it to a role session.
    public static func of(accessKeyID: String) -> String {
        isAccountID(accessKeyID) ? accessKeyID : defaultCustomer
    }

    public static func isAccountID(_ text: String) -> Bool {
        text.utf8.count == 12 && text.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    public static func rootARN(_ account: String) -> String { "arn:aws:iam::\(account):root" }
}
