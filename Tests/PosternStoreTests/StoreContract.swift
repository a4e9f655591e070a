import Foundation
import PosternDomain
import PosternStore
import PosternTestSupport
import Testing

/// A store implementation under the contract: a name and a way to make an empty one.
struct StoreUnderTest: Sendable, CustomTestStringConvertible {
    let name: String
    let make: @Sendable () async throws -> any Store

    var testDescription: String { name }

    /// Every implementation the contract runs against; a new store adds itself here.
    static let all: [StoreUnderTest] = [
        StoreUnderTest(name: "SQLite in memory") { try SQLiteStore() },
        StoreUnderTest(name: "SQLite file") {
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("postern-store-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            return try SQLiteStore(path: directory.appendingPathComponent("postern.sqlite").path)
        },
        // Each case gets a schema of its own in the one server.
        StoreUnderTest(name: "PostgreSQL") {
            try await PostgresStore(url: try await PostgreSQLServer.url(), schema: "contract_\(UUID().uuidString.prefix(8).lowercased())")
        },
    ]
}

/// What every store must do, whatever database is behind it.
@Suite struct StoreContract {
    static let epoch = Date(timeIntervalSince1970: 1_800_000_000)

    static func cluster(_ id: String, project: String = "p1", tier: ClusterTier = .essential, at offset: TimeInterval = 0) -> Cluster {
        Cluster(
            id: id, projectID: project, displayName: "c-\(id)", regionID: "aws-us-west-2", tier: tier, state: .creating, createdBy: "k",
            createTime: epoch.addingTimeInterval(offset))
    }

    static func connection(_ id: String, cluster: String = "c1") -> PrivateLinkConnection {
        PrivateLinkConnection(
            id: id, clusterID: cluster, projectID: "p1", displayName: id, type: .awsEndpointService, createdBy: "k", createTime: epoch,
            serviceName: "com.amazonaws.vpce.us-west-2.vpce-svc-0123456789abcdef0", serviceRegion: "us-west-2", region: "us-west-2")
    }

    static func event(_ name: String, _ state: String) -> Event {
        Event(resource: name, state: state, actor: "test", time: epoch, reason: "because")
    }

    @Test(arguments: StoreUnderTest.all)
    func insertsReadsAndRefusesTwins(_ subject: StoreUnderTest) async throws {
        let store = try await subject.make()
        let cluster = Self.cluster("c1")
        try await store.insert(cluster, event: Self.event(cluster.name, "CREATING"))
        #expect(try await store.get(Cluster.self, id: "c1") == cluster)
        #expect(try await store.get(Cluster.self, id: "c2") == nil)
        #expect(try await store.get(PrivateLinkConnection.self, id: "c1") == nil, "ids are per kind")
        await #expect(throws: StoreConflict.self) { try await store.insert(cluster, event: Self.event(cluster.name, "CREATING")) }
        #expect(try await store.events(of: cluster.name, descendants: false).map(\.state) == ["CREATING"], "a refused insert records no event")
    }

    @Test(arguments: StoreUnderTest.all)
    func uniqueKeysHoldAcrossOwners(_ subject: StoreUnderTest) async throws {
        let store = try await subject.make()
        var first = Self.connection("plc-a", cluster: "c1")
        first.availabilityZoneIDs = ["usw2-az1"]
        var second = Self.connection("plc-b", cluster: "c2")
        second.availabilityZoneIDs = ["usw2-az1"]
        let one = AttachDomain(id: "adm-1", connection: first, type: .tidbCloudManaged, uniqueName: "same", createdBy: "k", createTime: Self.epoch)
        let two = AttachDomain(id: "adm-2", connection: second, type: .tidbCloudManaged, uniqueName: "same", createdBy: "k", createTime: Self.epoch)
        let other = AttachDomain(id: "adm-3", connection: second, type: .tidbCloudManaged, uniqueName: "other", createdBy: "k", createTime: Self.epoch)
        try await store.insert(one, event: nil)
        await #expect(throws: StoreConflict.self) { try await store.insert(two, event: nil) }
        try await store.insert(other, event: nil)
        #expect(try await store.delete(one, event: nil))
        try await store.insert(two, event: nil)
        #expect(try await store.all(AttachDomain.self, .owned(by: "plc-b")).map(\.id) == ["adm-3", "adm-2"], "in the order they were made")
    }

    @Test(arguments: StoreUnderTest.all)
    func updatesHoldOnlyOverTheStateRead(_ subject: StoreUnderTest) async throws {
        let store = try await subject.make()
        var connection = Self.connection("plc-1")
        try await store.insert(connection, event: nil)
        connection.state = .pendingAcceptance
        #expect(try await store.update(connection, event: Self.event(connection.name, "PENDING_ACCEPTANCE"), ifStateIs: .creating))
        var stale = connection
        stale.state = .active
        #expect(try await store.update(stale, event: Self.event(connection.name, "ACTIVE"), ifStateIs: .creating) == false)
        #expect(try await store.get(PrivateLinkConnection.self, id: "plc-1")?.state == .pendingAcceptance)
        #expect(try await store.events(of: connection.name, descendants: false).map(\.state) == ["PENDING_ACCEPTANCE"])
        connection.message = "any"
        #expect(try await store.update(connection, event: nil, ifStateIs: nil))
        #expect(try await store.get(PrivateLinkConnection.self, id: "plc-1")?.message == "any")
        let missing = Self.connection("plc-none")
        #expect(try await store.update(missing, event: Self.event(missing.name, "X"), ifStateIs: nil) == false)
        #expect(try await store.events(of: missing.name, descendants: false).isEmpty)
    }

    /// A reconciler's save holds only over the record exactly as it read it: an edit of any
    /// field meanwhile (not only the state) refuses it, and the edit stays.
    @Test(arguments: StoreUnderTest.all)
    func updatesHoldOnlyOverTheRecordRead(_ subject: StoreUnderTest) async throws {
        let store = try await subject.make()
        let read = Self.connection("plc-1")
        try await store.insert(read, event: nil)
        var edited = read
        edited.displayName = "renamed"
        #expect(try await store.update(edited, event: nil, ifStateIs: .creating))
        var stepped = read
        stepped.message = "stepped"
        #expect(try await store.update(stepped, event: Self.event(read.name, "CREATING"), ifUnchangedFrom: read) == false)
        let kept = try #require(try await store.get(PrivateLinkConnection.self, id: "plc-1"))
        #expect(kept.displayName == "renamed")
        #expect(kept.message == nil)
        #expect(try await store.events(of: read.name, descendants: false).isEmpty, "a refused update records no event")
        var again = kept
        again.state = .pendingAcceptance
        #expect(try await store.update(again, event: Self.event(read.name, "PENDING_ACCEPTANCE"), ifUnchangedFrom: kept))
        #expect(try await store.get(PrivateLinkConnection.self, id: "plc-1")?.state == .pendingAcceptance)
        #expect(try await store.update(again, event: nil, ifUnchangedFrom: Self.connection("plc-none")) == false, "a missing record is no match")
    }

    @Test(arguments: StoreUnderTest.all)
    func indexesFollowUpdatesAndDeletes(_ subject: StoreUnderTest) async throws {
        let store = try await subject.make()
        for id in ["plc-1", "plc-2", "plc-3"] { try await store.insert(Self.connection(id), event: nil) }
        try await store.insert(Self.connection("plc-9", cluster: "c2"), event: nil)
        var second = try #require(try await store.get(PrivateLinkConnection.self, id: "plc-2"))
        second.state = .active
        try await store.update(second, event: nil, ifStateIs: .creating)
        let first = try PageRequest(pageSize: 10, pageToken: nil)
        let active = try await store.page(PrivateLinkConnection.self, Selection.owned(by: "c1").and("state", in: ["ACTIVE"]), first)
        #expect(active.items.map(\.id) == ["plc-2"])
        #expect(active.total == 1)
        let either = try await store.page(PrivateLinkConnection.self, Selection.owned(by: "c1").and("state", in: ["ACTIVE", "CREATING"]), first)
        #expect(either.items.map(\.id) == ["plc-1", "plc-2", "plc-3"])
        #expect(try await store.page(PrivateLinkConnection.self, Selection.owned(by: "c1").and("state", in: []), first).total == 0)
        #expect(try await store.delete(second, event: Self.event(second.name, "DELETED")))
        #expect(try await store.delete(second, event: Self.event(second.name, "DELETED")) == false)
        #expect(try await store.page(PrivateLinkConnection.self, Selection.owned(by: "c1").and("state", in: ["ACTIVE"]), first).total == 0)
        #expect(try await store.events(of: second.name, descendants: false).map(\.state) == ["DELETED"], "a second delete records nothing")
        #expect(try await store.all(PrivateLinkConnection.self).map(\.id) == ["plc-1", "plc-3", "plc-9"])
    }

    /// Pages walked while others insert: every record there at the start is seen exactly once, in order.
    @Test(arguments: StoreUnderTest.all)
    func pagesStayStableUnderInserts(_ subject: StoreUnderTest) async throws {
        let store = try await subject.make()
        // Made in an order their create times disagree with: the store keeps insertion order.
        let before = (0..<25).map { Self.cluster("c\($0)", at: TimeInterval(100 - $0)) }
        for cluster in before { try await store.insert(cluster, event: nil) }
        try await store.insert(Self.cluster("other", project: "p2"), event: nil)
        var seen: [String] = []
        var page = try PageRequest(pageSize: 10, pageToken: nil)
        var fetches = 0
        while fetches < 10 {
            fetches += 1
            let (items, total) = try await store.page(Cluster.self, [ownerIndex: "p1"], page)
            seen += items.map(\.id)
            try await store.insert(Self.cluster("new\(fetches)", at: -1), event: nil)
            #expect(total == 25 + fetches - 1)
            guard let next = page.nextToken(total: total) else { break }
            page = try PageRequest(pageSize: 10, pageToken: next)
        }
        let original = before.map(\.id)
        #expect(Array(seen.prefix(25)) == original)
        #expect(Set(seen).count == seen.count, "no record twice")
        #expect(seen.allSatisfy { $0 != "other" })
    }

    @Test(arguments: StoreUnderTest.all)
    func selectionsCombineIndexes(_ subject: StoreUnderTest) async throws {
        let store = try await subject.make()
        try await store.insert(Self.cluster("e1"), event: nil)
        try await store.insert(Self.cluster("d1", tier: .dedicated), event: nil)
        try await store.insert(Self.cluster("s1", tier: .starter), event: nil)
        try await store.insert(Self.cluster("d2", project: "p2", tier: .dedicated), event: nil)
        let page = try PageRequest(pageSize: 10, pageToken: nil)
        let serverless = try await store.page(Cluster.self, Selection([ownerIndex: ["p1"], "tier": ["STARTER", "ESSENTIAL"]]), page)
        #expect(serverless.items.map(\.id) == ["e1", "s1"])
        #expect(try await store.page(Cluster.self, Selection([ownerIndex: ["p1", "p2"], "tier": ["DEDICATED"]]), page).items.map(\.id) == ["d1", "d2"])
        #expect(try await store.page(Cluster.self, .all, page).total == 4)
        #expect(try await store.page(Cluster.self, ["no-such-index": "x"], page).total == 0)
    }

    @Test(arguments: StoreUnderTest.all)
    func dueComesLongestWaitingFirst(_ subject: StoreUnderTest) async throws {
        let store = try await subject.make()
        let now = Self.epoch.addingTimeInterval(1000)
        let waits: [(String, TimeInterval?)] = [("late", 5), ("early", -30), ("settled", nil), ("now", 0), ("middle", -10)]
        for (id, offset) in waits {
            var cluster = Self.cluster(id)
            cluster.nextCheckAt = offset.map { now.addingTimeInterval($0) }
            try await store.insert(cluster, event: nil)
        }
        let mine = Lease(holder: "a", until: now.addingTimeInterval(15))
        #expect(try await store.claimDue(Cluster.self, at: now, limit: 2, lease: mine).map(\.id) == ["early", "middle"])
        #expect(try await store.dueCount(Cluster.self, at: now) == 3, "leased ones are still due")
        #expect(try await store.claimDue(PrivateLinkConnection.self, at: now, limit: 10, lease: mine).isEmpty)
        let theirs = Lease(holder: "b", until: now.addingTimeInterval(15))
        #expect(try await store.claimDue(Cluster.self, at: now, limit: 10, lease: theirs).map(\.id) == ["now"], "another holder gets what is free")
        #expect(try await store.claimDue(Cluster.self, at: now, limit: 10, lease: mine).map(\.id) == ["early", "middle"], "a holder keeps its own")
        var early = try #require(try await store.get(Cluster.self, id: "early"))
        early.nextCheckAt = nil
        try await store.update(early, event: nil, ifStateIs: nil)
        try await store.releaseLeases(holder: "a")
        #expect(try await store.claimDue(Cluster.self, at: now, limit: 10, lease: theirs).map(\.id) == ["middle", "now"])
    }

    /// A lease holds until it runs out, or its holder renews or releases it.
    @Test(arguments: StoreUnderTest.all)
    func leasesRunOutUnlessRenewed(_ subject: StoreUnderTest) async throws {
        let store = try await subject.make()
        let now = Self.epoch
        for id in ["x", "y"] {
            var cluster = Self.cluster(id)
            cluster.nextCheckAt = now
            try await store.insert(cluster, event: nil)
        }
        #expect(try await store.claimDue(Cluster.self, at: now, limit: 1, lease: Lease(holder: "dead", until: now.addingTimeInterval(10))).map(\.id) == ["x"])
        #expect(try await store.claimDue(Cluster.self, at: now, limit: 1, lease: Lease(holder: "alive", until: now.addingTimeInterval(10))).map(\.id) == ["y"])
        let later = now.addingTimeInterval(11)
        try await store.renewLeases(Lease(holder: "alive", until: later.addingTimeInterval(10)))
        let taker = Lease(holder: "taker", until: later.addingTimeInterval(10))
        #expect(try await store.claimDue(Cluster.self, at: later, limit: 10, lease: taker).map(\.id) == ["x"], "the dead holder's ran out, the renewed one holds")
        var x = try #require(try await store.get(Cluster.self, id: "x"))
        x.state = .active
        #expect(try await store.update(x, event: nil, ifStateIs: .creating), "a lease does not stop the API's writes")
        #expect(try await store.get(Cluster.self, id: "x")?.state == .active)

        #expect(try await store.acquire("job", Lease(holder: "one", until: now.addingTimeInterval(10)), now: now))
        #expect(try await store.acquire("job", Lease(holder: "one", until: now.addingTimeInterval(20)), now: now), "its holder again")
        #expect(!(try await store.acquire("job", Lease(holder: "two", until: now.addingTimeInterval(10)), now: now.addingTimeInterval(15))))
        #expect(try await store.acquire("job", Lease(holder: "two", until: now.addingTimeInterval(40)), now: now.addingTimeInterval(21)), "ran out")
        try await store.release("job", holder: "one")
        #expect(!(try await store.acquire("job", Lease(holder: "three", until: now.addingTimeInterval(40)), now: now.addingTimeInterval(22))),
                "only its holder releases it")
        try await store.release("job", holder: "two")
        #expect(try await store.acquire("job", Lease(holder: "three", until: now.addingTimeInterval(40)), now: now.addingTimeInterval(22)))
    }

    /// Many holders claiming at once: each resource goes to exactly one.
    @Test(arguments: StoreUnderTest.all)
    func concurrentClaimsTakeEachResourceOnce(_ subject: StoreUnderTest) async throws {
        let store = try await subject.make()
        let now = Self.epoch
        for index in 0..<60 {
            var connection = Self.connection("plc-\(index)")
            connection.nextCheckAt = now
            try await store.insert(connection, event: nil)
        }
        let claims = try await withThrowingTaskGroup(of: [String].self) { group in
            for holder in 0..<6 {
                group.addTask {
                    // As the loop does: claim, step (settle), release.
                    var mine: [String] = []
                    for _ in 0..<5 {
                        let claimed = try await store.claimDue(
                            PrivateLinkConnection.self, at: now, limit: 4, lease: Lease(holder: "h\(holder)", until: now.addingTimeInterval(30)))
                        for read in claimed {
                            var settled = read
                            settled.nextCheckAt = nil
                            #expect(try await store.update(settled, event: nil, ifUnchangedFrom: read))
                        }
                        try await store.releaseLeases(holder: "h\(holder)")
                        mine += claimed.map(\.id)
                    }
                    return mine
                }
            }
            return try await group.reduce(into: [String]()) { $0 += $1 }
        }
        #expect(claims.count == Set(claims).count, "no resource went to two holders")
        #expect(Set(claims).count == 60, "every resource went to one: \(Set(claims).count)")
    }

    /// Counters every replica shares: rate windows and Digest nonce counts.
    @Test(arguments: StoreUnderTest.all)
    func countersCountOnceEachAndExpire(_ subject: StoreUnderTest) async throws {
        let store = try await subject.make()
        let expires = Self.epoch.addingTimeInterval(60)
        let counts = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<30 { group.addTask { try await store.increment("rate/k/1", expires: expires) } }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(counts.sorted() == Array(1...30), "every increment saw its own count")
        #expect(try await store.increment("rate/k/2", expires: expires) == 1, "another window starts at one")
        #expect(try await store.raise("nonce/n", to: 1, expires: expires))
        #expect(try await store.raise("nonce/n", to: 3, expires: expires))
        #expect(!(try await store.raise("nonce/n", to: 3, expires: expires)), "a count seen is refused")
        #expect(!(try await store.raise("nonce/n", to: 2, expires: expires)))
        try await store.sweep(now: expires.addingTimeInterval(1))
        #expect(try await store.increment("rate/k/1", expires: expires.addingTimeInterval(120)) == 1, "swept once expired")
        #expect(try await store.raise("nonce/n", to: 1, expires: expires.addingTimeInterval(120)))
    }

    /// Writers racing on one state read: exactly one wins, and only its event is kept.
    @Test(arguments: StoreUnderTest.all)
    func concurrentWritersOneWins(_ subject: StoreUnderTest) async throws {
        let store = try await subject.make()
        let connection = Self.connection("plc-race")
        try await store.insert(connection, event: nil)
        let states: [PrivateLinkConnectionState] = [.active, .failed, .pendingAcceptance, .deleting]
        let wins = await withTaskGroup(of: Bool.self) { group in
            for index in 0..<40 {
                group.addTask {
                    var mine = connection
                    mine.state = states[index % states.count]
                    mine.message = "writer \(index)"
                    return (try? await store.update(mine, event: Self.event(mine.name, mine.state.rawValue), ifStateIs: .creating)) ?? false
                }
            }
            return await group.reduce(0) { $0 + ($1 ? 1 : 0) }
        }
        #expect(wins == 1)
        let stored = try #require(try await store.get(PrivateLinkConnection.self, id: "plc-race"))
        let events = try await store.events(of: connection.name, descendants: false)
        #expect(events.map(\.state) == [stored.state.rawValue])
        // Independent records written at once all land.
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<30 { group.addTask { try await store.insert(Self.cluster("many\(index)"), event: nil) } }
            try await group.waitForAll()
        }
        #expect(try await store.all(Cluster.self).count == 30)
    }

    @Test(arguments: StoreUnderTest.all)
    func eventsOfDescendants(_ subject: StoreUnderTest) async throws {
        let store = try await subject.make()
        let connection = Self.connection("plc-1")
        try await store.insert(connection, event: Self.event(connection.name, "CREATING"))
        try await store.save(PlatformNetwork(provider: .aws, region: "us-west-2", accountID: "1", vpcID: "v", subnets: [], securityGroupID: "g"),
                             event: Self.event("\(connection.name)/attachDomains/adm-1", "ACTIVE"))
        try await store.insert(Self.cluster("c1"), event: Self.event("clusters/c1", "CREATING"))
        try await store.insert(Self.cluster("c10"), event: Self.event("clusters/c10", "CREATING"))
        #expect(try await store.events(of: connection.name, descendants: true).map(\.state) == ["CREATING", "ACTIVE"])
        #expect(try await store.events(of: "clusters/c1", descendants: true).count == 3, "c1's own and its connection's two, not c10's")
        #expect(try await store.events(of: "clusters/c1", descendants: false).count == 1)
    }

    @Test(arguments: StoreUnderTest.all)
    func saveReplacesWithoutGuard(_ subject: StoreUnderTest) async throws {
        let store = try await subject.make()
        var network = PlatformNetwork(provider: .aws, region: "us-west-2", accountID: "1", vpcID: "vpc-1", subnets: [], securityGroupID: "sg")
        try await store.save(network, event: nil)
        network.vpcID = "vpc-2"
        try await store.save(network, event: nil)
        #expect(try await store.get(PlatformNetwork.self, id: "aws/us-west-2")?.vpcID == "vpc-2")
        #expect(try await store.all(PlatformNetwork.self).count == 1)
    }

    @Test(arguments: StoreUnderTest.all)
    func markDeletingOnceWhateverRaces(_ subject: StoreUnderTest) async throws {
        let store = try await subject.make()
        let connection = Self.connection("plc-1")
        try await store.insert(connection, event: nil)
        var moved = connection
        moved.state = .active
        try await store.update(moved, event: nil, ifStateIs: .creating)
        // The caller read CREATING; the store holds ACTIVE: it reads again and still marks it.
        let marked = try #require(try await store.markDeleting(connection, actor: "k", reason: "asked"))
        #expect(marked.state == .deleting)
        #expect(try await store.markDeleting(marked, actor: "k", reason: "asked again")?.state == .deleting)
        #expect(try await store.events(of: connection.name, descendants: false).map(\.reason) == ["asked"])
        #expect(try await store.markDeleting(Self.connection("plc-none"), actor: "k", reason: "asked") == nil)
    }
}
