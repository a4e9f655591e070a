import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// How the demo and the doctor look at an endpoint as a client would: an A query to a DNS
/// server, a line sent through the endpoint, and whether a server greets through it.
enum Probe {
    /// The IPv4 addresses `name` has at the DNS server on `server`:`dnsPort` (one UDP query).
    static func addresses(of name: String, server: String = "127.0.0.1", dnsPort: Int) throws -> [String] {
        var query: [UInt8] = [0x50, 0x53, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0]
        for label in name.split(separator: ".") {
            query.append(UInt8(label.utf8.count))
            query += label.utf8
        }
        query += [0, 0, 1, 0, 1]
        let socket = try Socket(type: SOCK_DGRAM)
        defer { socket.close() }
        try socket.connect(host: server, port: dnsPort)
        try socket.send(query)
        let reply = socket.receive()
        guard reply.count >= 12 else { throw CLIError("no answer from the DNS server on \(server):\(dnsPort)") }
        return answers(in: reply)
    }

    /// Sends `line` to `host`:`port`, half-closes, and returns all that comes back.
    static func exchange(_ line: String, host: String, port: Int) throws -> String {
        let socket = try Socket(type: SOCK_STREAM)
        defer { socket.close() }
        try socket.connect(host: host, port: port)
        try socket.send(Array(line.utf8))
        shutdown(socket.fd, Int32(SHUT_WR))
        var received: [UInt8] = []
        while true {
            let chunk = socket.receive()
            if chunk.isEmpty { break }
            received += chunk
        }
        return String(decoding: received, as: UTF8.self)
    }

    enum Greeting: Equatable {
        /// The server spoke first (as MySQL and TiDB do), this many bytes.
        case greeted(Int)
        /// Connected, and nothing came in three seconds.
        case silent
        /// Connected, then closed with nothing said: nothing answered behind the endpoint.
        case closed
        /// Refused or reset: nothing admitted the connection.
        case refused(String)
    }

    /// Connects to `host`:`port` and waits up to three seconds for the server's first bytes.
    static func greeting(host: String, port: Int) -> Greeting {
        guard let socket = try? Socket(type: SOCK_STREAM) else { return .refused("no socket") }
        defer { socket.close() }
        do {
            try socket.connect(host: host, port: port)
        } catch {
            return .refused("\(error)")
        }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { recv(socket.fd, $0.baseAddress, $0.count, 0) }
        if count > 0 { return .greeted(count) }
        if count == 0 { return .closed }
        return errno == EAGAIN || errno == EWOULDBLOCK ? .silent : .refused(String(cString: strerror(errno)))
    }

    /// The A records of a DNS response's answer section.
    private static func answers(in reply: [UInt8]) -> [String] {
        func u16(_ at: Int) -> Int { at + 1 < reply.count ? Int(reply[at]) << 8 | Int(reply[at + 1]) : 0 }
        func skipName(_ start: Int) -> Int {
            var at = start
            while at < reply.count {
                let length = Int(reply[at])
                if length == 0 { return at + 1 }
                if length & 0xC0 == 0xC0 { return at + 2 }
                at += length + 1
            }
            return at
        }
        var at = skipName(12) + 4
        var found: [String] = []
        for _ in 0..<u16(6) {
            at = skipName(at)
            let type = u16(at), length = u16(at + 8)
            at += 10
            guard at + length <= reply.count else { break }
            if type == 1 && length == 4 { found.append(reply[at..<at + 4].map(String.init).joined(separator: ".")) }
            at += length
        }
        return found
    }

    /// A blocking IPv4 socket whose reads and writes give up after three seconds.
    private struct Socket {
        let fd: Int32

        init(type: __socket_type) throws {
            fd = socket(AF_INET, Int32(type.rawValue), 0)
            guard fd >= 0 else { throw CLIError("no socket: \(String(cString: strerror(errno)))") }
            var timeout = timeval(tv_sec: 3, tv_usec: 0)
            setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        }

        func connect(host: String, port: Int) throws {
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            guard inet_pton(AF_INET, host, &address.sin_addr) == 1 else { throw CLIError("'\(host)' is not an IPv4 address") }
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            guard connected == 0 else { throw CLIError("cannot connect to \(host):\(port): \(String(cString: strerror(errno)))") }
        }

        func send(_ bytes: [UInt8]) throws {
            var sent = 0
            while sent < bytes.count {
                let count = bytes[sent...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, 0) }
                guard count > 0 else { throw CLIError("sending failed: \(String(cString: strerror(errno)))") }
                sent += count
            }
        }

        /// What one read returns: empty at the end, on error, or after three silent seconds.
        func receive() -> [UInt8] {
            var buffer = [UInt8](repeating: 0, count: 4096)
            let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            return count > 0 ? Array(buffer[0..<count]) : []
        }

        func close() { _ = Glibc.close(fd) }
    }
}
