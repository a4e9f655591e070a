import ArgumentParser
import NIOCore
import NIOPosix

/// A sink (reads and discards) on --port and an echo server on --port + 1, on 127.0.0.1.
struct BenchServers: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "servers", abstract: "Run the sink and echo servers.")

    @Option(help: "The sink's port; the echo server takes the next one.") var port: Int

    func run() async throws {
        let group = MultiThreadedEventLoopGroup.singleton
        let sink = try await ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 4096)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.recvAllocator, value: FixedSizeRecvByteBufferAllocator(capacity: 256 * 1024))
            .childChannelInitializer { channel in channel.eventLoop.makeCompletedFuture { try channel.pipeline.syncOperations.addHandler(Sink()) } }
            .bind(host: "127.0.0.1", port: port).get()
        let echo = try await ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 4096)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
            .childChannelInitializer { channel in channel.eventLoop.makeCompletedFuture { try channel.pipeline.syncOperations.addHandler(Echo()) } }
            .bind(host: "127.0.0.1", port: port + 1).get()
        print("ready", terminator: "\n")
        try await sink.closeFuture.get()
        try await echo.closeFuture.get()
    }

    final class Sink: ChannelInboundHandler {
        typealias InboundIn = ByteBuffer
        func channelRead(context: ChannelHandlerContext, data: NIOAny) {}
        func errorCaught(context: ChannelHandlerContext, error: Error) { context.close(promise: nil) }
    }

    final class Echo: ChannelInboundHandler {
        typealias InboundIn = ByteBuffer
        typealias OutboundOut = ByteBuffer
        func channelRead(context: ChannelHandlerContext, data: NIOAny) { context.write(data, promise: nil) }
        func channelReadComplete(context: ChannelHandlerContext) { context.flush() }
        func errorCaught(context: ChannelHandlerContext, error: Error) { context.close(promise: nil) }
    }
}
