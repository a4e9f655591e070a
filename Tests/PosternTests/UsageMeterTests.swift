import Foundation
import PosternDataPlane
import Testing

/// Endpoint-hours, the time-based half of usage: they run while an endpoint is available,
/// per zone, are readable at any moment, and are kept across a restart.
@Suite struct UsageMeterTests {
    @Test func endpointHoursRunPerZoneWhileAnEndpointIsAvailable() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("postern-usage-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        let meter = UsageMeter(file: file)
        let plane = DataPlane(meter: meter)
        let start = Date()
        let twoZones = ProvisionedEndpoint(endpointID: "vpce-0a1b2c3d4e5f60718", serviceID: "vpce-svc-0a1b2c3d4e5f60718", zones: 2)
        await plane.apply(NetworkPlan(endpoints: [twoZones]), at: start)
        #expect(meter.usage(endpointID: twoZones.endpointID, at: start)?.endpointHours == 0)
        #expect(meter.usage(endpointID: twoZones.endpointID, at: start.addingTimeInterval(1800))?.endpointHours == 1, "half an hour in two zones")
        await plane.apply(NetworkPlan(endpoints: [twoZones]), at: start.addingTimeInterval(2700))
        #expect(meter.usage(endpointID: twoZones.endpointID, at: start.addingTimeInterval(2700))?.endpointHours == 1.5)

        // Unavailable from the hour on: the clock stops for it.
        await plane.apply(NetworkPlan(), at: start.addingTimeInterval(3600))
        let stopped = meter.usage(endpointID: twoZones.endpointID, at: start.addingTimeInterval(7200))
        #expect(stopped?.endpointHours == 2)
        #expect(stopped?.serviceID == twoZones.serviceID)
        #expect(meter.usage(endpointID: "vpce-00000000000000000") == nil)

        try meter.save()
        #expect(UsageMeter(file: file).usage(endpointID: twoZones.endpointID)?.endpointHours == 2, "kept across a restart")
    }
}
