/// An IPv4 address as a 32-bit number.
public struct IPv4Address: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var value: UInt32

    public init(_ value: UInt32) { self.value = value }

    public init?(_ text: some StringProtocol) {
        let octets = text.split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4 else { return nil }
        var value: UInt32 = 0
        for octet in octets {
            guard let byte = UInt8(octet) else { return nil }
            value = value << 8 | UInt32(byte)
        }
        self.value = value
    }

    public var description: String {
        [24, 16, 8, 0].map { String((value >> UInt32($0)) & 0xff) }.joined(separator: ".")
    }

    public var isLoopback: Bool { value >> 24 == 127 }

    public static func < (lhs: IPv4Address, rhs: IPv4Address) -> Bool { lhs.value < rhs.value }
}

/// How VPC addresses become addresses of this machine: the VPC with loopback slot `n` (1 to
/// 254) stands at 127.n.0.0/16, and its address at offset `k` from the VPC's network address
/// at 127.n.(k / 256).(k % 256). A VPC is at most a /16, so every address has a place.
public enum LoopbackMap {
    public static let slots: ClosedRange<Int> = 1...254

    /// The loopback address of `address` in a VPC whose block starts at `network`.
    public static func loopback(of address: IPv4Address, network: IPv4Address, slot: Int) -> IPv4Address {
        IPv4Address(0x7f00_0000 | UInt32(slot) << 16 | ((address.value &- network.value) & 0xffff))
    }

    /// The slot a loopback address stands in, or nil for 127.0.x.x, 127.255.x.x and
    /// addresses off loopback.
    public static func slot(of address: IPv4Address) -> Int? {
        guard address.isLoopback else { return nil }
        let slot = Int(address.value >> 16 & 0xff)
        return slots.contains(slot) ? slot : nil
    }

    /// The VPC address a loopback address stands for, given its VPC's network address.
    public static func vpcAddress(of loopback: IPv4Address, network: IPv4Address) -> IPv4Address {
        IPv4Address(network.value &+ (loopback.value & 0xffff))
    }
}
