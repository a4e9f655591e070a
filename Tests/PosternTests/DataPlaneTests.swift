import Foundation
import PosternAWS
import PosternAWSProvider
import Testing

/// Real traffic through endpoints: MariaDB stands for TiDB behind a Dedicated node group
/// (seed 000) and for the customer's RDS behind an endpoint service (seed 003); `mysql`
/// connects through the endpoints' loopback addresses, which `dig` finds through Postern's
/// DNS server.
@Suite struct DataPlaneTests {
    /// Retries `attempt` for up to `seconds` (the data plane follows each change of the cloud a moment later).
    static func eventually(seconds: Double = 30, _ attempt: () async throws -> Bool) async throws -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try await attempt() { return true }
            try await Task.sleep(for: .milliseconds(100))
        }
        return try await attempt()
    }

    static func selectOne(_ host: String, port: Int) async throws -> Bool {
        let result = try await MariaDB.query("SELECT 1", host: host, port: port)
        return result.status == 0 && result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    /// A query that holds its connection open for a minute, run in the background; its result
    /// and when it ended.
    static func longQuery(_ host: String, port: Int) -> Task<(Subprocess.Result, Date), any Error> {
        Task {
            let result = try await MariaDB.query("SELECT SLEEP(60)", host: host, port: port)
            return (result, Date())
        }
    }

    /// Seed 003's endpoint service (owned by the customer, its target `target`) and a private
    /// link connection to it from a new Essential cluster: the connection's path, and the service.
    static func connection(
        _ postern: PosternProcess, _ api: ControlPlaneClient, zones: [String], port: Int, acceptanceRequired: Bool = true, target: String
    ) async throws -> (path: String, service: EndpointServiceFixture) {
        let cluster = try await PrivateLinkConnectionTests.activeCluster(api)
        let service = try await EndpointServiceFixture.make(
            postern.aws(account: "222222222222", region: "us-west-2"), zones: zones, port: port, acceptanceRequired: acceptanceRequired,
            allowing: [PrivateLinkConnectionTests.platformAccount], target: target)
        let id = try await PrivateLinkConnectionTests.create(api, cluster: cluster, service: service.serviceName).json["privateLinkConnectionId"].string ?? ""
        return ("/v1beta1/clusters/\(cluster)/privateLinkConnections/\(id)", service)
    }

    /// The loopback addresses of the platform's endpoint `endpointID`, as its regional DNS name resolves.
    static func platformEndpointAddresses(_ postern: PosternProcess, _ endpointID: String) async throws -> [String] {
        let platform = postern.aws(account: PrivateLinkConnectionTests.platformAccount, region: "us-west-2")
        let entries = try await platform.call("ec2", "describe-vpc-endpoints", "--vpc-endpoint-ids", endpointID)["VpcEndpoints"][0]["DnsEntries"]
        return try await Dig.addresses(entries[0]["DnsName"].string ?? "", port: postern.dnsPort).sorted()
    }

    @Test func dedicatedEndpointCarriesMySQLOnlyOnceAcceptedAndAdmitted() async throws {
        let database = try await MariaDB.port()
        let postern = try await PosternProcess()
        let api = try postern.api()
        let created = try await api.post("/dedicated/v1beta1/clusters", #"""
            {"displayName": "orders", "regionId": "aws-us-west-2", "port": 4000,
             "tidbNodeSetting": {"tidbNodeGroups": [{"nodeCount": 1, "backend": "127.0.0.1:\#(database)"}]}}
            """#)
        #expect(created.json["tidbNodeSetting"]["tidbNodeGroups"][0]["backend"].string == "127.0.0.1:\(database)", "\(created.json)")
        let clusterID = try #require(created.json["clusterId"].string)
        let groupID = try #require(created.json["tidbNodeSetting"]["tidbNodeGroups"][0]["tidbNodeGroupId"].string)
        let base = "/dedicated/v1beta1/clusters/\(clusterID)/tidbNodeGroups/\(groupID)"
        let service = try await api.wait("\(base)/privateLinkService", until: "state", is: "ACTIVE", seconds: 45).json
        let serviceName = try #require(service["serviceName"].string)
        let dnsName = try #require(service["serviceDnsName"].string)

        // The customer's endpoint, in two zones, behind a security group without the 4000 rule.
        let customer = postern.aws(account: "333333333333", region: "us-west-2")
        let network = try await ConsumerNetwork.make(customer, zoneIDs: Array(service["availableZones"].strings.prefix(2)), admitting: nil)
        let endpoint = try await customer.call(
            ["ec2", "create-vpc-endpoint", "--vpc-id", network.vpcID, "--service-name", serviceName, "--vpc-endpoint-type", "Interface",
             "--security-group-ids", network.securityGroupID, "--subnet-ids"] + network.subnetIDs)["VpcEndpoint"]
        let endpointID = try #require(endpoint["VpcEndpointId"].string)
        let names = endpoint["DnsEntries"].array.compactMap { $0["DnsName"].string }
        let addresses = try await Dig.addresses(names[0], port: postern.dnsPort).sorted()
        #expect(addresses.count == 2, "the regional name answers one address per zone: \(addresses)")
        #expect(addresses.allSatisfy { $0.hasPrefix("127.") })
        let zonal = try await Dig.addresses(names[1], port: postern.dnsPort, tcp: true)
        #expect(zonal.count == 1 && addresses.contains(zonal[0]), "a zonal name answers its zone's address, over TCP too: \(zonal)")
        let interfaces = try await customer.call(["ec2", "describe-network-interfaces", "--network-interface-ids"] + endpoint["NetworkInterfaceIds"].strings)
        for interface in interfaces["NetworkInterfaces"].array {
            let ip = interface["PrivateIpAddress"].string?.split(separator: ".") ?? []
            #expect(addresses.contains { $0.hasSuffix(".\(ip[2]).\(ip[3])") }, "172.31.x.y stands at 127.<slot>.x.y")
        }

        #expect(try await !Self.selectOne(addresses[0], port: 4000), "nothing connects before the endpoint is accepted")

        let registered = try await api.post("\(base)/privateEndpointConnections", #"{"endpointId": "\#(endpointID)"}"#)
        let path = "\(base)/privateEndpointConnections/\(registered.json["privateEndpointConnectionId"].string ?? "")"
        #expect(try await api.wait(path, until: "endpointState", is: "ACTIVE", seconds: 45).json["endpointState"].string == "ACTIVE")
        #expect(try await !Self.selectOne(addresses[0], port: 4000), "nothing connects without the security group's 4000 rule")
        #expect(try await api.get("\(path)/usage").json["refusedConnections"].int ?? 0 >= 1)

        try await customer.call(
            "ec2", "authorize-security-group-ingress", "--group-id", network.securityGroupID, "--protocol", "tcp", "--port", "4000",
            "--cidr", "172.31.0.0/16")
        for address in addresses {
            #expect(try await Self.eventually { try await Self.selectOne(address, port: 4000) }, "SELECT 1 through \(address):4000")
        }

        // Private DNS: the cluster's host resolves in the customer's VPC once enabled, only there.
        let view = Dig.view(of: addresses[0])
        #expect(try await Dig.addresses(dnsName, port: postern.dnsPort, from: view).isEmpty)
        try await customer.call("ec2", "modify-vpc-endpoint", "--vpc-endpoint-id", endpointID, "--private-dns-enabled")
        #expect(try await Self.eventually {
            try await Dig.addresses(dnsName, port: postern.dnsPort, from: view).sorted() == addresses
        }, "\(dnsName) in the view of \(view)")
        #expect(try await Dig.addresses(dnsName, port: postern.dnsPort).isEmpty, "not outside the customer's VPC")
        #expect(try await Dig.status(dnsName, port: postern.dnsPort, from: "127.0.0.1") == "REFUSED")
        let host = try await Dig.addresses(dnsName, port: postern.dnsPort, from: view, tcp: true).first ?? ""
        #expect(try await Self.selectOne(host, port: 4000))

        // Deleting the connection rejects the endpoint: open connections close, new ones fail.
        let open = Self.longQuery(host, port: 4000)
        #expect(try await Self.eventually { try await api.get("\(path)/usage").json["activeConnections"].int == 1 })
        let deleted = Date()
        #expect(try await api.delete(path).status == 200)
        let (ended, at) = try await open.value
        let took = at.timeIntervalSince(deleted)
        #expect(ended.status != 0 && took > 0 && took < 30, "the open connection is closed (\(took) s after delete): \(ended.stderr)")
        #expect(try await !Self.selectOne(host, port: 4000), "nothing connects after delete")
        let usage = try await api.get("\(path)/usage")
        #expect(usage.status == 404, "the connection is gone")
    }

    @Test func privateLinkConnectionCarriesMySQLAndItsAttachedDomainsResolve() async throws {
        let database = try await MariaDB.port()
        let postern = try await PosternProcess()
        let api = try postern.api()
        let (path, service) = try await Self.connection(
            postern, api, zones: ["us-west-2a", "us-west-2b", "us-west-2c"], port: 3306, target: "127.0.0.1:\(database)")
        let customer = postern.aws(account: "222222222222", region: "us-west-2")
        let pending = try await api.wait(path, until: "state", is: "PENDING_ACCEPTANCE").json
        let endpointID = try #require(pending["awsEndpointService"]["endpointId"].string)
        let addresses = try await Self.platformEndpointAddresses(postern, endpointID)
        #expect(addresses.count == pending["awsEndpointService"]["availabilityZoneIds"].strings.count, "\(addresses)")
        #expect(try await !Self.selectOne(addresses[0], port: 3306), "nothing connects before the customer accepts")

        try await customer.call("ec2", "accept-vpc-endpoint-connections", "--service-id", service.serviceID, "--vpc-endpoint-ids", endpointID)
        #expect(try await api.wait("\(path)", until: "state", is: "ACTIVE").json["state"].string == "ACTIVE")
        for address in addresses {
            #expect(try await Self.eventually { try await Self.selectOne(address, port: 3306) }, "SELECT 1 through \(address):3306")
        }

        // Seed 004: an attached domain routes its names to the connection's endpoint, in the
        // platform VPC's view only, until it is detached.
        let unique = try await api.post("\(path):attachDomains", #"{"attachDomain": {"type": "TIDBCLOUD_MANAGED"}, "validateOnly": true}"#)
            .json["uniqueName"].string ?? ""
        let attached = try await api.post("\(path):attachDomains", #"{"attachDomain": {"type": "TIDBCLOUD_MANAGED", "uniqueName": "\#(unique)"}}"#)
        let attachID = try #require(attached.json["attachDomainId"].string, "\(attached.json)")
        _ = try await api.wait("\(path)") { reply in
            let domains = reply.json["attachedDomains"].array.flatMap { $0["domains"].array }
            return !domains.isEmpty && domains.allSatisfy { $0["state"].string == "ACTIVE" }
        }
        let view = Dig.view(of: addresses[0])
        for zone in pending["awsEndpointService"]["availabilityZoneIds"].strings {
            let name = "b1.\(zone).\(unique).aws.plc.tidbcloud.com"
            var resolved: [String] = []
            _ = try await Self.eventually {
                resolved = try await Dig.addresses(name, port: postern.dnsPort, from: view)
                return !resolved.isEmpty
            }
            #expect(resolved.count == 1 && addresses.contains(resolved[0]), "\(name) → \(resolved) from \(view)")
            #expect(try await Dig.addresses(name, port: postern.dnsPort).isEmpty, "\(name) resolves only in the platform VPC")
            #expect(try await Self.eventually { try await Self.selectOne(resolved.first ?? "", port: 3306) }, "SELECT 1 through \(name)")
        }
        let zone = pending["awsEndpointService"]["availabilityZoneIds"].strings.first ?? ""
        #expect(try await Dig.status("b1.\(zone).other.aws.plc.tidbcloud.com", port: postern.dnsPort, from: view) != "NOERROR")
        #expect(try await api.post("\(path):detachDomains", #"{"attachDomainId": "\#(attachID)"}"#).status == 200)
        #expect(try await Self.eventually(seconds: 15) {
            try await Dig.addresses("b1.\(zone).\(unique).aws.plc.tidbcloud.com", port: postern.dnsPort, from: view).isEmpty
        }, "a detached domain no longer resolves")

        // The customer rejects the endpoint: the open connection closes, new ones fail.
        let open = Self.longQuery(addresses[0], port: 3306)
        var counted = JSON(parsing: "{}")
        #expect(try await Self.eventually {
            counted = try await api.get("\(path)/usage").json
            return counted["activeConnections"].int == 1
        }, "the long query is open: \(counted)")
        let rejected = Date()
        try await customer.call("ec2", "reject-vpc-endpoint-connections", "--service-id", service.serviceID, "--vpc-endpoint-ids", endpointID)
        let (ended, at) = try await open.value
        let took = at.timeIntervalSince(rejected)
        #expect(ended.status != 0 && took > 0 && took < 30, "the open connection is closed (\(took) s after reject): \(ended.stderr)")
        #expect(try await !Self.selectOne(addresses[0], port: 3306), "nothing connects after reject")
    }

    @Test func usageCountsTheBytesSentAndReturned() async throws {
        let echo = try await EchoServer()
        let postern = try await PosternProcess()
        let api = try postern.api()
        let (path, service) = try await Self.connection(
            postern, api, zones: ["us-west-2a", "us-west-2b"], port: 7000, acceptanceRequired: false, target: "127.0.0.1:\(echo.port)")
        let active = try await api.wait(path, until: "state", is: "ACTIVE").json
        let endpointID = try #require(active["awsEndpointService"]["endpointId"].string)
        let address = try #require(try await Self.platformEndpointAddresses(postern, endpointID).first)

        let sizes = [3_000_000, 1_000_000, 17]
        for size in sizes {
            let result = try await EchoServer.roundTrip(host: address, port: 7000, bytes: size)
            #expect(result.status == 0 && result.stdout.contains("received \(size)"), "\(result.stdout) \(result.stderr)")
        }
        let sent = sizes.reduce(0, +)
        let usage = try await api.wait("\(path)/usage") { $0.json["activeConnections"].int == 0 }.json
        let bytesIn = usage["bytesIn"].int ?? 0, bytesOut = usage["bytesOut"].int ?? 0
        #expect(abs(bytesIn - sent) <= sent / 100, "bytes in \(bytesIn), sent \(sent)")
        #expect(abs(bytesOut - sent) <= sent / 100, "bytes out \(bytesOut), echoed \(sent)")
        #expect(usage["connections"].int == sizes.count, "\(usage)")
        #expect(usage["refusedConnections"].int == 0)
        #expect(usage["endpointId"].string == endpointID)
        #expect((usage["endpointHours"].double ?? 0) > 0)

        // The client shows the same counters.
        let parts = path.split(separator: "/")
        let shown = try await PosternCLI(postern).succeed(
            "serverless", "private-link-connection", "usage", "-c", String(parts[2]), "--private-link-connection-id", String(parts[4]))
        #expect(shown.json["bytesIn"].int == bytesIn && shown.json["bytesOut"].int == bytesOut, "\(shown.output)")
        #expect(shown.json["connections"].int == sizes.count)

        // The embedded cloud's CloudWatch reports the same meter, as AWS/PrivateLinkEndpoints to
        // the endpoint's owner, and reads through Postern's CloudWatch usage source.
        let asPlatform = AWSClient(
            credentials: AWSCredentials(accessKeyID: PrivateLinkConnectionTests.platformAccount, secretAccessKey: "any"),
            endpoint: URL(string: postern.cloudURL)!)
        let watched = try #require(try await CloudWatchUsageSource(client: asPlatform).usage(
            of: .platformEndpoint(endpointID: endpointID, region: "us-west-2"), now: Date()))
        #expect(watched.bytesProcessed == bytesIn + bytesOut, "\(watched)")
        #expect(watched.connections == sizes.count)
        #expect(watched.activeConnections == 0)
        let stranger = AWSClient(credentials: AWSCredentials(accessKeyID: "444444444444", secretAccessKey: "any"), endpoint: URL(string: postern.cloudURL)!)
        let hidden = try await stranger.call(
            .cloudWatch, "GetMetricData",
            ["MetricDataQueries": [["Id": "b", "MetricStat": ["Metric": ["Namespace": "AWS/PrivateLinkEndpoints", "MetricName": "BytesProcessed",
                                                                       "Dimensions": [["Name": "VPC Endpoint Id", "Value": .string(endpointID)]]],
                                                            "Period": 60, "Stat": "Sum"]]],
             "StartTime": .timestamp(Date().addingTimeInterval(-3600)), "EndTime": .timestamp(Date())], region: "us-west-2")
        #expect(hidden["MetricDataResults"]?.list.first?["Values"]?.list.isEmpty == true, "another account sees none of it")

        let metrics = try await Subprocess.run(["curl", "-s", "--max-time", "5", postern.controlURL + "/metrics"]).stdout
        #expect(metrics.contains("# TYPE postern_endpoint_bytes_total counter"))
        #expect(metrics.contains(#"postern_endpoint_bytes_total{endpoint="\#(endpointID)",service="\#(service.serviceID)",direction="in"} \#(bytesIn)"#), "\(metrics)")
        #expect(metrics.contains(#"postern_endpoint_hours_total{endpoint="\#(endpointID)""#))

        // Usage outlives a restart of the server.
        let directory = postern.dataDirectory
        #expect(postern.stop())
        let again = try await PosternProcess(dataDirectory: directory)
        let kept = try await again.api().get("\(path)/usage").json
        #expect(kept["bytesIn"].int == bytesIn, "\(kept)")

        // The second server runs with other VPC slots: the endpoint moves into them and carries traffic there.
        let moved = try #require(try await Self.platformEndpointAddresses(again, endpointID).first)
        let slot = Int(moved.split(separator: ".")[1]) ?? 0
        #expect(again.vpcSlots.contains(slot) && !postern.vpcSlots.contains(slot), "\(moved) in \(again.vpcSlots)")
        let echoed = try await EchoServer.roundTrip(host: moved, port: 7000, bytes: 1000)
        #expect(echoed.stdout.contains("received 1000"), "\(echoed.stdout) \(echoed.stderr)")
    }
}
