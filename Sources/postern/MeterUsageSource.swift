import Foundation
import PosternControl
import PosternDataPlane

/// Usage as the embedded cloud's data plane metered it: both directions, refusals, and
/// endpoint-hours to the moment it is read.
struct MeterUsageSource: UsageSource {
    let meter: UsageMeter

    init(meter: UsageMeter) { self.meter = meter }

    public var name: String { "embedded-cloud" }

    public func usage(of subject: UsageSubject, now: Date) async throws -> UsageReading? {
        guard let usage = meter.usage(endpointID: subject.endpointID) else { return nil }
        return UsageReading(
            source: name, bytesProcessed: usage.bytesIn + usage.bytesOut, bytesIn: usage.bytesIn, bytesOut: usage.bytesOut,
            connections: usage.connections, refusedConnections: usage.refusedConnections, activeConnections: usage.activeConnections,
            endpointHours: usage.endpointHours)
    }
}
