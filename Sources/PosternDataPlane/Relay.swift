import NIOCore

/// One side of a relayed TCP connection: what it reads is written to its partner's channel.
/// Both sides live on one event loop. A side stops reading while its partner cannot take
/// more (backpressure), passes a half-close on, and closes its partner when it closes. The
/// consumer's side is in place from the moment its connection is accepted, and holds what
/// arrives (data, a half-close) until the service's side is connected and attached.
final class Relay: ChannelDuplexHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    enum Side { case consumer, service }

    private var partner: Relay?
    private var context: ChannelHandlerContext?
    private var readPending = false
    private var inputClosed = false
    private var held: [ByteBuffer] = []
    private let side: Side
    private let counters: EndpointCounters

    init(side: Side, counters: EndpointCounters) {
        self.side = side
        self.counters = counters
    }

    /// Joins the consumer's side (this) with the service's, once the service is connected;
    /// returns false if the consumer has gone meanwhile. (The consumer may not be active yet:
    /// a loopback connect can finish before the accepted channel is registered.)
    func attach(_ service: Relay) -> Bool {
        guard context != nil else { return false }
        partner = service
        service.partner = self
        for buffer in held { service.forward(buffer) }
        held = []
        service.context?.flush()
        if inputClosed { passInputClosed() }
        return true
    }

    func handlerAdded(context: ChannelHandlerContext) { self.context = context }

    func handlerRemoved(context: ChannelHandlerContext) {
        self.context = nil
        partner = nil
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let buffer = unwrapInboundIn(data)
        switch side {
        case .consumer: counters.bytesIn.add(buffer.readableBytes, ordering: .relaxed)
        case .service: counters.bytesOut.add(buffer.readableBytes, ordering: .relaxed)
        }
        if let partner { partner.forward(buffer) } else { held.append(buffer) }
    }

    func channelReadComplete(context: ChannelHandlerContext) { partner?.context?.flush() }

    func channelInactive(context: ChannelHandlerContext) {
        partner?.closeOnceWritten(mode: .all)
        context.fireChannelInactive()
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if let event = event as? ChannelEvent, event == .inputClosed {
            inputClosed = true
            if partner != nil { passInputClosed() }
        }
        context.fireUserInboundEventTriggered(event)
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) { context.close(promise: nil) }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        if context.channel.isWritable { partner?.resumeReading() }
        context.fireChannelWritabilityChanged()
    }

    func read(context: ChannelHandlerContext) {
        if partner?.context?.channel.isWritable ?? true {
            context.read()
        } else {
            readPending = true
        }
    }

    /// This side's peer will send no more: the partner's peer is told so (half-close), and
    /// once both peers are done both sides close.
    private func passInputClosed() {
        guard let partner else { return }
        if partner.inputClosed {
            partner.closeOnceWritten(mode: .all)
            closeOnceWritten(mode: .all)
        } else {
            partner.closeOnceWritten(mode: .output)
        }
    }

    private func forward(_ buffer: ByteBuffer) {
        context?.write(wrapOutboundOut(buffer), promise: nil)
    }

    /// Closes once everything written so far has gone out: closing at once would drop
    /// what is still queued.
    private func closeOnceWritten(mode: CloseMode) {
        guard let context else { return }
        let channel = context.channel
        let written = context.eventLoop.makePromise(of: Void.self)
        context.writeAndFlush(wrapOutboundOut(channel.allocator.buffer(capacity: 0)), promise: written)
        written.futureResult.whenComplete { _ in channel.close(mode: mode, promise: nil) }
    }

    private func resumeReading() {
        guard readPending, let context else { return }
        readPending = false
        context.read()
    }
}
