/// Resource ids shaped as AWS makes them.
enum CloudID {
    /// `vpc-0a1b2c3d4e5f67890`: a prefix and 17 hex digits.
    static func make(_ prefix: String) -> String { "\(prefix)-\(hex(17))" }

    static func hex(_ count: Int) -> String {
        String((0..<count).map { _ in "0123456789abcdef".randomElement()! })
    }

    static func alphanumeric(_ count: Int, uppercase: Bool = true) -> String {
        let letters = uppercase ? "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" : "abcdefghijklmnopqrstuvwxyz0123456789"
        return String((0..<count).map { _ in letters.randomElement()! })
    }

    static func requestID() -> String {
        let h = hex(32)
        let parts = [h.prefix(8), h.dropFirst(8).prefix(4), h.dropFirst(12).prefix(4), h.dropFirst(16).prefix(4), h.suffix(12)]
        return parts.joined(separator: "-")
    }
}
