import Foundation
import Testing

/// The control plane under load and faults, measured: `postern cloud` plays AWS and survives;
/// `postern serve --cloud aws` on SQLite takes mixed operations from concurrent clients over
/// Essential (private link connections, attached domains), Dedicated and Premium (endpoint
/// registrations), and may be killed (`kill -9`) at random moments among them, then restarted
/// on the same data. After each restart (and at the end) every acknowledged write must be
/// there, everything must settle, and the cloud must hold no duplicate and no orphan of what
/// Postern makes.
final class Harness: @unchecked Sendable {
    static let platform = "100000000000"
    static let customerAccount = "222222222222"

    struct Report: Sendable {
        var operations = 0
        var acknowledged = 0
        var kills = 0
        var lostWrites: [String] = []
        var duplicates: [String] = []
        var orphans: [String] = []
        /// Seconds from each restart until everything settled.
        var convergence: [Double] = []
        var unsettled: [String] = []
        /// What still moved 8 s after a restart, for the slowest.
        var slow: [String] = []
        /// The servers' "step failed" warnings, by error.
        var stepFailures: [String: Int] = [:]

        func percentile(_ p: Double) -> Double {
            guard !convergence.isEmpty else { return .nan }
            let sorted = convergence.sorted()
            return sorted[min(sorted.count - 1, Int((Double(sorted.count) * p).rounded(.up)) - 1)]
        }

        var table: String {
            func seconds(_ value: Double) -> String { value.isNaN ? "-" : String(format: "%.2f s", value) }
            return """
                | operations | acknowledged | kills | lost writes | duplicates | orphans | convergence p50 | convergence p99 | max |
                | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
                | \(operations) | \(acknowledged) | \(kills) | \(lostWrites.count) | \(duplicates.count) | \(orphans.count) | \(seconds(percentile(0.5))) | \(seconds(percentile(0.99))) | \(seconds(convergence.max() ?? .nan)) |
                """
        }
    }

    /// What the clients were told was done: their acknowledged writes, and what they learnt since.
    actor Model {
        /// Private link connection id → whether its deletion was acknowledged.
        var connections: [String: Bool] = [:]
        /// Attach domain id → (connection, whether its detach was acknowledged).
        var domains: [String: (connection: String, detached: Bool)] = [:]
        /// Endpoint connection path → whether its deletion was acknowledged.
        var endpoints: [String: Bool] = [:]

        func created(connection id: String) { connections[id] = connections[id] ?? false }
        func deleted(connection id: String) { connections[id] = true }
        func attached(_ id: String, to connection: String) { domains[id] = (connection, domains[id]?.detached ?? false) }
        func detached(_ id: String) { if let known = domains[id] { domains[id] = (known.connection, true) } }
        func registered(_ path: String) { endpoints[path] = endpoints[path] ?? false }
        func deregistered(_ path: String) { endpoints[path] = true }

        func liveConnections() -> [String] { connections.filter { !$0.value }.map(\.key).sorted() }
        func liveDomains() -> [(String, String)] {
            domains.filter { !$0.value.detached && connections[$0.value.connection] == false }.map { ($0.key, $0.value.connection) }.sorted { $0.0 < $1.0 }
        }
        func liveEndpoints() -> [String] { endpoints.filter { !$0.value }.map(\.key).sorted() }
        func snapshot() -> (connections: [String: Bool], domains: [String: (connection: String, detached: Bool)], endpoints: [String: Bool]) {
            (connections, domains, endpoints)
        }
    }

    let cloud: PosternDaemon
    let directory: URL
    let environment: [String: String]
    private(set) var server: PosternDaemon
    let api: HarnessAPI
    let model = Model()
    private let slots: SlotLease
    var cluster = ""
    var dedicatedBase = ""
    var premiumBase = ""
    var dedicatedService = ""
    var premiumService = ""
    /// The customer's networks its endpoints are made in (each subnet holds some 250).
    var consumers: [ConsumerNetwork] = []
    var serviceName = ""
    /// Endpoint services Postern made, by node group.
    var nodeGroups: [String] = []

    init() async throws {
        slots = try await SlotLease(width: 2)
        let cloudDirectory = Scratch.path("postern-cloud-test")
        cloud = try await PosternDaemon(
            ["cloud", "--data-dir", cloudDirectory.path, "--port", "0", "--dns-port", "0",
             "--vpc-slots", "\(slots.slots.lowerBound)-\(slots.slots.upperBound)", "--cloud-delay", "0s"],
            dataDirectory: cloudDirectory)
        environment = try SplitPostern.controlPlaneEnvironment(cloudURL: cloud.cloudURL)
        directory = Scratch.path("postern-test")
        server = try await Self.start(directory, environment)
        let json = JSON(parsing: try String(contentsOf: directory.appendingPathComponent("admin-key.json"), encoding: .utf8))
        api = HarnessAPI(baseURL: server.controlURL, publicKey: json["publicKey"].string ?? "", privateKey: json["privateKey"].string ?? "")
    }

    static func start(_ directory: URL, _ environment: [String: String]) async throws -> PosternDaemon {
        try await PosternDaemon(["serve", "--cloud", "aws", "--data-dir", directory.path, "--port", "0"], dataDirectory: directory, environment: environment)
    }

    func aws(_ account: String) -> AWSCLI { AWSCLI(endpoint: cloud.cloudURL, accessKeyID: account, region: "us-west-2") }

    /// An Essential cluster and a customer's endpoint service for its connections, a Dedicated
    /// cluster and a Premium instance on AWS with their services, and the customer's network.
    func setUp() async throws {
        let made = await api.post("/v1beta1/clusters", #"{"displayName": "crash", "region": {"name": "regions/aws-us-west-2"}}"#)
        cluster = try #require(made.json["clusterId"].string, "\(made.json)")
        let dedicated = await api.post("/dedicated/v1beta1/clusters", #"""
            {"displayName": "crash-dedicated", "regionId": "aws-us-west-2", "port": 4000,
             "tidbNodeSetting": {"nodeSpecKey": "8C16G", "tidbNodeGroups": [{"nodeCount": 1}]},
             "tikvNodeSetting": {"nodeCount": 3, "nodeSpecKey": "8C32G", "storageSizeGi": 500}}
            """#)
        let dedicatedID = try #require(dedicated.json["clusterId"].string, "\(dedicated.json)")
        let group = try #require(dedicated.json["tidbNodeSetting"]["tidbNodeGroups"][0]["tidbNodeGroupId"].string)
        dedicatedBase = "/dedicated/v1beta1/clusters/\(dedicatedID)/tidbNodeGroups/\(group)"
        let premium = await api.post("/v1beta2/tidbs", #"{"displayName": "crash-premium", "regionId": "aws-us-west-2", "backend": "127.0.0.1:9"}"#)
        premiumBase = "/v1beta2/tidbs/\(try #require(premium.json["tidbId"].string, "\(premium.json)"))"
        let customer = aws(Self.customerAccount)
        let service = try await EndpointServiceFixture.make(customer, zones: ["us-west-2a", "us-west-2b"], acceptanceRequired: false, allowing: [Self.platform])
        serviceName = service.serviceName
        let deadline = Date().addingTimeInterval(90)
        var zones: [String] = []
        while Date() < deadline {
            let clusterState = await api.get("/v1beta1/clusters/\(cluster)").json["state"].string
            let dedicatedService = await api.get("\(dedicatedBase)/privateLinkService").json
            let premiumService = await api.get("\(premiumBase)/privateLinkService").json
            if clusterState == "ACTIVE", dedicatedService["state"].string == "ACTIVE", premiumService["state"].string == "ACTIVE" {
                self.dedicatedService = dedicatedService["serviceName"].string ?? ""
                self.premiumService = premiumService["serviceName"].string ?? ""
                let premiumZones = Set(premiumService["availableZones"].strings)
                zones = dedicatedService["availableZones"].strings.filter { premiumZones.isEmpty || premiumZones.contains($0) }
                break
            }
            try await Task.sleep(for: .milliseconds(200))
        }
        #expect(!dedicatedService.isEmpty && !premiumService.isEmpty, "the clusters and services became ACTIVE")
        for _ in 0..<3 { consumers.append(try await ConsumerNetwork.make(customer, zoneIDs: Array(zones.prefix(2)))) }
    }

    // MARK: Operations

    enum Operation: CaseIterable {
        case createConnection, deleteConnection, attach, detach, registerDedicated, registerPremium, deregister

        static func random() -> Operation {
            let roll = Int.random(in: 0..<100)
            switch roll {
            case ..<28: return .createConnection
            case ..<40: return .deleteConnection
            case ..<55: return .attach
            case ..<63: return .detach
            case ..<77: return .registerDedicated
            case ..<91: return .registerPremium
            default: return .deregister
            }
        }
    }

    /// Does one operation; returns whether the server acknowledged it.
    func perform(_ operation: Operation) async throws -> Bool {
        let base = "/v1beta1/clusters/\(cluster)/privateLinkConnections"
        switch operation {
        case .createConnection:
            let reply = await api.post(base, #"{"privateLinkConnection": {"clusterId": "\#(cluster)", "displayName": "crash", "type": "AWS_ENDPOINT_SERVICE", "awsEndpointService": {"name": "\#(serviceName)"}}}"#)
            guard reply.acknowledged, let id = reply.json["privateLinkConnectionId"].string else { return false }
            await model.created(connection: id)
            return true
        case .deleteConnection:
            guard let id = await model.liveConnections().randomElement() else { return try await perform(.createConnection) }
            let reply = await api.delete("\(base)/\(id)")
            if reply.acknowledged { await model.deleted(connection: id) }
            return reply.acknowledged
        case .attach:
            guard let id = await model.liveConnections().randomElement() else { return try await perform(.createConnection) }
            let unique = "crash" + String(UInt64.random(in: 0...UInt64.max), radix: 36)
            let reply = await api.post("\(base)/\(id):attachDomains", #"{"attachDomain": {"type": "TIDBCLOUD_MANAGED", "uniqueName": "\#(unique)"}}"#)
            guard reply.acknowledged, let attached = reply.json["attachDomainId"].string else { return false }
            await model.attached(attached, to: id)
            return true
        case .detach:
            guard let (domain, connection) = await model.liveDomains().randomElement() else { return try await perform(.attach) }
            let reply = await api.post("\(base)/\(connection):detachDomains", #"{"attachDomainId": "\#(domain)"}"#)
            if reply.acknowledged { await model.detached(domain) }
            return reply.acknowledged
        case .registerDedicated, .registerPremium:
            let dedicated = operation == .registerDedicated
            guard let consumer = consumers.randomElement() else { return false }
            let endpoint = try await aws(Self.customerAccount).call(
                ["ec2", "create-vpc-endpoint", "--vpc-id", consumer.vpcID, "--service-name", dedicated ? dedicatedService : premiumService,
                 "--vpc-endpoint-type", "Interface", "--subnet-ids"] + consumer.subnetIDs)["VpcEndpoint"]["VpcEndpointId"].string ?? ""
            let path = "\(dedicated ? dedicatedBase : premiumBase)/privateEndpointConnections"
            let reply = await api.post(path, #"{"endpointId": "\#(endpoint)"}"#)
            guard reply.acknowledged, let id = reply.json["privateEndpointConnectionId"].string else { return false }
            await model.registered("\(path)/\(id)")
            return true
        case .deregister:
            guard let path = await model.liveEndpoints().randomElement() else { return try await perform(.registerDedicated) }
            let reply = await api.delete(path)
            if reply.acknowledged { await model.deregistered(path) }
            return reply.acknowledged
        }
    }

    // MARK: The run

    /// `operations` mixed operations from `clients` at once, with `kills` kills among them.
    func run(operations: Int, kills: Int, clients: Int = 4) async throws -> Report {
        var report = Report()
        // Where each kill falls: after a random operation of its share of the run.
        let share = max(1, operations / (kills + 1))
        let killPoints = (0..<kills).map { index in share * (index + 1) - Int.random(in: 0..<max(1, share / 2)) }
        var next = 0
        for segment in 0...kills {
            let end = segment < kills ? killPoints[segment] : operations
            let count = max(0, end - next)
            next = end
            let killing = segment < kills
            let (attempted, acknowledged) = try await segmentRun(count: count, clients: clients, kill: killing)
            report.operations += attempted
            report.acknowledged += acknowledged
            if killing {
                report.kills += 1
                Self.countFailures(server.output, into: &report)
                let restarted = Date()
                server = try await Self.start(directory, environment)
                api.baseURL = server.controlURL
                try await check(into: &report, since: restarted)
            }
        }
        try await check(into: &report, since: nil)
        Self.countFailures(server.output, into: &report)
        return report
    }

    /// Counts a server log's failed steps by their error (ids left out).
    static func countFailures(_ log: String, into report: inout Report) {
        for line in log.split(separator: "\n") where line.contains("step failed") {
            let error = line.range(of: "error=").map { String(line[$0.upperBound...].prefix(90)) } ?? String(line.prefix(90))
            report.stepFailures[error.replacingOccurrences(of: #"[0-9a-z]{8,}"#, with: "…", options: .regularExpression), default: 0] += 1
        }
    }

    /// `operations` mixed operations from `clients` at once, nothing killed.
    func mixed(operations: Int, clients: Int) async throws -> (attempted: Int, acknowledged: Int) {
        let (attempted, acknowledged) = try await segmentRun(count: operations, clients: clients, kill: false)
        return (attempted, acknowledged)
    }

    /// `count` operations from `clients` at once; with `kill`, the server is killed while the
    /// last of them are in flight (after a random one of the last clients' worth has started).
    private func segmentRun(count: Int, clients: Int, kill: Bool) async throws -> (Int, Int) {
        let counter = Counter()
        let server = self.server
        return try await withThrowingTaskGroup(of: (Int, Int).self) { group in
            for _ in 0..<clients {
                group.addTask {
                    var attempted = 0, acknowledged = 0
                    while counter.take() < count {
                        attempted += 1
                        if try await self.perform(Operation.random()) { acknowledged += 1 }
                    }
                    return (attempted, acknowledged)
                }
            }
            if kill {
                group.addTask {
                    // Killed while clients are mid-request: once the last of the segment's operations began.
                    while counter.peek() < count { try await Task.sleep(for: .milliseconds(5)) }
                    try await Task.sleep(for: .milliseconds(Int.random(in: 0...150)))
                    Foundation.kill(server.process.processIdentifier, SIGKILL)
                    _ = Subprocess.awaitExit(server.process, within: 10)
                    return (0, 0)
                }
            }
            var total = (0, 0)
            for try await (attempted, acknowledged) in group {
                total.0 += attempted
                total.1 += acknowledged
            }
            return total
        }
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func take() -> Int { lock.withLock { defer { value += 1 }; return value } }
        func peek() -> Int { lock.withLock { value } }
    }

    // MARK: Checks

    /// Every acknowledged write is there; everything settles (the time is recorded); the cloud
    /// holds no duplicate or orphan.
    func check(into report: inout Report, since restart: Date?) async throws {
        let (connections, domains, endpoints) = await model.snapshot()
        let base = "/v1beta1/clusters/\(cluster)/privateLinkConnections"
        // Acknowledged writes, as read back at once.
        guard let listed = await api.all(base, "privateLinkConnections") else {
            report.lostWrites.append("the connection list was not answered")
            return
        }
        let byID = Dictionary(listed.compactMap { item in item["privateLinkConnectionId"].string.map { ($0, item) } }) { first, _ in first }
        if byID.count != listed.count { report.duplicates.append("a connection id listed twice") }
        for (id, deleted) in connections {
            let state = byID[id]?["state"].string
            if !deleted, state == nil || state == "DELETING" { report.lostWrites.append("connection \(id) created, now \(state ?? "missing")") }
            if deleted, let state, state != "DELETING" { report.lostWrites.append("connection \(id) deleted, now \(state)") }
        }
        for (id, domain) in domains where connections[domain.connection] == false {
            let attached = byID[domain.connection]?["attachedDomains"].array.contains { $0["attachDomainId"].string == id } ?? false
            if !domain.detached, !attached { report.lostWrites.append("domain \(id) attached, now missing") }
        }
        for (path, deleted) in endpoints {
            let reply = await api.get(path)
            let state = reply.json["endpointState"].string ?? reply.json["state"].string
            if !deleted, reply.status != 200 || state == "DELETING" { report.lostWrites.append("endpoint \(path) registered, now \(reply.status) \(state ?? "")") }
            if deleted, reply.status == 200, state != "DELETING" { report.lostWrites.append("endpoint \(path) deleted, now \(state ?? "")") }
        }

        // Everything settles.
        let deadline = Date().addingTimeInterval(60)
        var moving: [String] = []
        var noted = false
        repeat {
            moving = await unsettled()
            if moving.isEmpty { break }
            if let restart, !noted, Date().timeIntervalSince(restart) > 8 {
                noted = true
                report.slow.append("after \(String(format: "%.1f", Date().timeIntervalSince(restart))) s: " + moving.prefix(8).joined(separator: ", "))
            }
            try await Task.sleep(for: .milliseconds(100))
        } while Date() < deadline
        if let restart { report.convergence.append(Date().timeIntervalSince(restart)) }
        if !moving.isEmpty { report.unsettled += moving }

        // What the cloud holds of what Postern made.
        try await checkCloud(into: &report)
    }

    /// What is not yet where it is going: not ACTIVE, or not yet gone.
    private func unsettled() async -> [String] {
        var moving: [String] = []
        let base = "/v1beta1/clusters/\(cluster)/privateLinkConnections"
        guard let connections = await api.all(base, "privateLinkConnections") else { return ["the connection list"] }
        for connection in connections {
            let id = connection["privateLinkConnectionId"].string ?? ""
            if connection["state"].string != "ACTIVE" { moving.append("connection \(id) \(connection["state"].string ?? "")") }
            for domain in connection["attachedDomains"].array {
                for name in domain["domains"].array where name["state"].string != "ACTIVE" {
                    moving.append("domain \(domain["attachDomainId"].string ?? "") \(name["state"].string ?? "")")
                }
            }
        }
        for base in [dedicatedBase, premiumBase] {
            guard let endpoints = await api.all("\(base)/privateEndpointConnections", "privateEndpointConnections") else { return ["\(base) endpoints"] }
            // DISCOVERED: a customer's endpoint whose registration never arrived (the server died first) waits, settled, to be registered.
            for endpoint in endpoints where !["ACTIVE", "DISCOVERED"].contains(endpoint["endpointState"].string ?? endpoint["state"].string ?? "") {
                moving.append("endpoint \(endpoint["privateEndpointConnectionId"].string ?? "") \(endpoint["endpointState"].string ?? endpoint["state"].string ?? "")")
            }
        }
        return moving
    }

    private func checkCloud(into report: inout Report) async throws {
        let platform = aws(Self.platform)
        var platformAWS = platform
        platformAWS.maxAttempts = 3
        let base = "/v1beta1/clusters/\(cluster)/privateLinkConnections"
        let connections = await api.all(base, "privateLinkConnections") ?? []
        let live = Set(connections.compactMap { $0["privateLinkConnectionId"].string })
        let endpoints = try await platformAWS.call("ec2", "describe-vpc-endpoints")["VpcEndpoints"].array.filter { $0["State"].string != "deleted" }
        var perConnection: [String: Int] = [:]
        for endpoint in endpoints {
            guard let tag = endpoint["Tags"].array.first(where: { $0["Key"].string == "postern:private-link-connection" })?["Value"].string else { continue }
            perConnection[tag, default: 0] += 1
        }
        for (id, count) in perConnection {
            if count > 1 { report.duplicates.append("\(count) endpoints for connection \(id)") }
            if !live.contains(id) { report.orphans.append("an endpoint for connection \(id), which is gone") }
        }
        let vpcs = try await platformAWS.call("ec2", "describe-vpcs", "--filters", "Name=tag:postern:platform,Values=true")["Vpcs"].array
        if vpcs.count != 1 { report.duplicates.append("\(vpcs.count) platform networks") }
        let services = try await platformAWS.call("ec2", "describe-vpc-endpoint-service-configurations")["ServiceConfigurations"].array
        var perGroup: [String: Int] = [:]
        for service in services {
            guard let tag = service["Tags"].array.first(where: { $0["Key"].string == "postern:tidb-node-group" })?["Value"].string else { continue }
            perGroup[tag, default: 0] += 1
        }
        for (group, count) in perGroup where count > 1 { report.duplicates.append("\(count) endpoint services for node group \(group)") }
        // Domains: one private zone per attached domain that is still there.
        let names = Set(connections.flatMap { $0["attachedDomains"].array.compactMap { $0["uniqueName"].string } })
        if let vpc = vpcs.first?["VpcId"].string {
            let zones = try await platformAWS.call("route53", "list-hosted-zones-by-vpc", "--vpc-id", vpc, "--vpc-region", "us-west-2")["HostedZoneSummaries"].array
                .compactMap { $0["Name"].string }
            for zone in Set(zones) {
                let unique = String(zone.prefix { $0 != "." })
                if zones.filter({ $0 == zone }).count > 1 { report.duplicates.append("zone \(zone) twice") }
                if !names.contains(unique) { report.orphans.append("zone \(zone) of no attached domain") }
            }
        }
        // Customers' endpoints accepted for no endpoint connection.
        for (base, name) in [(dedicatedBase, dedicatedService), (premiumBase, premiumService)] {
            let registered = Set((await api.all("\(base)/privateEndpointConnections", "privateEndpointConnections") ?? []).compactMap { $0["endpointId"].string })
            let service = services.first { $0["ServiceName"].string == name }?["ServiceId"].string ?? ""
            let accepted = try await platformAWS.call(
                "ec2", "describe-vpc-endpoint-connections", "--filters", "Name=service-id,Values=\(service)")["VpcEndpointConnections"].array
                .filter { $0["VpcEndpointState"].string == "available" }.compactMap { $0["VpcEndpointId"].string }
            for endpoint in accepted where !registered.contains(endpoint) { report.orphans.append("endpoint \(endpoint) accepted by \(name) for no registration") }
        }
    }

    deinit {
        server.stop()
        cloud.stop()
    }
}
