import Foundation
import Testing

@testable import PosternEmbeddedCloud

/// The embedded cloud's tables: what keeps a request's cost flat as the cloud grows (no sort,
/// no scan, no copy) must keep the answers as they were: creation order, lookups that follow
/// every change, and a rollback that leaves nothing of a failed request.
@Suite struct CloudTableTests {
    static let epoch = Date(timeIntervalSince1970: 1_800_000_000)

    func endpoint(_ id: String, at seconds: Double, tag: String, token: String? = nil, pending: Bool = false) -> VpcEndpoint {
        VpcEndpoint(
            id: id, account: "100000000000", region: "us-west-2", vpcID: "vpc-1", serviceID: "vpce-svc-1",
            serviceName: "com.amazonaws.vpce.us-west-2.vpce-svc-1", serviceRegion: "us-west-2", state: pending ? "pending" : "available",
            next: pending ? Transition(state: "available", at: Self.epoch.addingTimeInterval(seconds + 2)) : nil,
            subnetIDs: [], securityGroupIDs: [], networkInterfaceIDs: [], privateDNSEnabled: false, dnsSuffix: "x", policyDocument: "{}",
            clientToken: token, requestFingerprint: nil, connectionID: "vpce-con-\(id)", tags: [Tag(key: "conn", value: tag)],
            createdAt: Self.epoch.addingTimeInterval(seconds))
    }

    @Test func rollingBackLeavesNothingOfTheChanges() {
        var table = Table<VpcEndpoint>()
        table["vpce-a"] = endpoint("vpce-a", at: 0, tag: "one", token: "t-a")
        table["vpce-b"] = endpoint("vpce-b", at: 1, tag: "two")
        table.commit()

        table["vpce-a"] = endpoint("vpce-a", at: 0, tag: "changed", pending: true)
        table["vpce-b"] = nil
        table["vpce-c"] = endpoint("vpce-c", at: 2, tag: "three", pending: true)
        #expect(table.all.map(\.id) == ["vpce-a", "vpce-c"])
        #expect(table.looking(up: [VpcEndpoint.tagKey("conn", "changed")]).map(\.id) == ["vpce-a"])
        #expect(table.timed == ["vpce-a", "vpce-c"])

        table.rollBack()
        #expect(table.all.map(\.id) == ["vpce-a", "vpce-b"], "the removed one back in its place, the new one gone")
        #expect(table["vpce-a"]?.tags.first?.value == "one")
        #expect(table.looking(up: [VpcEndpoint.tagKey("conn", "one")]).map(\.id) == ["vpce-a"])
        #expect(table.looking(up: [VpcEndpoint.tagKey("conn", "changed"), VpcEndpoint.tagKey("conn", "three")]).isEmpty)
        #expect(table.looking(up: [VpcEndpoint.tokenKey("t-a")]).map(\.id) == ["vpce-a"])
        #expect(table.timed.isEmpty)
        #expect(table.changes.isEmpty, "nothing left to save")
    }

    @Test func changesAreWhatToSaveUntilCommitted() {
        var table = Table<VpcEndpoint>()
        table["vpce-a"] = endpoint("vpce-a", at: 0, tag: "one")
        table["vpce-b"] = endpoint("vpce-b", at: 1, tag: "two")
        table["vpce-b"] = nil
        #expect(table.changes.map(\.id) == ["vpce-a", "vpce-b"])
        #expect(table.changes.map { $0.resource == nil } == [false, true])
        table.commit()
        #expect(table.changes.isEmpty)
        table.rollBack()
        #expect(table.all.map(\.id) == ["vpce-a"], "a rollback after a commit keeps what was committed")
    }

    @Test func creationOrderHoldsThroughRemovalsAndCompaction() {
        var table = Table<VpcEndpoint>()
        let ids = (0..<300).map { String(format: "vpce-%03d", $0) }
        for (index, id) in ids.enumerated() { table[id] = endpoint(id, at: Double(index), tag: "t\(index % 7)") }
        for (index, id) in ids.enumerated() where index % 4 != 0 { table[id] = nil }
        table.commit()
        let kept = ids.enumerated().filter { $0.offset % 4 == 0 }.map(\.element)
        #expect(table.all.map(\.id) == kept)
        #expect(table.count == kept.count)
        table["vpce-new"] = endpoint("vpce-new", at: 1000, tag: "t0")
        #expect(table.all.last?.id == "vpce-new")
        #expect(table.looking(up: [VpcEndpoint.tagKey("conn", "t0")]).map(\.id)
            == kept.filter { Int($0.dropFirst(5))! % 7 == 0 } + ["vpce-new"])
        #expect(table.first { $0.id.hasSuffix("8") }?.id == "vpce-008")
    }

    @Test func loadedResourcesAreOrderedByCreation() {
        var table = Table<VpcEndpoint>()
        table.load(endpoint("vpce-late", at: 5, tag: "x"))
        table.load(endpoint("vpce-early", at: 1, tag: "x"))
        table.sortLoaded()
        #expect(table.all.map(\.id) == ["vpce-early", "vpce-late"])
        #expect(table.changes.isEmpty, "what was loaded is saved already")
    }
}
