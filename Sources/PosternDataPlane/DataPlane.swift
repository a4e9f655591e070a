import Foundation
import NIOCore
import NIOPosix
import Synchronization

/// The data plane: endpoint listeners relaying TCP, the DNS server, and the usage meter,
/// converging on the network plan it is given.
public final class DataPlane: Sendable {
    public let meter: UsageMeter
    private let group: any EventLoopGroup
    private let listeners: EndpointListeners
    private let dns = DNSServer()
    private let reported = Mutex<[SocketAddressV4: String]>([:])

    public init(meter: UsageMeter, group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton) {
        self.meter = meter
        self.group = group
        listeners = EndpointListeners(group: group, meter: meter)
    }

    /// Starts answering DNS on `host`:`port`; returns the bound port.
    public func startDNS(host: String, port: Int) async throws -> Int {
        try await dns.start(host: host, port: port, group: group)
    }

    /// Converges on `plan`; endpoint-hours run for the endpoints it has available. Returns
    /// a line per listener that newly failed to bind.
    @discardableResult
    public func apply(_ plan: NetworkPlan, at now: Date = Date()) async -> [String] {
        meter.provision(plan.endpoints, at: now)
        dns.update(plan.dns)
        let failures = await listeners.apply(plan.listeners)
        return reported.withLock { reported in
            defer { reported = failures }
            return failures.filter { reported[$0.key] == nil }.map { "endpoint listener \($0.key) cannot bind: \($0.value)" }.sorted()
        }
    }

    public func stop() async {
        meter.provision([])
        await listeners.closeAll()
        await dns.stop()
        try? meter.save()
    }
}
