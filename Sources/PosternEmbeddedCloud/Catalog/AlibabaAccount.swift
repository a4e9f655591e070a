/// How the embedded cloud's Alibaba Cloud tells accounts apart: by the AccessKey id a request
/// is signed with, as its AWS side does.
public enum AlibabaAccount {
    /// The account (UID) of keys that name none: the customer.
    public static let defaultCustomer = "1000000000000000"

    /// A 16-digit AccessKey id is that account's UID; any other key is the default customer account.
    public static func of(accessKeyID: String) -> String {
        isUID(accessKeyID) ? accessKeyID : defaultCustomer
    }

    public static func isUID(_ text: String) -> Bool {
        text.utf8.count == 16 && text.utf8.first != UInt8(ascii: "0")
            && text.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }
}
