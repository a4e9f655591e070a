import Foundation
import PosternControl
import PosternDomain

/// A cloud in memory, playing every provider role: what reconcilers ask of it is recorded, and
/// tests play the customer's side (accepting, asking for services) and the cloud's failures.
actor FakeCloud: EndpointProvider, EndpointServiceProvider, DomainRecordProvider {
    struct Endpoint {
        var id: String
        var phase: EndpointPhase
    }

    struct Service {
        var id: String
        var name: String
        /// Calls to `ensurePrivateLinkService` left before it is ready.
        var pendingCalls: Int
        var connections: [String: EndpointPhase] = [:]
    }

    struct Transient: Error, CustomStringConvertible {
        var description: String { "the cloud throttled the call" }
    }

    private(set) var endpoints: [String: Endpoint] = [:]
    private(set) var zones: Set<String> = []
    private(set) var services: [String: Service] = [:]
    private(set) var deletedServices: [String] = []
    private(set) var rejected: [String] = []
    private(set) var calls = 0
    private var failures = 0
    let accountID = "100000000000"

    /// The next `count` calls throw a transient error.
    func failNext(_ count: Int) { failures = count }

    func accept(connectionID: String) { endpoints[connectionID]?.phase = .available }

    /// A customer's endpoint asks for the service made for node group `reference`.
    func ask(for reference: String, endpointID: String) { services[reference]?.connections[endpointID] = .pendingAcceptance }

    func serviceID(of reference: String) -> String? { services[reference]?.id }

    private func call() throws {
        calls += 1
        if failures > 0 {
            failures -= 1
            throw Transient()
        }
    }

    func platformNetwork(region: String) async throws -> PlatformNetwork {
        try call()
        return PlatformNetwork(
            provider: .aws, region: region, accountID: accountID, vpcID: "vpc-platform",
            subnets: ["az1", "az2", "az3"].map { .init(id: "subnet-\($0)", zoneID: "usw2-\($0)") }, securityGroupID: "sg-platform")
    }

    func ensureEndpoint(connectionID: String, serviceName: String, serviceRegion: String, network: PlatformNetwork) async throws
        -> EndpointStatus
    {
        try call()
        if serviceName.contains("refused") { throw CloudRefusal("The service does not allow account \(accountID).") }
        let endpoint = endpoints[connectionID] ?? Endpoint(id: "vpce-\(connectionID.suffix(8))", phase: .pendingAcceptance)
        endpoints[connectionID] = endpoint
        return status(endpoint)
    }

    func endpoints(connectionID: String, region: String) async throws -> [EndpointStatus] {
        try call()
        return endpoints[connectionID].map { [status($0)] } ?? []
    }

    func deleteEndpoints(connectionID: String, region: String) async throws {
        try call()
        endpoints[connectionID] = nil
    }

    private func status(_ endpoint: Endpoint) -> EndpointStatus {
        EndpointStatus(id: endpoint.id, phase: endpoint.phase, zoneIDs: ["usw2-az1", "usw2-az2"])
    }

    func ensureDomainRecords(_ records: DomainRecords) async throws {
        try call()
        zones.insert(records.zoneName)
    }

    func removeDomainRecords(zoneName: String, region: String) async throws {
        try call()
        zones.remove(zoneName)
    }

    func ensurePrivateLinkService(_ spec: PrivateLinkServiceSpec) async throws -> PrivateLinkServiceStatus {
        try call()
        var service = services[spec.reference]
            ?? Service(id: "vpce-svc-\(spec.reference)", name: "com.amazonaws.vpce.\(spec.region).vpce-svc-\(spec.reference)", pendingCalls: 1)
        let ready = service.pendingCalls == 0
        service.pendingCalls = max(0, service.pendingCalls - 1)
        services[spec.reference] = service
        return PrivateLinkServiceStatus(
            serviceID: service.id, serviceName: service.name, phase: ready ? .available : .pending, zoneIDs: ["usw2-az1"],
            privateDNSVerified: ready)
    }

    func endpointConnections(serviceID: String, region: String) async throws -> [EndpointConnectionStatus] {
        try call()
        guard let service = services.values.first(where: { $0.id == serviceID }) else { return [] }
        return service.connections.sorted { $0.key < $1.key }.map { EndpointConnectionStatus(endpointID: $0.key, phase: $0.value, owner: "222222222222") }
    }

    func acceptEndpoint(_ endpointID: String, serviceID: String, region: String) async throws {
        try call()
        update(serviceID) { $0.connections[endpointID] = .available }
    }

    func rejectEndpoint(_ endpointID: String, serviceID: String, region: String) async throws {
        try call()
        rejected.append(endpointID)
        update(serviceID) { $0.connections[endpointID] = .rejected }
    }

    func deletePrivateLinkService(reference: String, region: String) async throws -> Bool {
        try call()
        guard let service = services[reference] else { return true }
        guard !service.connections.values.contains(where: \.isLive) else { return false }
        services[reference] = nil
        deletedServices.append(reference)
        return true
    }

    private func update(_ serviceID: String, _ change: (inout Service) -> Void) {
        guard let key = services.first(where: { $0.value.id == serviceID })?.key else { return }
        change(&services[key]!)
    }
}
