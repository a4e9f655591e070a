import Foundation
import PosternControl
import PosternDomain
import PosternStore
import Testing

/// Two loops (two replicas) on one store: each due resource is stepped by one at a time, the
/// work is shared, and work no resource owns is done by one replica at a time.
@Suite struct LeaseTests {
    /// Notes every step that starts while another step of the same resource runs.
    actor Steps {
        var running: Set<String> = []
        var overlaps: [String] = []
        var count = 0
        func begin(_ id: String) {
            if running.contains(id) { overlaps.append(id) }
            running.insert(id)
            count += 1
        }
        func end(_ id: String) { running.remove(id) }
    }

    struct Slow: Reconciler {
        let steps: Steps
        func step(_ connection: inout PrivateLinkConnection, now: Date) async throws -> Outcome {
            await steps.begin(connection.id)
            try await Task.sleep(for: .milliseconds(5))
            await steps.end(connection.id)
            return .requeue(after: 0)
        }
    }

    struct Settle: Reconciler {
        func step(_ connection: inout PrivateLinkConnection, now: Date) async throws -> Outcome {
            connection.state = .active
            return .settled(reason: "done", recheck: nil)
        }
    }

    @Test func aPassThatClaimsAFullBatchSaysMoreMayWait() async throws {
        let store = try SQLiteStore()
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        for index in 0..<5 {
            let connection = PrivateLinkConnection(
                id: "plc-\(index)", clusterID: "c1", projectID: "p1", displayName: "x", type: .awsEndpointService, createdBy: "k", createTime: now,
                serviceName: "com.amazonaws.vpce.us-west-2.vpce-svc-0123456789abcdef0", serviceRegion: "us-west-2", region: "us-west-2")
            try await store.insert(connection, event: nil)
        }
        let loop = ReconcileLoop(store: store, reconcilers: [Settle()], batch: 2)
        var passes: [Bool] = []
        for _ in 0..<4 { passes.append(await loop.runOnce(now: now)) }
        #expect(passes == [true, true, false, false], "2, 2, 1 and none claimed")
        let active = try await store.page(PrivateLinkConnection.self, Selection(["state": ["ACTIVE"]]), try PageRequest(pageSize: 10, pageToken: nil))
        #expect(active.total == 5)
    }

    @Test func twoLoopsNeverStepOneResourceAtOnce() async throws {
        let store = try SQLiteStore()
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        for index in 0..<30 {
            var connection = PrivateLinkConnection(
                id: "plc-\(index)", clusterID: "c1", projectID: "p1", displayName: "x", type: .awsEndpointService, createdBy: "k", createTime: now,
                serviceName: "com.amazonaws.vpce.us-west-2.vpce-svc-0123456789abcdef0", serviceRegion: "us-west-2", region: "us-west-2")
            connection.nextCheckAt = now
            try await store.insert(connection, event: nil)
        }
        let steps = Steps()
        let loops = ["replica-a", "replica-b", "replica-c"].map { ReconcileLoop(store: store, reconcilers: [Slow(steps: steps)], holder: $0) }
        await withTaskGroup(of: Void.self) { group in
            for loop in loops {
                group.addTask { for pass in 0..<10 { await loop.runOnce(now: now.addingTimeInterval(Double(pass))) } }
            }
        }
        let overlaps = await steps.overlaps, count = await steps.count
        #expect(overlaps.isEmpty, "stepped twice at once: \(overlaps)")
        #expect(count >= 30, "\(count) steps")
    }

    @Test func exclusiveWorkRunsOneAtATimeAcrossReplicas() async throws {
        let store = try SQLiteStore()
        let steps = Steps()
        let replicas = (0..<4).map { StoreExclusion(store: store, holder: "replica-\($0)", lease: 5, patience: 30) }
        let results = try await withThrowingTaskGroup(of: Int.self) { group in
            for (index, exclusion) in replicas.enumerated() {
                group.addTask {
                    try await exclusion.run("platformNetwork/aws/us-west-2") {
                        await steps.begin("platform network")
                        try await Task.sleep(for: .milliseconds(30))
                        await steps.end("platform network")
                        return index
                    }
                }
            }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(results.sorted() == [0, 1, 2, 3], "every replica's turn came")
        let overlaps = await steps.overlaps
        #expect(overlaps.isEmpty, "two replicas made the platform network at once")
        #expect(try await store.acquire("platformNetwork/aws/us-west-2", Lease(holder: "later", until: Date().addingTimeInterval(5)), now: Date()),
                "released once done")
    }
}
