import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The demo's RDS instance: a TCP server on 127.0.0.1 that greets each connection and echoes
/// what it is sent, standing behind seed 003's endpoint service so that bytes cross the
/// endpoint of seed 004.
final class DemoStandIn: @unchecked Sendable {
    let port: Int
    private let listener: Int32

    init() throws {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(listener, $0, length) == 0 && listen(listener, 16) == 0 && getsockname(listener, $0, &length) == 0
            }
        }
        guard listener >= 0, bound else { throw CLIError("the RDS stand-in cannot listen on 127.0.0.1: \(String(cString: strerror(errno)))") }
        self.listener = listener
        port = Int(UInt16(bigEndian: address.sin_port))
        Thread.detachNewThread {
            while true {
                let connection = accept(listener, nil, nil)
                guard connection >= 0 else { return }
                Thread.detachNewThread { Self.serve(connection) }
            }
        }
    }

    private static func serve(_ connection: Int32) {
        defer { close(connection) }
        let greeting = Array("RDS stand-in: you reached me through the endpoint\n".utf8)
        _ = greeting.withUnsafeBytes { send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(connection, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { return }
            _ = buffer.withUnsafeBytes { send(connection, $0.baseAddress, count, Int32(MSG_NOSIGNAL)) }
        }
    }

    /// Stops accepting; the accepting thread ends with the listening socket.
    func stop() { shutdown(listener, Int32(SHUT_RDWR)); close(listener) }
}
