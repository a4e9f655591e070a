import Foundation
import PosternControl
import PosternDomain
import PosternStore
import Testing

/// The reconcilers and the loop against a cloud in memory and a store in memory: each pass
/// moves the clock on, so a flow of minutes takes milliseconds.
final class World {
    let store: any Store
    let cloud = FakeCloud()
    let loop: ReconcileLoop
    var now = Date(timeIntervalSince1970: 1_800_000_000)

    init(providers: Bool = true) throws {
        let store = try SQLiteStore()
        self.store = store
        let cloud = self.cloud
        let registered = providers
            ? CloudProviders([.aws: .init(endpoints: cloud, endpointServices: cloud, domainRecords: cloud)]) : CloudProviders.none
        loop = ReconcileLoop(store: store, providers: registered)
    }

    /// Passes of the loop, two seconds apart, until `done` holds (at most `passes`); returns whether it did.
    @discardableResult
    func run(passes: Int = 40, until done: () async throws -> Bool) async throws -> Bool {
        for _ in 0..<passes {
            if try await done() { return true }
            await loop.runOnce(now: now)
            now = now.addingTimeInterval(2)
        }
        return try await done()
    }

    func cluster(tier: ClusterTier = .essential, project: String = "p1") async throws -> Cluster {
        var cluster = Cluster(
            id: Cluster.newID(), projectID: project, displayName: "cluster", regionID: "aws-us-west-2", tier: tier, state: .creating,
            createdBy: "k", createTime: now)
        if tier == .dedicated {
            cluster.nodeGroups = [TiDBNodeGroup(id: TiDBNodeGroup.newID(), displayName: "DefaultGroup", nodeCount: 1, nodeSpecKey: "8C16G", isDefaultGroup: true)]
        }
        try await store.insert(cluster, event: nil)
        return cluster
    }

    func connection(on cluster: Cluster, service: String = "com.amazonaws.vpce.us-west-2.vpce-svc-0123456789abcdef0") async throws
        -> PrivateLinkConnection
    {
        let connection = PrivateLinkConnection(
            id: PrivateLinkConnection.newID(), clusterID: cluster.id, projectID: cluster.projectID, displayName: "link", type: .awsEndpointService,
            createdBy: "k", createTime: now, serviceName: service, serviceRegion: "us-west-2", region: "us-west-2")
        try await store.insert(connection, event: nil)
        return connection
    }

    func get<R: Resource>(_ resource: R) async throws -> R? { try await store.get(R.self, id: resource.id) }
}

@Suite struct ReconcilerTests {
    @Test func connectionWaitsForAcceptanceThenSettles() async throws {
        let world = try World()
        let cluster = try await world.cluster()
        #expect(try await world.run { try await world.get(cluster)?.state == .active })
        let connection = try await world.connection(on: cluster)
        #expect(try await world.run { try await world.get(connection)?.state == .pendingAcceptance })
        let pending = try #require(try await world.get(connection))
        #expect(pending.endpointID != nil)
        #expect(pending.availabilityZoneIDs == ["usw2-az1", "usw2-az2"])
        #expect(pending.nextCheckAt != nil, "it keeps looking while it waits")
        await world.cloud.accept(connectionID: connection.id)
        #expect(try await world.run { try await world.get(connection)?.state == .active })
        let events = try await world.store.events(of: connection.name, descendants: false)
        #expect(events.map(\.state) == ["PENDING_ACCEPTANCE", "ACTIVE"])
        #expect(events.allSatisfy { $0.actor == Event.system })
    }

    /// A step that throws backs off with a message; the message goes once the resource settles.
    @Test func errorsBackOffAndTheMessageClearsWhenSettled() async throws {
        let world = try World()
        let cluster = try await world.cluster()
        try await world.run { try await world.get(cluster)?.state == .active }
        let connection = try await world.connection(on: cluster)
        await world.cloud.failNext(1)
        let before = world.now
        await world.loop.runOnce(now: before)
        let failed = try #require(try await world.get(connection))
        #expect(failed.state == .creating)
        #expect(failed.message?.hasPrefix("Retrying after: the cloud throttled the call") == true, "\(failed.message ?? "")")
        #expect((failed.nextCheckAt ?? before) >= before.addingTimeInterval(1))
        await world.cloud.accept(connectionID: connection.id)
        try await world.run { try await world.get(connection)?.state == .pendingAcceptance }
        await world.cloud.accept(connectionID: connection.id)
        #expect(try await world.run { try await world.get(connection)?.state == .active })
        #expect(try await world.get(connection)?.message == nil, "an ACTIVE connection keeps no retry message")
    }

    @Test func aRefusalFailsWithTheCloudsReason() async throws {
        let world = try World()
        let cluster = try await world.cluster()
        try await world.run { try await world.get(cluster)?.state == .active }
        let connection = try await world.connection(on: cluster, service: "com.amazonaws.vpce.us-west-2.vpce-svc-refused0000000000")
        #expect(try await world.run { try await world.get(connection)?.state == .failed })
        let failed = try #require(try await world.get(connection))
        #expect(failed.message == "The service does not allow account 100000000000.")
        #expect(failed.nextCheckAt == nil)
    }

    @Test func aCloudWithoutProviderRefusesByName() async throws {
        let world = try World(providers: false)
        let cluster = try await world.cluster()
        #expect(try await world.run { try await world.get(cluster)?.state == .active }, "clusters move without a provider")
        let connection = try await world.connection(on: cluster)
        #expect(try await world.run { try await world.get(connection)?.state == .failed })
        #expect(try await world.get(connection)?.message?.contains("has no AWS provider") == true)
    }

    /// Essential cluster → connections → attached domains, each through its own deletion.
    @Test func deletingAnEssentialClusterDeletesWhatItOwns() async throws {
        let world = try World()
        let cluster = try await world.cluster()
        try await world.run { try await world.get(cluster)?.state == .active }
        let connection = try await world.connection(on: cluster)
        try await world.run { try await world.get(connection)?.endpointID != nil }
        await world.cloud.accept(connectionID: connection.id)
        try await world.run { try await world.get(connection)?.state == .active }
        let active = try #require(try await world.get(connection))
        let domains = AttachDomain(id: AttachDomain.newID(), connection: active, type: .tidbCloudManaged, uniqueName: "abc", createdBy: "k", createTime: world.now)
        try await world.store.insert(domains, event: nil)
        #expect(try await world.run { try await world.get(domains)?.state == .active })
        #expect(await world.cloud.zones == [domains.zoneName])

        let stored = try #require(try await world.get(cluster))
        try await world.store.markDeleting(stored, actor: "k", reason: "asked")
        #expect(try await world.run { try await world.get(cluster) == nil })
        #expect(try await world.get(connection) == nil)
        #expect(try await world.get(domains) == nil)
        #expect(await world.cloud.endpoints.isEmpty, "the endpoint is deleted in the cloud")
        #expect(await world.cloud.zones.isEmpty, "the zone is removed")
        let events = try await world.store.events(of: cluster.name, descendants: true)
        let order = events.map { "\($0.resource.split(separator: "/").dropLast().last ?? ""):\($0.state)" }
        #expect(events.last?.resource == cluster.name && events.last?.state == "DELETED", "\(order)")
        let connectionEvents = events.filter { $0.resource == connection.name }.map(\.state)
        #expect(connectionEvents.suffix(2) == ["DELETING", "DELETED"], "\(order)")
        #expect(events.contains { $0.resource == domains.name && $0.state == "DETACHED" }, "\(order)")
        let domainsGone = try #require(events.firstIndex { $0.resource == domains.name && $0.state == "DETACHED" })
        let connectionGone = try #require(events.firstIndex { $0.resource == connection.name && $0.state == "DELETED" })
        #expect(domainsGone < connectionGone, "what is owned goes first")
    }

    /// Dedicated cluster → node group's private link service → endpoint connections: rejected, then the service deleted.
    @Test func deletingADedicatedClusterRejectsEndpointsAndDeletesItsService() async throws {
        let world = try World()
        let cluster = try await world.cluster(tier: .dedicated)
        let group = try #require(cluster.nodeGroups.first)
        #expect(try await world.run { try await world.store.get(PrivateLinkService.self, id: group.id)?.state == .active })
        await world.cloud.ask(for: group.id, endpointID: "vpce-0aaaaaaaaaaaaaaaa")
        await world.cloud.ask(for: group.id, endpointID: "vpce-0bbbbbbbbbbbbbbbb")
        #expect(try await world.run { try await world.store.all(PrivateEndpointConnection.self, .owned(by: group.id)).count == 2 })
        var registered = try #require(try await world.store.first(
            PrivateEndpointConnection.self, Selection.owned(by: group.id).and("endpoint", in: ["vpce-0aaaaaaaaaaaaaaaa"])))
        #expect(registered.state == .discovered)
        let read = registered.state
        registered.state = .pending
        registered.nextCheckAt = world.now
        try await world.store.update(registered, event: nil, ifStateIs: read)
        #expect(try await world.run { try await world.get(registered)?.state == .active })

        try await world.store.markDeleting(try #require(try await world.get(cluster)), actor: "k", reason: "asked")
        #expect(try await world.run { try await world.get(cluster) == nil })
        #expect(try await world.store.get(PrivateLinkService.self, id: group.id) == nil)
        #expect(try await world.store.all(PrivateEndpointConnection.self).isEmpty)
        #expect(Set(await world.cloud.rejected) == ["vpce-0aaaaaaaaaaaaaaaa", "vpce-0bbbbbbbbbbbbbbbb"])
        #expect(await world.cloud.deletedServices == [group.id])
    }

    @Test func deletingAProjectDeletesItsClustersAndKeys() async throws {
        let world = try World()
        let project = Project(id: "p9", displayName: "doomed", createdBy: "k", createTime: world.now)
        try await world.store.insert(project, event: nil)
        let key = APIKey(publicKey: "PUB9", ha1MD5: "", ha1SHA256: "", projectID: "p9", role: .projectOwner, createdAt: world.now)
        try await world.store.insert(key, event: nil)
        let kept = APIKey(publicKey: "PUB1", ha1MD5: "", ha1SHA256: "", projectID: "p1", role: .projectOwner, createdAt: world.now)
        try await world.store.insert(kept, event: nil)
        let cluster = try await world.cluster(project: "p9")
        let other = try await world.cluster(project: "p1")
        try await world.run { try await world.get(cluster)?.state == .active }
        let connection = try await world.connection(on: try #require(try await world.get(cluster)))
        try await world.run { try await world.get(connection)?.endpointID != nil }

        try await world.store.markDeleting(project, actor: "k", reason: "asked")
        #expect(try await world.run { try await world.get(project) == nil })
        #expect(try await world.get(cluster) == nil)
        #expect(try await world.get(connection) == nil)
        #expect(await world.cloud.endpoints.isEmpty)
        #expect(try await world.store.get(APIKey.self, id: "PUB9") == nil)
        #expect(try await world.store.get(APIKey.self, id: "PUB1") == kept)
        #expect(try await world.get(other)?.state == .active)
    }

    /// A deletion asked for while a step is on its way wins: the step's write is dropped.
    @Test func aStepNeverOverwritesADeletionAskedMeanwhile() async throws {
        let world = try World()
        let cluster = try await world.cluster()
        try await world.run { try await world.get(cluster)?.state == .active }
        let connection = try await world.connection(on: cluster)
        let stale = connection
        try await world.store.markDeleting(stale, actor: "k", reason: "asked")
        var stepped = stale
        stepped.state = .pendingAcceptance
        #expect(try await world.store.update(stepped, event: nil, ifStateIs: .creating) == false)
        #expect(try await world.run { try await world.get(connection) == nil })
    }
}
