import Foundation
import Testing

/// Races the clients of one platform run into: many asking for the one thing only one may have.
extension Harness {
    /// `clients` register one customer endpoint with the Dedicated node group at once; returns
    /// the connection ids they were given, the statuses of the refused, and how many connections
    /// the node group lists for the endpoint.
    func raceOneRegistration(clients: Int) async throws -> (ids: [String], refused: [Int], listed: Int) {
        guard let consumer = consumers.first else { return ([], [], 0) }
        let endpoint = try await aws(Self.customerAccount).call(
            ["ec2", "create-vpc-endpoint", "--vpc-id", consumer.vpcID, "--service-name", dedicatedService, "--vpc-endpoint-type", "Interface",
             "--subnet-ids"] + consumer.subnetIDs)["VpcEndpoint"]["VpcEndpointId"].string ?? ""
        let path = "\(dedicatedBase)/privateEndpointConnections"
        let replies = await withTaskGroup(of: HarnessAPI.Reply.self) { group in
            for _ in 0..<clients { group.addTask { await self.api.post(path, #"{"endpointId": "\#(endpoint)"}"#) } }
            return await group.reduce(into: [HarnessAPI.Reply]()) { $0.append($1) }
        }
        for reply in replies where reply.acknowledged {
            if let id = reply.json["privateEndpointConnectionId"].string { await model.registered("\(path)/\(id)") }
        }
        let listed = (await api.all(path, "privateEndpointConnections") ?? []).filter { $0["endpointId"].string == endpoint }.count
        return (replies.filter(\.acknowledged).compactMap { $0.json["privateEndpointConnectionId"].string }, replies.filter { !$0.acknowledged }.map(\.status), listed)
    }

    /// `clients` attach one unique name, each to a live connection of its own choosing, at once.
    func raceOneDomainName(clients: Int) async throws -> (won: Int, refused: [Int]) {
        let live = await model.liveConnections()
        guard !live.isEmpty else { return (0, []) }
        let unique = "race" + String(UInt64.random(in: 0...UInt64.max), radix: 36)
        let base = "/v1beta1/clusters/\(cluster)/privateLinkConnections"
        let replies = await withTaskGroup(of: (String, HarnessAPI.Reply).self) { group in
            for index in 0..<clients {
                let connection = live[index % live.count]
                group.addTask {
                    (connection, await self.api.post("\(base)/\(connection):attachDomains", #"{"attachDomain": {"type": "TIDBCLOUD_MANAGED", "uniqueName": "\#(unique)"}}"#))
                }
            }
            return await group.reduce(into: [(String, HarnessAPI.Reply)]()) { $0.append($1) }
        }
        for (connection, reply) in replies where reply.acknowledged {
            if let id = reply.json["attachDomainId"].string { await model.attached(id, to: connection) }
        }
        return (replies.filter(\.1.acknowledged).count, replies.filter { !$0.1.acknowledged }.map(\.1.status))
    }

    /// Once the clients are done: every acknowledged write there, everything settled, the cloud
    /// holding no duplicate or orphan.
    func finalReport(operations: Int, acknowledged: Int) async throws -> Report {
        var report = Report()
        report.operations = operations
        report.acknowledged = acknowledged
        try await check(into: &report, since: nil)
        return report
    }
}
