import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Blocking-socket measurements, one connection at a time (the holding test aside).
enum Probe {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func connect(_ host: String, _ port: Int) throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket: \(String(cString: strerror(errno)))") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        inet_pton(AF_INET, host, &address.sin_addr)
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else {
            let reason = String(cString: strerror(errno))
            close(fd)
            throw Failure(description: "connect \(host):\(port): \(reason)")
        }
        var one: Int32 = 1
        setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        return fd
    }

    /// Bytes per second written to the sink through `host`:`port` for `seconds`.
    static func bulk(_ host: String, _ port: Int, seconds: Double) throws -> Double {
        let fd = try connect(host, port)
        defer { close(fd) }
        let chunk = [UInt8](repeating: 0x5a, count: 256 * 1024)
        let start = DispatchTime.now().uptimeNanoseconds
        let end = start + UInt64(seconds * 1e9)
        var sent = 0
        while DispatchTime.now().uptimeNanoseconds < end {
            let written = chunk.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            guard written > 0 else { throw Failure(description: "write: \(String(cString: strerror(errno)))") }
            sent += written
        }
        return Double(sent) / (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }

    /// Nanoseconds per 64-byte request and its echo, `count` times.
    static func roundTrips(_ host: String, _ port: Int, count: Int) throws -> [Double] {
        let fd = try connect(host, port)
        defer { close(fd) }
        var request = [UInt8](repeating: 0x21, count: 64), reply = [UInt8](repeating: 0, count: 64)
        var latencies: [Double] = []
        latencies.reserveCapacity(count)
        for _ in 0..<count {
            let start = DispatchTime.now().uptimeNanoseconds
            guard request.withUnsafeMutableBytes({ write(fd, $0.baseAddress, 64) }) == 64 else { throw Failure(description: "write failed") }
            var got = 0
            while got < 64 {
                let read = reply.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + got, 64 - got) }
                guard read > 0 else { throw Failure(description: "the echo closed") }
                got += read
            }
            latencies.append(Double(DispatchTime.now().uptimeNanoseconds - start))
        }
        return latencies
    }

    /// Opens `connections` echo connections through the peer and checks each answers while
    /// all are open; returns how many did, and the peer's RSS (MiB) before and while held.
    static func hold(_ host: String, _ port: Int, connections: Int, pid: Int32) throws -> (Int, Double, Double) {
        let before = rss(pid)
        var open: [Int32] = []
        defer { for fd in open { close(fd) } }
        for _ in 0..<connections {
            guard let fd = try? connect(host, port) else { break }
            open.append(fd)
        }
        var answered = 0
        var byte: UInt8 = 7
        for fd in open {
            guard write(fd, &byte, 1) == 1 else { continue }
            var reply: UInt8 = 0
            if read(fd, &reply, 1) == 1 && reply == 7 { answered += 1 }
        }
        return (answered, before, rss(pid))
    }

    static func rss(_ pid: Int32) -> Double {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") })
        else { return 0 }
        return (Double(line.split(separator: " ")[1]) ?? 0) / 1024
    }
}
