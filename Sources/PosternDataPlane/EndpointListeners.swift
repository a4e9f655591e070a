import NIOCore
import NIOPosix
import Synchronization

/// The TCP side of the data plane: a listening socket per endpoint interface and listener
/// port, each relaying the connections its security groups admit to one of its targets.
/// Converges on each plan: new listeners bind, changed ones take their new rule (for the
/// next connection), and removed ones close with every connection they carry.
final class EndpointListeners: Sendable {
    private let group: any EventLoopGroup
    private let meter: UsageMeter
    private let bound = Mutex<[SocketAddressV4: BoundListener]>([:])

    init(group: any EventLoopGroup, meter: UsageMeter) {
        self.group = group
        self.meter = meter
    }

    /// Binds, updates and closes listeners to match `listeners`; returns the ones that
    /// could not bind, with why.
    func apply(_ listeners: [EndpointListener]) async -> [SocketAddressV4: String] {
        let wanted = Dictionary(listeners.map { ($0.address, $0) }, uniquingKeysWith: { first, _ in first })
        let stale = bound.withLock { bound in
            let gone = bound.filter { wanted[$0.key]?.endpointID != $0.value.rule.withLock(\.endpointID) }
            for address in gone.keys { bound[address] = nil }
            return Array(gone.values)
        }
        for listener in stale { await listener.close() }
        var failures: [SocketAddressV4: String] = [:]
        for (address, rule) in wanted {
            if let existing = bound.withLock({ $0[address] }) {
                existing.rule.withLock { $0 = rule }
                continue
            }
            do {
                let listener = try await BoundListener.bind(
                    rule, group: group, counters: meter.counters(for: rule.endpointID))
                bound.withLock { $0[address] = listener }
            } catch {
                failures[address] = "\(error)"
            }
        }
        return failures
    }

    func closeAll() async {
        let all = bound.withLock { bound in
            defer { bound = [:] }
            return Array(bound.values)
        }
        for listener in all { await listener.close() }
    }
}

/// One bound listening socket and the connections it has accepted.
final class BoundListener: Sendable {
    let rule: Mutex<EndpointListener>
    private let counters: EndpointCounters
    private let next = Atomic<Int>(0)
    private let channel = Mutex<(any Channel)?>(nil)
    private let open = Mutex<[ObjectIdentifier: any Channel]>([:])

    /// Reads grow to 256 KiB under bulk traffic (fewer system calls per byte), and a side
    /// stops reading once 1 MiB waits to be written to its partner.
    static let reads = AdaptiveRecvByteBufferAllocator(minimum: 64, initial: 2048, maximum: 256 * 1024)
    static let queued = ChannelOptions.Types.WriteBufferWaterMark(low: 256 * 1024, high: 1024 * 1024)

    private init(rule: EndpointListener, counters: EndpointCounters) {
        self.rule = Mutex(rule)
        self.counters = counters
    }

    static func bind(_ rule: EndpointListener, group: any EventLoopGroup, counters: EndpointCounters) async throws -> BoundListener {
        let listener = BoundListener(rule: rule, counters: counters)
        let server = try await ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 4096)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
            .childChannelOption(.recvAllocator, value: Self.reads)
            .childChannelOption(.writeBufferWaterMark, value: Self.queued)
            .childChannelOption(.autoRead, value: false)
            .childChannelOption(.allowRemoteHalfClosure, value: true)
            .childChannelInitializer { channel in listener.accept(channel) }
            .bind(host: rule.address.address.description, port: rule.address.port)
            .get()
        listener.channel.withLock { $0 = server }
        return listener
    }

    func close() async {
        let server = channel.withLock { $0 }
        try? await server?.close()
        let connections = open.withLock { open in
            defer { open = [:] }
            return Array(open.values)
        }
        for connection in connections { connection.close(promise: nil) }
    }

    /// Admits or refuses a new connection, then relays it to the first target that answers.
    private func accept(_ consumer: any Channel) -> EventLoopFuture<Void> {
        let rule = rule.withLock { $0 }
        let caller = consumer.remoteAddress.flatMap { $0.ipAddress }.flatMap(IPv4Address.init)
        guard rule.admission.admits(caller), !rule.targets.isEmpty else {
            counters.refused.add(1, ordering: .relaxed)
            return Self.reset(consumer)
        }
        counters.connections.add(1, ordering: .relaxed)
        counters.active.add(1, ordering: .relaxed)
        track(consumer)
        let relay = Relay(side: .consumer, counters: counters)
        let start = next.add(1, ordering: .relaxed).newValue
        let order = (0..<rule.targets.count).map { rule.targets[(start + $0) % rule.targets.count] }
        return consumer.eventLoop.makeCompletedFuture {
            try consumer.pipeline.syncOperations.addHandler(relay)
            connect(NIOLoopBound(relay, eventLoop: consumer.eventLoop), of: consumer, to: order[...])
        }
    }

    /// Connects to the first target that answers and attaches it to the consumer's relay.
    private func connect(_ relay: NIOLoopBound<Relay>, of consumer: any Channel, to targets: ArraySlice<SocketAddressV4>) {
        guard let target = targets.first else {
            consumer.close(promise: nil)
            return
        }
        ClientBootstrap(group: consumer.eventLoop)
            .channelOption(.socketOption(.tcp_nodelay), value: 1)
            .channelOption(.recvAllocator, value: Self.reads)
            .channelOption(.writeBufferWaterMark, value: Self.queued)
            .channelOption(.allowRemoteHalfClosure, value: true)
            .connectTimeout(.seconds(5))
            .connect(host: target.address.description, port: target.port)
            .whenComplete { [self] result in
                switch result {
                case .success(let service):
                    track(service)
                    let serviceRelay = Relay(side: .service, counters: counters)
                    do {
                        try service.pipeline.syncOperations.addHandler(serviceRelay)
                        guard relay.value.attach(serviceRelay) else {
                            service.close(promise: nil)
                            consumer.close(promise: nil)
                            return
                        }
                        consumer.setOption(.autoRead, value: true).whenFailure { _ in consumer.close(promise: nil) }
                    } catch {
                        consumer.close(promise: nil)
                        service.close(promise: nil)
                    }
                case .failure:
                    connect(relay, of: consumer, to: targets.dropFirst())
                }
            }
    }

    private func track(_ channel: any Channel) {
        let key = ObjectIdentifier(channel)
        open.withLock { $0[key] = channel }
        let counters = counters
        let isConsumer = channel.parent != nil
        channel.closeFuture.whenComplete { [self] _ in
            open.withLock { $0[key] = nil }
            if isConsumer { counters.active.add(-1, ordering: .relaxed) }
        }
    }

    /// Fails the accepted connection with a reset (SO_LINGER 0 before the bootstrap closes
    /// it): as close to a dropped SYN as a listening socket gets, and the caller fails at once.
    private static func reset(_ channel: any Channel) -> EventLoopFuture<Void> {
        guard let options = channel as? any SocketOptionProvider else { return channel.eventLoop.makeFailedFuture(Refused()) }
        return options.setSoLinger(linger(l_onoff: 1, l_linger: 0)).flatMapThrowing { throw Refused() }
    }

    struct Refused: Error {}
}
