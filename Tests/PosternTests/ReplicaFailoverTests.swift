import Foundation
import Testing

/// Three replicas on one PostgreSQL, one killed (`kill -9`) while it holds leases: the others
/// finish its work once its leases run out, nothing is made twice in the cloud, and the API
/// shows it LOST.
@Suite struct ReplicaFailoverTests {
    static let platform = "100000000000"

    @Test func aKilledReplicasWorkFinishesElsewhereAndNothingIsMadeTwice() async throws {
        // A slow cloud for the platform, so steps take long enough to be killed in.
        let set = try await ReplicaSet(count: 3, lease: "3s", cloudArguments: ["--faults", "latency=300ms,account=\(Self.platform)"])
        let ids = (0..<3).compactMap { set.replicaID($0) }
        #expect(Set(ids).count == 3, "each replica its own id: \(ids)")
        #expect(try await set.sql("SELECT COUNT(*) FROM postern.migration") == ["3"], "migrated once, though all three started together")
        let keyFiles = set.directories.filter { FileManager.default.fileExists(atPath: $0.appendingPathComponent("admin-key.json").path) }
        #expect(keyFiles.count == 1, "one replica made the admin key")
        #expect(try await set.sql("SELECT COUNT(*) FROM postern.record WHERE kind = 'apiKey'") == ["1"])

        let listed = try await set.api(1).wait("/v1beta1/replicas", seconds: 10) { reply in
            reply.json["replicas"].array.count == 3 && reply.json["replicas"].array.allSatisfy { $0["controlPlane"].string != nil }
        }
        #expect(Set(listed.json["replicas"].array.compactMap { $0["replicaId"].string }) == Set(ids), "\(listed.json)")
        #expect(listed.json["replicas"].array.allSatisfy { $0["state"].string == "ACTIVE" && $0["controlPlane"].string?.hasPrefix("http://") == true })

        // Writes at one replica are read at another at once.
        let cluster = try await PrivateLinkConnectionTests.activeCluster(set.api(0), seconds: 90)
        #expect(try await set.api(2).get("/v1beta1/clusters/\(cluster)").json["state"].string == "ACTIVE")
        // Isolation holds at every replica: another project's key (made at one) sees 404 at the others, a bad key 401.
        let project = try await set.api(0).post("/iam/v1beta1/projects", #"{"displayName": "elsewhere"}"#).json["projectId"].string ?? ""
        let outsider = try await ProjectTests.key(try set.api(0), project: project, role: "Project Owner")
        for index in 0..<3 {
            let url = set.replicas[index]?.controlURL ?? ""
            let other = ControlPlaneClient(baseURL: url, user: outsider.user)
            #expect(try await other.get("/v1beta1/clusters/\(cluster)").status == 404, "replica \(index)")
            #expect(try await other.delete("/v1beta1/clusters/\(cluster)").status == 404, "replica \(index)")
            let bad = ControlPlaneClient(baseURL: url, user: "\(try set.adminKey.publicKey):wrong")
            #expect(try await bad.get("/v1beta1/clusters/\(cluster)").status == 401, "replica \(index)")
        }
        let customer = set.aws(account: "222222222222")
        let service = try await EndpointServiceFixture.make(
            customer, zones: ["us-west-2a", "us-west-2b"], acceptanceRequired: false, allowing: [Self.platform])
        var connections: [String] = []
        for index in 0..<12 {
            let created = try await PrivateLinkConnectionTests.create(try set.api(index % 3), cluster: cluster, service: service.serviceName)
            connections.append(try #require(created.json["privateLinkConnectionId"].string, "\(created.json)"))
        }

        // Kill whichever replica holds the most connection leases, while it holds them.
        var victim: Int?
        var held: [String] = []
        let deadline = Date().addingTimeInterval(30)
        while victim == nil, Date() < deadline {
            let rows = try await set.sql(
                "SELECT lease_holder, id FROM postern.record WHERE kind = 'privateLinkConnection' AND lease_holder IS NOT NULL AND lease_until > extract(epoch from now())")
            let byHolder = Dictionary(grouping: rows.map { $0.split(separator: "|").map(String.init) }.filter { $0.count == 2 }, by: { $0[0] })
            if let (holder, leases) = byHolder.max(by: { $0.value.count < $1.value.count }), let index = ids.firstIndex(of: holder) {
                victim = index
                held = leases.map { $0[1] }
                set.kill(index)
            } else {
                try await Task.sleep(for: .milliseconds(50))
            }
        }
        let killed = try #require(victim, "no replica was seen holding a lease")
        #expect(!held.isEmpty)
        let survivor = (killed + 1) % 3

        let api = try set.api(survivor)
        let base = "/v1beta1/clusters/\(cluster)/privateLinkConnections"
        for id in connections {
            let active = try await api.wait("\(base)/\(id)", until: "state", is: "ACTIVE", seconds: 90)
            #expect(active.json["state"].string == "ACTIVE", "\(id) (held by the killed replica: \(held.contains(id))): \(active.json)")
        }

        // Exactly one endpoint per connection, and one platform network.
        let platform = set.aws(account: Self.platform)
        let endpoints = try await platform.call("ec2", "describe-vpc-endpoints")["VpcEndpoints"].array
        let tags = endpoints.compactMap { $0["Tags"].array.first { $0["Key"].string == "postern:private-link-connection" }?["Value"].string }
        #expect(tags.sorted() == connections.sorted(), "\(endpoints.count) endpoints for \(connections.count) connections")
        let vpcs = try await platform.call("ec2", "describe-vpcs", "--filters", "Name=tag:postern:platform,Values=true")["Vpcs"].array
        #expect(vpcs.count == 1, "one platform network: \(vpcs.count)")

        // The killed replica is LOST; one that stops on its own leaves the list.
        let replicas = try await api.get("/v1beta1/replicas").json["replicas"].array
        let states = Dictionary(uniqueKeysWithValues: replicas.compactMap { r in r["replicaId"].string.map { ($0, r["state"].string ?? "") } })
        #expect(states[ids[killed]] == "LOST", "\(states)")
        #expect(states.filter { $0.value == "ACTIVE" }.count == 2, "\(states)")
        let last = (killed + 2) % 3
        set.stop(last)
        let after = try await api.get("/v1beta1/replicas").json["replicas"].array.compactMap { $0["replicaId"].string }
        #expect(Set(after) == [ids[killed], ids[survivor]], "\(after)")
        #expect(try await set.sql("SELECT COUNT(*) FROM postern.record WHERE lease_holder = '\(ids[last])'") == ["0"], "a stopped replica releases its leases")
    }
}
