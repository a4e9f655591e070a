import PosternDataPlane

/// An IPv4 block such as `10.0.1.0/24`.
struct CIDR: Sendable, Equatable, CustomStringConvertible {
    let network: UInt32
    let prefix: Int

    init?(_ text: String) {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let prefix = Int(parts[1]), (0...32).contains(prefix),
            let address = CIDR.address(String(parts[0]))
        else { return nil }
        let mask: UInt32 = prefix == 0 ? 0 : ~UInt32(0) << (32 - prefix)
        guard address & mask == address else { return nil }
        self.network = address
        self.prefix = prefix
    }

    var size: UInt64 { UInt64(1) << UInt64(32 - prefix) }
    var last: UInt32 { network &+ UInt32(truncatingIfNeeded: size - 1) }
    var description: String { "\(CIDR.format(network))/\(prefix)" }

    func contains(_ other: CIDR) -> Bool { other.prefix >= prefix && other.network >= network && other.last <= last }
    func contains(address: UInt32) -> Bool { address >= network && address <= last }
    func overlaps(_ other: CIDR) -> Bool { network <= other.last && other.network <= last }

    /// The address `offset` hosts into the block.
    func host(_ offset: Int) -> String { CIDR.format(network &+ UInt32(offset)) }

    static func address(_ text: String) -> UInt32? { IPv4Address(text)?.value }

    static func format(_ address: UInt32) -> String { IPv4Address(address).description }
}
