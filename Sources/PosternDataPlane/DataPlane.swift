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
    private let provisioned = Mutex<(since: Date, endpoints: [ProvisionedEndpoint])?>(nil)
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

    /// Converges on `plan`, accruing endpoint-hours for the time since the last plan. Returns
    /// a line per listener that newly failed to bind.
    @discardableResult
    public func apply(_ plan: NetworkPlan, at now: Date = Date()) async -> [String] {
        let previous = provisioned.withLock { state in
            defer { state = (now, plan.endpoints) }
            return state
        }
        if let previous { meter.accrue(previous.endpoints, seconds: now.timeIntervalSince(previous.since)) }
        for endpoint in plan.endpoints { _ = meter.counters(for: endpoint.endpointID, serviceID: endpoint.serviceID) }
        dns.update(plan.dns)
        let failures = await listeners.apply(plan.listeners)
        return reported.withLock { reported in
            defer { reported = failures }
            return failures.filter { reported[$0.key] == nil }.map { "endpoint listener \($0.key) cannot bind: \($0.value)" }.sorted()
        }
    }

    public func stop() async {
        if let last = provisioned.withLock({ $0 }) { meter.accrue(last.endpoints, seconds: Date().timeIntervalSince(last.since)) }
        provisioned.withLock { $0 = nil }
        await listeners.closeAll()
        await dns.stop()
        try? meter.save()
    }
}
