import Foundation

/// The two encodings Alibaba Cloud's APIs use for query values.
enum Percent {
    /// RFC 3986: only `A-Z a-z 0-9 - _ . ~` stay; everything else is `%XX` of its UTF-8 bytes
    /// (a space is `%20`, `*` is `%2A`). What signatures are computed over.
    static func encode(_ text: String) -> String {
        var encoded = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"):
                encoded.append(Character(UnicodeScalar(byte)))
            default:
                encoded += String(format: "%%%02X", byte)
            }
        }
        return encoded
    }

    /// Form decoding, as a server must read the SDKs' query strings: `+` is a space, `%XX` a byte.
    static func formDecode(_ text: String) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}
