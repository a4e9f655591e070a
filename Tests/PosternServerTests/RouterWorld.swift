import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import PosternControl
import PosternDomain
import PosternStore

@testable import PosternServer

/// A control plane in process, over a store in memory holding one of everything: an Essential
/// cluster with an ACTIVE connection and attached domains, a Dedicated cluster whose node group
/// has an ACTIVE service and endpoint connection, a key of every role, and things to delete.
struct RouterWorld {
    let store: SQLiteStore
    let router: Router<BasicRequestContext>
    var keys: [APIKey.Role: KeyPair] = [:]
    let essential: Cluster
    let dedicated: Cluster
    let connection: PrivateLinkConnection
    let domains: AttachDomain
    let service: PrivateLinkService
    let endpoint: PrivateEndpointConnection
    /// A Premium instance on Alibaba Cloud, its ACTIVE service and a PENDING endpoint connection.
    let premium: Cluster
    let premiumEndpoint: PrivateEndpointConnection
    /// A key and a project only there to be deleted.
    let spareKey: KeyPair
    let spareProject: Project

    /// `rateLimit`: requests a minute for each key (none by default).
    init(rateLimit: Int = 0) async throws {
        let store = try SQLiteStore()
        self.store = store
        let now = Date()
        try await store.insert(Project.standard(createTime: now), event: nil)
        for role in APIKey.Role.allCases {
            let pair = KeyPair(projectID: APIKey.defaultProjectID, role: role, description: role.rawValue)
            try await store.insert(pair.key, event: nil)
            keys[role] = pair
        }
        spareKey = KeyPair(projectID: APIKey.defaultProjectID, role: .projectViewer, description: "spare")
        try await store.insert(spareKey.key, event: nil)
        spareProject = Project(id: "2000000000000000000", displayName: "spare", createdBy: "k", createTime: now)
        try await store.insert(spareProject, event: nil)

        var essential = Cluster(
            id: "1000000000000000001", projectID: APIKey.defaultProjectID, displayName: "dataflow", regionID: "aws-us-west-2", tier: .essential,
            state: .active, createdBy: "k", createTime: now)
        essential.nextCheckAt = nil
        try await store.insert(essential, event: Event(resource: essential.name, state: "ACTIVE", actor: "k", time: now, reason: "made"))
        self.essential = essential
        var connection = PrivateLinkConnection(
            id: "plc-aaaaaaaaaaaaaaaaa", clusterID: essential.id, projectID: essential.projectID, displayName: "rds", type: .awsEndpointService,
            createdBy: "k", createTime: now, serviceName: "com.amazonaws.vpce.us-west-2.vpce-svc-0123456789abcdef0", serviceRegion: "us-west-2",
            region: "us-west-2")
        connection.state = .active
        connection.endpointID = "vpce-0123456789abcdef0"
        connection.availabilityZoneIDs = ["usw2-az1"]
        connection.nextCheckAt = nil
        try await store.insert(connection, event: Event(resource: connection.name, state: "ACTIVE", actor: "k", time: now, reason: "made"))
        self.connection = connection
        var domains = AttachDomain(id: "adm-aaaaaaaaaaaaaaaaa", connection: connection, type: .tidbCloudManaged, uniqueName: "taken", createdBy: "k", createTime: now)
        domains.setState(.active)
        try await store.insert(domains, event: nil)
        self.domains = domains

        var dedicated = Cluster(
            id: "1000000000000000002", projectID: APIKey.defaultProjectID, displayName: "orders", regionID: "aws-us-west-2", tier: .dedicated,
            state: .active, createdBy: "k", createTime: now)
        dedicated.nodeGroups = [TiDBNodeGroup(id: "3000000001", displayName: "DefaultGroup", nodeCount: 2, nodeSpecKey: "8C16G", isDefaultGroup: true)]
        dedicated.nextCheckAt = nil
        try await store.insert(dedicated, event: nil)
        self.dedicated = dedicated
        var service = PrivateLinkService(nodeGroupID: "3000000001", cluster: dedicated, createTime: now)
        service.state = .active
        service.serviceID = "vpce-svc-0123456789abcdef0"
        service.serviceName = "com.amazonaws.vpce.us-west-2.vpce-svc-0123456789abcdef0"
        service.nextCheckAt = nil
        try await store.insert(service, event: Event(resource: service.name, state: "ACTIVE", actor: "system", time: now, reason: "made"))
        self.service = service
        let endpoint = PrivateEndpointConnection(
            id: "4000000001", service: service, endpointID: "vpce-0fedcba9876543210", state: .active, createdBy: "k", createTime: now)
        try await store.insert(endpoint, event: Event(resource: endpoint.name, state: "ACTIVE", actor: "k", time: now, reason: "made"))
        self.endpoint = endpoint
        var premium = Cluster(
            id: "1000000000000000003", projectID: APIKey.defaultProjectID, displayName: "premium", regionID: "alicloud-ap-southeast-1", tier: .premium,
            state: .active, createdBy: "k", createTime: now)
        premium.nodeGroups = [TiDBNodeGroup(id: "3000000002", displayName: "DefaultGroup", nodeCount: 1, nodeSpecKey: "premium", isDefaultGroup: true)]
        premium.nextCheckAt = nil
        try await store.insert(premium, event: nil)
        self.premium = premium
        var premiumService = PrivateLinkService(nodeGroupID: "3000000002", cluster: premium, createTime: now)
        premiumService.state = .active
        premiumService.serviceID = "epsrv-t4nlbuqrrk6nomq51234"
        premiumService.serviceName = "com.aliyuncs.privatelink.ap-southeast-1.epsrv-t4nlbuqrrk6nomq51234"
        premiumService.dnsName = "epsrv-t4nlbuqrrk6nomq51234.ap-southeast-1.privatelink.aliyuncs.com"
        premiumService.nextCheckAt = nil
        try await store.insert(premiumService, event: nil)
        var premiumEndpoint = PrivateEndpointConnection(
            id: "4000000002", service: premiumService, endpointID: "ep-t4n5h2dlzl0uyl9x1234", state: .pending, createdBy: "k", createTime: now)
        premiumEndpoint.privateDomainName = "ep-t4n5h2dlzl0uyl9x1234.\(premiumService.dnsName)"
        premiumEndpoint.nextCheckAt = nil
        try await store.insert(
            premiumEndpoint, event: Event(resource: premiumEndpoint.name, state: "PENDING", actor: "k", time: now, reason: "Endpoint registered."))
        self.premiumEndpoint = premiumEndpoint
        try await store.save(
            PlatformNetwork(provider: .aws, region: "us-west-2", accountID: "100000000000", vpcID: "vpc-1",
                            subnets: [.init(id: "subnet-1", zoneID: "usw2-az1")], securityGroupID: "sg-1"),
            event: nil)

        let cloud = StaticCloud()
        router = try ControlPlane.router(
            store: store,
            providers: CloudProviders([
                .aws: .init(endpoints: cloud, endpointServices: cloud, domainRecords: cloud, usage: cloud),
                .alicloud: .init(endpoints: cloud, endpointServices: cloud, domainRecords: cloud, usage: cloud),
            ]),
            metrics: { "postern_test 1\n" }, rateLimit: rateLimit)
    }

    func bearer(_ role: APIKey.Role) -> String {
        let pair = keys[role]!
        return "Bearer \(pair.key.publicKey):\(pair.privateKey)"
    }

    struct Reply {
        let status: Int
        let headers: HTTPFields
        let body: String
        var json: [String: Any] { (try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: Any] ?? [:] }
    }

    /// One request through the router, as the server would take it.
    func send(_ method: HTTPRequest.Method, _ uri: String, body: String? = nil, authorization: String?) async throws -> Reply {
        var fields: HTTPFields = [.contentType: "application/json"]
        if let authorization { fields[.authorization] = authorization }
        return try await send(method, uri, body: body, headers: fields)
    }

    func send(_ method: HTTPRequest.Method, _ uri: String, body: String? = nil, headers: HTTPFields) async throws -> Reply {
        let app = Application(router: router)
        return try await app.test(.router) { client in
            try await client.execute(uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) }) { response in
                Reply(status: Int(response.status.code), headers: response.headers, body: String(buffer: response.body))
            }
        }
    }
}

/// What the router asks of a cloud, answered at once: usage, and nothing else.
struct StaticCloud: EndpointProvider, EndpointServiceProvider, DomainRecordProvider, UsageSource {
    var name: String { "static" }

    func usage(of subject: UsageSubject, now: Date) async throws -> UsageReading? {
        UsageReading(source: name, bytesProcessed: 42, connections: 1, activeConnections: 0, endpointHours: 1)
    }

    func platformNetwork(region: String) async throws -> PlatformNetwork {
        PlatformNetwork(provider: .aws, region: region, accountID: "100000000000", vpcID: "vpc-\(region)",
                        subnets: [.init(id: "subnet-a", zoneID: "x-az1"), .init(id: "subnet-b", zoneID: "x-az2")], securityGroupID: "sg")
    }

    func ensureEndpoint(connectionID: String, serviceName: String, serviceRegion: String, network: PlatformNetwork) async throws -> EndpointStatus {
        throw CloudRefusal("static")
    }
    func endpoints(connectionID: String, region: String) async throws -> [EndpointStatus] { [] }
    func deleteEndpoints(connectionID: String, region: String) async throws {}
    func ensurePrivateLinkService(_ spec: PrivateLinkServiceSpec) async throws -> PrivateLinkServiceStatus { throw CloudRefusal("static") }
    func endpointConnections(serviceID: String, region: String) async throws -> [EndpointConnectionStatus] { [] }
    func acceptEndpoint(_ endpointID: String, serviceID: String, region: String) async throws {}
    func rejectEndpoint(_ endpointID: String, serviceID: String, region: String) async throws {}
    func deletePrivateLinkService(reference: String, region: String) async throws -> Bool { true }
    func ensureDomainRecords(_ records: DomainRecords) async throws {}
    func removeDomainRecords(zoneName: String, region: String) async throws {}
}
