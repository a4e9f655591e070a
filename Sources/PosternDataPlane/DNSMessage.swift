/// The parts of a DNS query the server reads (RFC 1035 §4), and the response it writes.
public struct DNSQuery: Sendable, Equatable {
    public var id: UInt16
    public var flags: UInt16
    public var name: String
    public var type: DNSType
    public var questionClass: UInt16

    public enum ParseError: Error { case malformed, notAQuery }

    /// Reads the header and the first question; anything after the question is ignored.
    public init(_ bytes: [UInt8]) throws(ParseError) {
        guard bytes.count >= 12 else { throw .malformed }
        func u16(_ at: Int) -> UInt16 { UInt16(bytes[at]) << 8 | UInt16(bytes[at + 1]) }
        id = u16(0)
        flags = u16(2)
        guard flags & 0x8000 == 0 else { throw .notAQuery }
        guard u16(4) >= 1 else { throw .malformed }
        var labels: [String] = []
        var at = 12
        while true {
            guard at < bytes.count else { throw .malformed }
            let length = Int(bytes[at])
            at += 1
            if length == 0 { break }
            guard length < 64, at + length <= bytes.count else { throw .malformed }
            labels.append(String(decoding: bytes[at..<at + length], as: UTF8.self))
            at += length
        }
        guard at + 4 <= bytes.count else { throw .malformed }
        name = labels.joined(separator: ".")
        type = DNSType(rawValue: u16(at))
        questionClass = u16(at + 2)
    }

    /// The response carrying `answer`; over UDP, one that would pass 512 bytes is sent
    /// truncated (TC) so the client asks again over TCP.
    public func response(_ answer: DNSResolver.Answer, overUDP: Bool) -> [UInt8] {
        var code = answer.code
        var records = answer.records
        if questionClass != 1 && questionClass != 255 { code = .refused; records = [] }
        var out = Self.header(id: id, flags: flags, code: code, answers: records.count, truncated: false)
        Self.appendName(name, to: &out)
        Self.append16(type.rawValue, to: &out)
        Self.append16(questionClass, to: &out)
        for record in records {
            Self.appendName(record.name, to: &out)
            var rdata: [UInt8] = []
            switch record.data {
            case .address(let address):
                Self.append16(DNSType.a.rawValue, to: &out)
                rdata = [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: address.value >> UInt32($0)) }
            case .alias(let target):
                Self.append16(DNSType.cname.rawValue, to: &out)
                Self.appendName(target, to: &rdata)
            }
            Self.append16(1, to: &out)
            out += [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: record.ttl >> UInt32($0)) }
            Self.append16(UInt16(rdata.count), to: &out)
            out += rdata
        }
        if overUDP && out.count > 512 {
            out = Self.header(id: id, flags: flags, code: code, answers: 0, truncated: true)
            Self.appendName(name, to: &out)
            Self.append16(type.rawValue, to: &out)
            Self.append16(questionClass, to: &out)
        }
        return out
    }

    /// A bare error response to bytes that could not be read as a query.
    public static func failure(to bytes: [UInt8], code: DNSResponseCode) -> [UInt8]? {
        guard bytes.count >= 4, bytes[2] & 0x80 == 0 else { return nil }
        let flags = UInt16(bytes[2]) << 8 | UInt16(bytes[3])
        return header(id: UInt16(bytes[0]) << 8 | UInt16(bytes[1]), flags: flags, code: code, answers: 0, truncated: false, questions: 0)
    }

    private static func header(id: UInt16, flags: UInt16, code: DNSResponseCode, answers: Int, truncated: Bool, questions: UInt16 = 1) -> [UInt8] {
        let opcode = flags & 0x7800, recursionDesired = flags & 0x0100
        let authoritative: UInt16 = code == .refused ? 0 : 0x0400
        let response = 0x8000 | opcode | authoritative | (truncated ? 0x0200 : 0) | recursionDesired | UInt16(code.rawValue)
        var out: [UInt8] = []
        for value in [id, response, questions, UInt16(answers), 0, 0] { append16(value, to: &out) }
        return out
    }

    private static func appendName(_ name: String, to out: inout [UInt8]) {
        for label in name.split(separator: ".") {
            let bytes = Array(label.utf8.prefix(63))
            out.append(UInt8(bytes.count))
            out += bytes
        }
        out.append(0)
    }

    private static func append16(_ value: UInt16, to out: inout [UInt8]) {
        out.append(UInt8(value >> 8))
        out.append(UInt8(value & 0xff))
    }
}
