import NIOCore
import NIOPosix
import Synchronization

/// The DNS server: UDP and TCP on one loopback port. A query's view is the VPC its source
/// address stands in (`dig -b 127.<slot>.0.10 …`); a query from 127.0.x.x sees public names only.
final class DNSServer: Sendable {
    private let resolver: Mutex<DNSResolver>
    private let channels = Mutex<[any Channel]>([])

    init() { resolver = Mutex(DNSResolver(plan: DNSPlan())) }

    func update(_ plan: DNSPlan) { resolver.withLock { $0 = DNSResolver(plan: plan) } }

    /// Binds UDP and TCP on `host`:`port`; returns the port. With port 0, UDP picks one and
    /// TCP takes the same, trying again with another if a TCP socket holds that one already.
    func start(host: String, port: Int, group: any EventLoopGroup) async throws -> Int {
        var attempt = 0
        while true {
            attempt += 1
            do {
                return try await bind(host: host, port: port, group: group)
            } catch is DNSBindError where port == 0 && attempt < 20 {
                continue
            }
        }
    }

    private struct DNSBindError: Error, CustomStringConvertible {
        let port: Int
        let underlying: any Error
        var description: String { "cannot bind TCP port \(port) for DNS: \(underlying)" }
    }

    private func bind(host: String, port: Int, group: any EventLoopGroup) async throws -> Int {
        let udp = try await DatagramBootstrap(group: group)
            .channelOption(.socketOption(.so_reuseaddr), value: 1)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture { try channel.pipeline.syncOperations.addHandler(DatagramHandler(server: self)) }
            }
            .bind(host: host, port: port)
            .get()
        let bound = udp.localAddress?.port ?? port
        do {
            let tcp = try await ServerBootstrap(group: group)
                .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
                .childChannelInitializer { channel in
                    channel.eventLoop.makeCompletedFuture { try channel.pipeline.syncOperations.addHandler(StreamHandler(server: self)) }
                }
                .bind(host: host, port: bound)
                .get()
            channels.withLock { $0 = [udp, tcp] }
        } catch {
            try? await udp.close()
            throw DNSBindError(port: bound, underlying: error)
        }
        return bound
    }

    func stop() async {
        for channel in channels.withLock({ $0 }) { try? await channel.close() }
    }

    func respond(to bytes: [UInt8], from source: SocketAddress?, overUDP: Bool) -> [UInt8]? {
        let caller = source?.ipAddress.flatMap(IPv4Address.init)
        let view = caller.flatMap(LoopbackMap.slot(of:))
        do {
            let query = try DNSQuery(bytes)
            guard query.flags & 0x7800 == 0 else { return DNSQuery.failure(to: bytes, code: .notImplemented) }
            let answer = resolver.withLock { $0 }.answer(query.name, type: query.type, view: view)
            return query.response(answer, overUDP: overUDP)
        } catch .notAQuery {
            return nil
        } catch {
            return DNSQuery.failure(to: bytes, code: .formatError)
        }
    }

    final class DatagramHandler: ChannelInboundHandler {
        typealias InboundIn = AddressedEnvelope<ByteBuffer>
        typealias OutboundOut = AddressedEnvelope<ByteBuffer>
        let server: DNSServer

        init(server: DNSServer) { self.server = server }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            let envelope = unwrapInboundIn(data)
            guard let reply = server.respond(to: Array(buffer: envelope.data), from: envelope.remoteAddress, overUDP: true) else { return }
            let out = AddressedEnvelope(remoteAddress: envelope.remoteAddress, data: context.channel.allocator.buffer(bytes: reply))
            context.writeAndFlush(wrapOutboundOut(out), promise: nil)
        }

        func errorCaught(context: ChannelHandlerContext, error: Error) {}
    }

    /// DNS over TCP: each message behind a two-byte length.
    final class StreamHandler: ChannelInboundHandler {
        typealias InboundIn = ByteBuffer
        typealias OutboundOut = ByteBuffer
        let server: DNSServer
        private var pending: ByteBuffer?

        init(server: DNSServer) { self.server = server }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            var incoming = unwrapInboundIn(data)
            if pending == nil { pending = incoming } else { pending!.writeBuffer(&incoming) }
            while var buffer = pending, let length = buffer.getInteger(at: buffer.readerIndex, as: UInt16.self),
                buffer.readableBytes >= 2 + Int(length)
            {
                buffer.moveReaderIndex(forwardBy: 2)
                let message = buffer.readBytes(length: Int(length)) ?? []
                pending = buffer.readableBytes > 0 ? buffer : nil
                guard let reply = server.respond(to: message, from: context.channel.remoteAddress, overUDP: false) else {
                    context.close(promise: nil)
                    return
                }
                var out = context.channel.allocator.buffer(capacity: reply.count + 2)
                out.writeInteger(UInt16(reply.count))
                out.writeBytes(reply)
                context.writeAndFlush(wrapOutboundOut(out), promise: nil)
            }
        }

        func errorCaught(context: ChannelHandlerContext, error: Error) { context.close(promise: nil) }
    }
}
