import Foundation
import PosternAWS

/// The demo's steps. Each prints the command a user would type (`$ …`), does it, and prints
/// what matters in the answer.
struct Walk {
    let terminal: Terminal
    let api: API
    let provider: AWSClient
    let customer: AWSClient
    let dnsPort: Int
    let cloudURL: URL
    let standIn: DemoStandIn
    let region = "us-west-2"

    init(terminal: Terminal, server: DemoServer, standIn: DemoStandIn) throws {
        self.terminal = terminal
        self.standIn = standIn
        dnsPort = server.dnsPort
        cloudURL = server.cloudURL
        let key = try JSONSerialization.jsonObject(with: Data(contentsOf: server.dataDirectory.appendingPathComponent("admin-key.json"))) as? [String: String] ?? [:]
        api = API(baseURL: server.controlURL, publicKey: key["publicKey"] ?? "", privateKey: key["privateKey"] ?? "")
        provider = AWSClient(credentials: AWSCredentials(accessKeyID: "111111111111", secretAccessKey: "demo"), endpoint: server.cloudURL)
        customer = AWSClient(credentials: AWSCredentials(accessKeyID: "333333333333", secretAccessKey: "demo"), endpoint: server.cloudURL)
    }

    func section(_ title: String) { terminal.print(terminal.color ? "\n\u{1B}[1m== \(title)\u{1B}[0m" : "\n== \(title)") }
    func say(_ command: String) { terminal.print(terminal.color ? "\u{1B}[36m$ \(command)\u{1B}[0m" : "$ \(command)") }
    func show(_ text: String) { terminal.print("  \(text)") }

    /// Polls until `read` returns a value, at most a minute.
    func until<T>(_ what: String, _ read: () async throws -> T?) async throws -> T {
        for _ in 0..<240 {
            if let value = try await read() { return value }
            try await Task.sleep(for: .milliseconds(250))
        }
        throw CLIError("gave up waiting for \(what)")
    }

    /// The resource's state; a FAILED resource ends the demo with its message.
    func state(_ name: String, _ read: Waiting.Read, _ field: String = "state") async throws -> String? {
        let resource: [String: Any]?
        do {
            resource = try await read(api)
        } catch let failure as APIFailure where failure.status == 404 {
            return nil
        }
        let state = resource?[field] as? String
        if state == "FAILED" { throw CLIError("\(name) FAILED: \(resource?["message"] as? String ?? "")") }
        return state
    }

    /// Seed 003's endpoint service, which seed 004 connects to.
    let seed003 = RDSService()

    final class RDSService: @unchecked Sendable {
        var serviceID = ""
        var serviceName = ""
    }

    func seed003() async throws {
        section("Seed 003: the customer exposes an RDS instance as an endpoint service (account 111111111111)")
        say("aws ec2 create-vpc --cidr-block 10.0.0.0/16")
        let vpc = try await provider.call(.ec2, "CreateVpc", ["CidrBlock": "10.0.0.0/16"], region: region)["Vpc"]?["VpcId"]?.string ?? ""
        show("VpcId: \(vpc)")
        var subnets: [String] = []
        for (index, zone) in ["us-west-2a", "us-west-2b", "us-west-2c"].enumerated() {
            say("aws ec2 create-subnet --vpc-id \(vpc) --cidr-block 10.0.\(index + 1).0/24 --availability-zone \(zone)")
            subnets.append(try await provider.call(
                .ec2, "CreateSubnet", ["VpcId": .string(vpc), "CidrBlock": .string("10.0.\(index + 1).0/24"), "AvailabilityZone": .string(zone)],
                region: region)["Subnet"]?["SubnetId"]?.string ?? "")
        }
        say("aws elbv2 create-target-group --name rds-tg --protocol TCP --port 3306 --vpc-id \(vpc) --target-type ip")
        let group = try await provider.call(
            .elbv2, "CreateTargetGroup", ["Name": "rds-tg", "Protocol": "TCP", "Port": 3306, "VpcId": .string(vpc), "TargetType": "ip"],
            region: region)["TargetGroups"]?.list.first?["TargetGroupArn"]?.string ?? ""
        say("aws elbv2 register-targets --target-group-arn \(group) --targets Id=127.0.0.1,Port=\(standIn.port)")
        _ = try await provider.call(
            .elbv2, "RegisterTargets", ["TargetGroupArn": .string(group), "Targets": [["Id": "127.0.0.1", "Port": .integer(standIn.port)]]], region: region)
        show("the RDS instance is a stand-in this demo runs on 127.0.0.1:\(standIn.port); the embedded cloud takes loopback targets")
        say("aws elbv2 create-load-balancer --name rds-nlb --type network --scheme internal --subnets \(subnets.joined(separator: " "))")
        let balancer = try await provider.call(
            .elbv2, "CreateLoadBalancer", ["Name": "rds-nlb", "Type": "network", "Scheme": "internal", "Subnets": .strings(subnets)],
            region: region)["LoadBalancers"]?.list.first?["LoadBalancerArn"]?.string ?? ""
        say("aws elbv2 create-listener --load-balancer-arn … --protocol TCP --port 3306 --default-actions Type=forward,TargetGroupArn=…")
        _ = try await provider.call(
            .elbv2, "CreateListener",
            ["LoadBalancerArn": .string(balancer), "Protocol": "TCP", "Port": 3306,
             "DefaultActions": [["Type": "forward", "TargetGroupArn": .string(group)]]], region: region)
        say("aws ec2 create-vpc-endpoint-service-configuration --network-load-balancer-arns … --acceptance-required")
        let service = try await provider.call(
            .ec2, "CreateVpcEndpointServiceConfiguration", ["NetworkLoadBalancerArns": [.string(balancer)], "AcceptanceRequired": true],
            region: region)["ServiceConfiguration"]
        seed003.serviceID = service?["ServiceId"]?.string ?? ""
        seed003.serviceName = service?["ServiceName"]?.string ?? ""
        show("ServiceName: \(seed003.serviceName)  ServiceState: \(service?["ServiceState"]?.string ?? "")")
        let id = seed003.serviceID
        let available = try await until("the endpoint service") {
            let state = try await provider.call(
                .ec2, "DescribeVpcEndpointServiceConfigurations", ["ServiceIds": [.string(id)]], region: region)["ServiceConfigurations"]?
                .list.first?["ServiceState"]?.string
            return state == "Available" ? state : nil
        }
        show("ServiceState: \(available)")
    }

    func seed004() async throws {
        section("Seed 004: a private link connection for dataflow, from an Essential cluster to that service")
        say("postern serverless create --display-name dataflow --region aws-us-west-2 --wait")
        let cluster = try await api.call {
            try await $0.createCluster(body: .json(.init(displayName: "dataflow", region: .init(name: "regions/aws-us-west-2")))).ok.body.json
        }.clusterId ?? ""
        _ = try await until("the cluster") { try await state("cluster \(cluster)", ServerlessCommand.cluster(cluster)) == "ACTIVE" ? true : nil }
        show("Cluster \(cluster) created; ACTIVE")
        say("postern serverless private-link-connection zones --cluster-id \(cluster)")
        let zones = try await api.call { try await $0.getAvailabilityZones(path: .init(clusterId: cluster)).ok.body.json }
        let account = zones.accountId
        show("accountId: \(account)  azIds: \(zones.azIds.joined(separator: ", "))")
        say("aws ec2 modify-vpc-endpoint-service-permissions --service-id \(seed003.serviceID) --add-allowed-principals arn:aws:iam::\(account):root")
        _ = try await provider.call(
            .ec2, "ModifyVpcEndpointServicePermissions",
            ["ServiceId": .string(seed003.serviceID), "AddAllowedPrincipals": [.string("arn:aws:iam::\(account):root")]], region: region)
        say("postern serverless private-link-connection create -c \(cluster) --display-name rds-link --type AWS_ENDPOINT_SERVICE --aws.endpoint-service-name \(seed003.serviceName) --wait")
        let request = Components.Schemas.PrivateLinkConnection(
            clusterId: cluster, displayName: "rds-link", _type: .awsEndpointService, awsEndpointService: .init(name: seed003.serviceName))
        let plc = try await api.call {
            try await $0.createPrivateLinkConnection(path: .init(clusterId: cluster), body: .json(.init(privateLinkConnection: request))).ok.body.json
        }.privateLinkConnectionId ?? ""
        let read = PrivateLinkConnectionCommand.connection(cluster, plc), name = "private link connection \(plc)"
        show("Private link connection \(plc) created")
        _ = try await until("PENDING_ACCEPTANCE") { try await state(name, read) == "PENDING_ACCEPTANCE" ? true : nil }
        show("PENDING_ACCEPTANCE: the service's owner must accept it")
        say("aws ec2 describe-vpc-endpoint-connections --filters Name=service-id,Values=\(seed003.serviceID)")
        let connection = try await provider.call(
            .ec2, "DescribeVpcEndpointConnections", ["Filters": [["Name": "service-id", "Values": [.string(seed003.serviceID)]]]],
            region: region)["VpcEndpointConnections"]?.list.first
        let endpoint = connection?["VpcEndpointId"]?.string ?? ""
        show("VpcEndpointId: \(endpoint)  VpcEndpointOwner: \(connection?["VpcEndpointOwner"]?.string ?? "")  State: \(connection?["VpcEndpointState"]?.string ?? "")")
        say("aws ec2 accept-vpc-endpoint-connections --service-id \(seed003.serviceID) --vpc-endpoint-ids \(endpoint)")
        _ = try await provider.call(
            .ec2, "AcceptVpcEndpointConnections", ["ServiceId": .string(seed003.serviceID), "VpcEndpointIds": [.string(endpoint)]], region: region)
        say("postern serverless private-link-connection get -c \(cluster) --private-link-connection-id \(plc)")
        _ = try await until("ACTIVE") { try await state(name, read) == "ACTIVE" ? true : nil }
        show("state: ACTIVE  endpointId: \(endpoint)")
        try await traffic(cluster: cluster, connection: plc, endpoint: endpoint, platformAccount: account)
        say("postern serverless private-link-connection attach-domains -c \(cluster) --private-link-connection-id \(plc) --type TIDBCLOUD_MANAGED --dry-run")
        let path = Operations.AttachDomains.Input.Path(clusterId: cluster, privateLinkConnectionId: plc)
        let dry = try await api.call {
            try await $0.attachDomains(path: path, body: .json(.init(attachDomain: .init(_type: .tidbcloudManaged, uniqueName: ""), validateOnly: true)))
                .ok.body.json
        }
        let unique = dry.uniqueName ?? ""
        show("unique name \(unique):")
        for domain in dry.domains ?? [] { show(domain.name ?? "") }
        say("postern serverless private-link-connection attach-domains -c \(cluster) --private-link-connection-id \(plc) --type TIDBCLOUD_MANAGED --unique-name \(unique) --wait")
        let attachID = try await api.call {
            try await $0.attachDomains(path: path, body: .json(.init(attachDomain: .init(_type: .tidbcloudManaged, uniqueName: unique)))).ok.body.json
        }.attachDomainId ?? ""
        _ = try await until("the domains") {
            let connection = try await read(api)
            let domains = (connection["attachedDomains"] as? [[String: Any]] ?? []).first?["domains"] as? [[String: Any]] ?? []
            return domains.first?["state"] as? String == "ACTIVE" ? true : nil
        }
        show("attachDomainId: \(attachID); the domains are ACTIVE: Route 53 records in the platform's VPC point them at \(endpoint)")
        say("postern serverless private-link-connection detach-domains -c \(cluster) --private-link-connection-id \(plc) --attach-domain-id \(attachID)")
        _ = try await api.call {
            try await $0.detachDomains(path: .init(clusterId: cluster, privateLinkConnectionId: plc), body: .json(.init(attachDomainId: attachID))).ok
        }
        show("Successfully detached domains")
        say("postern serverless private-link-connection delete -c \(cluster) --private-link-connection-id \(plc) --force --wait")
        _ = try await api.call { try await $0.deletePrivateLinkConnection(path: .init(clusterId: cluster, privateLinkConnectionId: plc)).ok }
        _ = try await until("the deletion") { () -> Bool? in
            do {
                _ = try await read(api)
                return nil
            } catch let failure as APIFailure where failure.status == 404 {
                return true
            }
        }
        show("Private link connection deleted")
    }

    /// Bytes through the connection's endpoint, from the platform's side, to the stand-in.
    private func traffic(cluster: String, connection: String, endpoint: String, platformAccount: String) async throws {
        let platform = AWSClient(credentials: AWSCredentials(accessKeyID: platformAccount, secretAccessKey: "demo"), endpoint: cloudURL)
        let name = try await platform.call(.ec2, "DescribeVpcEndpoints", ["VpcEndpointIds": [.string(endpoint)]], region: region)["VpcEndpoints"]?
            .list.first?["DnsEntries"]?.list.first?["DnsName"]?.string ?? ""
        say("dig @127.0.0.1 -p \(dnsPort) +short \(name)")
        let address = try await until("the endpoint's address") { try Probe.addresses(of: name, dnsPort: dnsPort).first }
        show(address)
        say("echo hello | nc -q 1 \(address) 3306")
        let reply = try await until("the endpoint to carry traffic") {
            let reply = try? Probe.exchange("hello\n", host: address, port: 3306)
            return reply?.isEmpty == false ? reply : nil
        }
        for line in reply.split(separator: "\n") { show(String(line)) }
        say("postern serverless private-link-connection usage -c \(cluster) --private-link-connection-id \(connection)")
        let usage = try await api.call {
            try await $0.getPrivateLinkConnectionUsage(path: .init(clusterId: cluster, privateLinkConnectionId: connection)).ok.body.json
        }
        show("bytesIn: \(usage.bytesIn ?? 0)  bytesOut: \(usage.bytesOut ?? 0)  connections: \(usage.connections)")
    }

    func seed000() async throws {
        section("Seed 000: a private endpoint into a Dedicated cluster (customer account 333333333333)")
        say("postern dedicated cluster create --display-name orders --region aws-us-west-2 --node-count 2 --wait")
        let request = Components.Schemas.DedicatedCluster(
            displayName: "orders", regionId: "aws-us-west-2", tidbNodeSetting: .init(tidbNodeGroups: [.init(nodeCount: 2)]), port: 4000)
        let created = try await api.call { try await $0.createDedicatedCluster(body: .json(request)).ok.body.json }
        let cluster = created.clusterId ?? ""
        let group = created.tidbNodeSetting.tidbNodeGroups.first?.tidbNodeGroupId ?? ""
        let readService = DedicatedCommand.privateLinkService(cluster, group)
        _ = try await until("the private link service") {
            try await state("the private link service of node group \(group)", readService) == "ACTIVE" ? true : nil
        }
        show("Cluster \(cluster) created; its node group's private link service is ACTIVE")
        say("postern dedicated private-link-service describe -c \(cluster)")
        let service = try await readService(api)
        let name = service["serviceName"] as? String ?? "", dns = service["serviceDnsName"] as? String ?? ""
        let zone = (service["availableZones"] as? [String] ?? []).first ?? ""
        show("serviceName: \(name)  serviceDnsName: \(dns)")
        say("aws ec2 create-vpc --cidr-block 172.31.0.0/16")
        let vpc = try await customer.call(.ec2, "CreateVpc", ["CidrBlock": "172.31.0.0/16"], region: region)["Vpc"]?["VpcId"]?.string ?? ""
        say("aws ec2 modify-vpc-attribute --vpc-id \(vpc) --enable-dns-hostnames '{\"Value\":true}'")
        _ = try await customer.call(.ec2, "ModifyVpcAttribute", ["VpcId": .string(vpc), "EnableDnsHostnames": ["Value": true]], region: region)
        say("aws ec2 create-subnet --vpc-id \(vpc) --cidr-block 172.31.1.0/24 --availability-zone-id \(zone)")
        let subnet = try await customer.call(
            .ec2, "CreateSubnet", ["VpcId": .string(vpc), "CidrBlock": "172.31.1.0/24", "AvailabilityZoneId": .string(zone)],
            region: region)["Subnet"]?["SubnetId"]?.string ?? ""
        say("aws ec2 create-security-group --group-name tidb-client --description TiDB --vpc-id \(vpc)")
        let securityGroup = try await customer.call(
            .ec2, "CreateSecurityGroup", ["GroupName": "tidb-client", "Description": "TiDB", "VpcId": .string(vpc)], region: region)["GroupId"]?.string ?? ""
        say("aws ec2 authorize-security-group-ingress --group-id \(securityGroup) --protocol tcp --port 4000 --cidr 172.31.0.0/16")
        _ = try await customer.call(
            .ec2, "AuthorizeSecurityGroupIngress",
            ["GroupId": .string(securityGroup), "IpPermissions": [["IpProtocol": "tcp", "FromPort": 4000, "ToPort": 4000, "IpRanges": [["CidrIp": "172.31.0.0/16"]]]]],
            region: region)
        say("aws ec2 create-vpc-endpoint --vpc-id \(vpc) --region \(region) --service-name \(name) --vpc-endpoint-type Interface --subnet-ids \(subnet) --security-group-ids \(securityGroup)")
        let endpoint = try await customer.call(
            .ec2, "CreateVpcEndpoint",
            ["VpcId": .string(vpc), "ServiceName": .string(name), "VpcEndpointType": "Interface", "SubnetIds": [.string(subnet)],
             "SecurityGroupIds": [.string(securityGroup)]], region: region)["VpcEndpoint"]
        let endpointID = endpoint?["VpcEndpointId"]?.string ?? ""
        show("VpcEndpointId: \(endpointID)  State: \(endpoint?["State"]?.string ?? "")")
        say("postern dedicated private-endpoint create -c \(cluster) --endpoint-id \(endpointID) --wait")
        let id = try await api.call {
            try await $0.createPrivateEndpointConnection(path: .init(clusterId: cluster, tidbNodeGroupId: group), body: .json(.init(endpointId: endpointID)))
                .ok.body.json
        }.privateEndpointConnectionId ?? ""
        show("Private endpoint connection \(id) created: PENDING")
        let readConnection = PrivateEndpointCommand.connection(cluster, group, id)
        let active = try await until("ACTIVE") { () -> [String: Any]? in
            let connection = try await readConnection(api)
            return connection["endpointState"] as? String == "ACTIVE" ? connection : nil
        }
        show("ACTIVE  Host: \(active["host"] as? String ?? "")  Port: \(active["port"] ?? 4000)")
        say("aws ec2 modify-vpc-endpoint --vpc-endpoint-id \(endpointID) --private-dns-enabled")
        _ = try await customer.call(.ec2, "ModifyVpcEndpoint", ["VpcEndpointId": .string(endpointID), "PrivateDnsEnabled": true], region: region)
        let names = try await customer.call(.ec2, "DescribeVpcEndpoints", ["VpcEndpointIds": [.string(endpointID)]], region: region)["VpcEndpoints"]?
            .list.first?["DnsEntries"]?.list.compactMap { $0["DnsName"]?.string } ?? []
        show("DNS names now include \(names.first { $0 == dns } ?? "(missing!)")")
        say("postern dedicated private-endpoint connect -c \(cluster) --private-endpoint-connection-id \(id) --with mysql")
        show(ConnectionString.all(host: dns, port: 4000, user: "root", database: "test")["mysql"] ?? "")
    }
}
