import Foundation
import PosternAlibaba

extension Walk {
    /// Seed 002: a Premium instance on Alibaba Cloud; the customer (account 2222222222222222)
    /// makes an endpoint to its service with Alibaba Cloud's API, registers it with its Endpoint
    /// ID and Default Domain Name, and reaches the instance (the stand-in) through that domain.
    func seed002() async throws {
        section("Seed 002: a private endpoint into a Premium instance on Alibaba Cloud (customer account 2222222222222222)")
        let region = "ap-southeast-1"
        say("postern premium create --display-name premium-demo --region-id alicloud-\(region) --backend 127.0.0.1:\(standIn.port) --wait")
        let created = try await api.call {
            try await $0.createTidb(body: .json(.init(displayName: "premium-demo", regionId: "alicloud-\(region)", backend: "127.0.0.1:\(standIn.port)")))
                .ok.body.json
        }
        let tidb = created.tidbId ?? ""
        let readService = PremiumCommand.service(tidb)
        let service = try await until("the private link service") { () -> [String: Any]? in
            guard try await state("the private link service of \(tidb)", readService) == "ACTIVE" else { return nil }
            return try await readService(api)
        }
        let serviceName = service["serviceName"] as? String ?? "", zones = service["availableZones"] as? [String] ?? []
        show("Premium instance \(tidb) created; its private link service is ACTIVE")
        show("Service Name: \(serviceName)  Availability Zone ID: \(zones.joined(separator: ", "))  Region ID: \(region)")

        let customer = AlibabaClient(credentials: AlibabaCredentials(accessKeyID: "2222222222222222", accessKeySecret: "demo"), endpoint: cloudURL.absoluteString)
        func call(_ product: AlibabaProduct, _ action: String, _ parameters: [String: RPCValue]) async throws -> AlibabaJSON {
            let shown = parameters.sorted { $0.key < $1.key }.map { "--\($0.key) \(Self.text($0.value))" }.joined(separator: " ")
            say("aliyun \(product.endpointPrefix) \(action) \(shown)")
            return try await customer.call(product, action, parameters, region: region)
        }
        let zone = zones.first ?? "\(region)a"
        let vpc = try await call(.vpc, "CreateVpc", ["RegionId": .string(region), "CidrBlock": "172.16.0.0/16", "VpcName": "app"])["VpcId"].string ?? ""
        let vSwitch = try await call(
            .vpc, "CreateVSwitch", ["RegionId": .string(region), "VpcId": .string(vpc), "ZoneId": .string(zone), "CidrBlock": "172.16.1.0/24"])[
                "VSwitchId"].string ?? ""
        let group = try await call(.ecs, "CreateSecurityGroup", ["RegionId": .string(region), "VpcId": .string(vpc), "SecurityGroupName": "tidb-client"])[
            "SecurityGroupId"].string ?? ""
        _ = try await call(
            .ecs, "AuthorizeSecurityGroup",
            ["RegionId": .string(region), "SecurityGroupId": .string(group), "IpProtocol": "TCP", "PortRange": "4000/4000", "SourceCidrIp": "172.16.0.0/16"])
        let endpoint = try await call(
            .privateLink, "CreateVpcEndpoint",
            ["RegionId": .string(region), "VpcId": .string(vpc), "ServiceName": .string(serviceName), "EndpointName": "tidb-premium",
             "SecurityGroupId": [.string(group)], "Zone": [["ZoneId": .string(zone), "VSwitchId": .string(vSwitch)]]])
        let endpointID = endpoint["EndpointId"].string ?? ""
        let active = try await until("the endpoint to be Active") { () -> AlibabaJSON? in
            let found = try await customer.call(.privateLink, "GetVpcEndpointAttribute", ["RegionId": .string(region), "EndpointId": .string(endpointID)], region: region)
            return found["EndpointStatus"].string == "Active" ? found : nil
        }
        let domain = active["EndpointDomain"].string ?? ""
        show("Endpoint ID: \(endpointID)  Status: \(active["EndpointStatus"].string ?? "")  Connection: \(active["ConnectionStatus"].string ?? "")")
        show("Default Domain Name: \(domain)")

        say("postern premium private-endpoint create -t \(tidb) --endpoint-id \(endpointID) --private-domain-name \(domain) --wait")
        let id = try await api.call {
            try await $0.createTidbPrivateEndpointConnection(path: .init(tidbId: tidb), body: .json(.init(endpointId: endpointID, privateDomainName: domain)))
                .ok.body.json
        }.privateEndpointConnectionId ?? ""
        show("Private endpoint connection \(id) created: PENDING; Postern accepts the endpoint")
        let readConnection = PremiumCommand.connection(tidb, id)
        let connected = try await until("ACTIVE") { () -> [String: Any]? in
            let connection = try await readConnection(api)
            if connection["endpointState"] as? String == "FAILED" { throw CLIError("the connection FAILED: \(connection["message"] as? String ?? "")") }
            return connection["endpointState"] as? String == "ACTIVE" ? connection : nil
        }
        let host = connected["host"] as? String ?? ""
        show("ACTIVE  Host: \(host)  Port: \(connected["port"] as? String ?? "4000")")
        say("dig @127.0.0.1 -p \(dnsPort) +short \(host)")
        let address = try await until("the endpoint's address") { try Probe.addresses(of: host, dnsPort: dnsPort).first }
        show(address)
        say("echo hello | nc -q 1 \(address) 4000")
        let reply = try await until("the endpoint to carry traffic") {
            let reply = try? Probe.exchange("hello\n", host: address, port: 4000)
            return reply?.isEmpty == false ? reply : nil
        }
        for line in reply.split(separator: "\n") { show(String(line)) }
        say("postern premium private-endpoint connect -t \(tidb) --private-endpoint-connection-id \(id) --with mysql")
        show(ConnectionString.all(host: host, port: 4000, user: "root", database: "test")["mysql"] ?? "")
    }

    /// A parameter as the aliyun CLI takes it.
    static func text(_ value: RPCValue) -> String {
        switch value {
        case .string(let text): text
        case .integer(let number): String(number)
        case .boolean(let flag): flag ? "true" : "false"
        case .list(let items): items.map(text).joined(separator: " ")
        case .object(let members): members.sorted { $0.key < $1.key }.map { "\($0.key)=\(text($0.value))" }.joined(separator: ",")
        }
    }
}
