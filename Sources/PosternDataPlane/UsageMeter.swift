import Foundation
import Synchronization

/// What one endpoint has carried: bytes in (from the consumer toward the service) and out,
/// connections accepted and refused, connections open now, and endpoint-hours (hours
/// available, times the zones it has an interface in, as AWS bills interface endpoints).
public struct EndpointUsage: Sendable, Equatable, Codable {
    public var endpointID: String
    public var serviceID: String
    public var bytesIn: Int
    public var bytesOut: Int
    public var connections: Int
    public var refusedConnections: Int
    public var activeConnections: Int
    public var endpointHours: Double
}

/// The live counters of one endpoint, bumped by its relays from any event loop.
final class EndpointCounters: Sendable {
    let serviceID: Mutex<String>
    let bytesIn = Atomic<Int>(0)
    let bytesOut = Atomic<Int>(0)
    let connections = Atomic<Int>(0)
    let refused = Atomic<Int>(0)
    let active = Atomic<Int>(0)
    /// Endpoint-seconds, in milliseconds.
    let endpointMilliseconds = Atomic<Int>(0)

    init(serviceID: String) { self.serviceID = Mutex(serviceID) }
}

/// Every endpoint's counters, kept in a file so that usage outlives a restart.
public final class UsageMeter: Sendable {
    private let counters = Mutex<[String: EndpointCounters]>([:])
    /// The endpoints available now (with their zone counts), and since when: their
    /// endpoint-hours up to that moment are in their counters, the rest is read off the clock.
    private let provisioned = Mutex<(since: Date, zones: [String: Int])>((Date(), [:]))
    private let file: URL?

    public init(file: URL?) {
        self.file = file
        guard let file, let data = try? Data(contentsOf: file),
            let saved = try? JSONDecoder().decode([EndpointUsage].self, from: data)
        else { return }
        counters.withLock { counters in
            for usage in saved {
                let entry = EndpointCounters(serviceID: usage.serviceID)
                entry.bytesIn.store(usage.bytesIn, ordering: .relaxed)
                entry.bytesOut.store(usage.bytesOut, ordering: .relaxed)
                entry.connections.store(usage.connections, ordering: .relaxed)
                entry.refused.store(usage.refusedConnections, ordering: .relaxed)
                entry.endpointMilliseconds.store(Int(usage.endpointHours * 3_600_000), ordering: .relaxed)
                counters[usage.endpointID] = entry
            }
        }
    }

    func counters(for endpointID: String, serviceID: String = "") -> EndpointCounters {
        counters.withLock { counters in
            if let existing = counters[endpointID] {
                if !serviceID.isEmpty { existing.serviceID.withLock { $0 = serviceID } }
                return existing
            }
            let made = EndpointCounters(serviceID: serviceID)
            counters[endpointID] = made
            return made
        }
    }

    /// From `now` on, `endpoints` are the ones available; the time since the last call is
    /// accrued to the ones that were.
    func provision(_ endpoints: [ProvisionedEndpoint], at now: Date = Date()) {
        for endpoint in endpoints { _ = counters(for: endpoint.endpointID, serviceID: endpoint.serviceID) }
        provisioned.withLock { state in
            for (endpointID, zones) in state.zones {
                counters(for: endpointID).endpointMilliseconds.add(Self.milliseconds(from: state.since, to: now, zones: zones), ordering: .relaxed)
            }
            state = (now, Dictionary(endpoints.map { ($0.endpointID, $0.zones) }, uniquingKeysWith: max))
        }
    }

    public func usage(endpointID: String, at now: Date = Date()) -> EndpointUsage? {
        provisioned.withLock { state in
            counters.withLock { $0[endpointID] }.map { Self.usage(endpointID, $0, provisioned: state, at: now) }
        }
    }

    public func all(at now: Date = Date()) -> [EndpointUsage] {
        provisioned.withLock { state in
            counters.withLock { $0.map { Self.usage($0.key, $0.value, provisioned: state, at: now) } }
        }.sorted { $0.endpointID < $1.endpointID }
    }

    public func save() throws {
        guard let file else { return }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        try encoder.encode(all()).write(to: file, options: .atomic)
    }

    /// The counters in Prometheus' text format.
    public func prometheusText() -> String {
        let usages = all()
        var text = ""
        func family(_ name: String, _ type: String, _ help: String, _ samples: (EndpointUsage) -> [(String, String)]) {
            text += "# HELP \(name) \(help)\n# TYPE \(name) \(type)\n"
            for usage in usages {
                for (extra, value) in samples(usage) {
                    text += "\(name){endpoint=\"\(usage.endpointID)\",service=\"\(usage.serviceID)\"\(extra)} \(value)\n"
                }
            }
        }
        family("postern_endpoint_bytes_total", "counter", "Bytes carried through an interface endpoint; in is from the consumer toward the service.") {
            [(",direction=\"in\"", String($0.bytesIn)), (",direction=\"out\"", String($0.bytesOut))]
        }
        family("postern_endpoint_connections_total", "counter", "TCP connections an endpoint accepted and relayed.") { [("", String($0.connections))] }
        family("postern_endpoint_refused_connections_total", "counter", "TCP connections an endpoint's security groups refused.") {
            [("", String($0.refusedConnections))]
        }
        family("postern_endpoint_active_connections", "gauge", "TCP connections open through an endpoint now.") { [("", String($0.activeConnections))] }
        family("postern_endpoint_hours_total", "counter", "Hours an endpoint has been available, times its zones.") {
            [("", String(format: "%.6f", $0.endpointHours))]
        }
        return text
    }

    private static func milliseconds(from since: Date, to now: Date, zones: Int) -> Int {
        max(0, Int(now.timeIntervalSince(since) * 1000)) * zones
    }

    private static func usage(_ id: String, _ entry: EndpointCounters, provisioned: (since: Date, zones: [String: Int]), at now: Date) -> EndpointUsage {
        let running = provisioned.zones[id].map { milliseconds(from: provisioned.since, to: now, zones: $0) } ?? 0
        return EndpointUsage(
            endpointID: id, serviceID: entry.serviceID.withLock { $0 }, bytesIn: entry.bytesIn.load(ordering: .relaxed),
            bytesOut: entry.bytesOut.load(ordering: .relaxed), connections: entry.connections.load(ordering: .relaxed),
            refusedConnections: entry.refused.load(ordering: .relaxed), activeConnections: entry.active.load(ordering: .relaxed),
            endpointHours: Double(entry.endpointMilliseconds.load(ordering: .relaxed) + running) / 3_600_000)
    }
}
