import Foundation
import PosternAWS
import Testing

/// `postern serve` as a process: its state on disk, its clock, its accounts and its checks.
@Suite struct ServeTests {
    /// `ready.json` appears once everything listens, says where, and goes when the server stops.
    @Test func readyFileSaysWhereItListensAndGoesOnExit() async throws {
        let postern = try await PosternProcess()
        let file = postern.dataDirectory.appendingPathComponent("ready.json")
        let ready = JSON(parsing: try String(contentsOf: file, encoding: .utf8))
        #expect(ready["pid"].int == Int(postern.process.processIdentifier))
        #expect(ready["controlPlane"].string?.hasPrefix("http://127.0.0.1:") == true)
        #expect(postern.output.contains("control plane listening on \(ready["controlPlane"].string ?? "-")"))
        #expect(postern.output.contains("listening on \(ready["cloud"].string ?? "-")"))
        #expect(postern.output.contains("DNS server (udp, tcp) on 127.0.0.1:\(ready["dns"].int ?? -1)"))
        let health = try await Subprocess.run(["curl", "-s", "--max-time", "5", (ready["controlPlane"].string ?? "") + "/healthz"])
        #expect(health.stdout == "ok\n")
        #expect(postern.stop(), "it stops on SIGTERM")
        #expect(!FileManager.default.fileExists(atPath: file.path), "and removes ready.json")
    }

    @Test func stateSurvivesARestart() async throws {
        var postern = try await PosternProcess()
        let directory = postern.dataDirectory
        var provider = postern.aws(account: "111111111111")
        let service = try await EndpointServiceFixture.make(provider, zones: ["us-east-1a", "us-east-1b"], allowing: ["222222222222"])
        var customer = postern.aws(account: "222222222222")
        let network = try await ConsumerNetwork.make(customer, zoneIDs: service.zoneIDs)
        let endpoint = try await customer.call(
            ["ec2", "create-vpc-endpoint", "--vpc-id", network.vpcID, "--vpc-endpoint-type", "Interface",
             "--service-name", service.serviceName, "--client-token", "restart-1", "--subnet-ids"] + network.subnetIDs
        )["VpcEndpoint"]
        postern.stop()

        postern = try await PosternProcess(dataDirectory: directory)
        provider = postern.aws(account: "111111111111")
        customer = postern.aws(account: "222222222222")
        let services = try await provider.call("ec2", "describe-vpc-endpoint-service-configurations")
        #expect(services["ServiceConfigurations"].array.map { $0["ServiceId"].string } == [service.serviceID])
        let allowed = try await provider.call("ec2", "describe-vpc-endpoint-service-permissions", "--service-id", service.serviceID)
        #expect(allowed["AllowedPrincipals"][0]["Principal"].string == "arn:aws:iam::222222222222:root")
        let after = try await customer.call("ec2", "describe-vpc-endpoints")["VpcEndpoints"]
        #expect(after.array.count == 1)
        #expect(after[0]["VpcEndpointId"].string == endpoint["VpcEndpointId"].string)
        #expect(after[0]["NetworkInterfaceIds"].strings == endpoint["NetworkInterfaceIds"].strings)
        #expect(after[0]["DnsEntries"].description == endpoint["DnsEntries"].description)

        let retried = try await customer.call(
            ["ec2", "create-vpc-endpoint", "--vpc-id", network.vpcID, "--vpc-endpoint-type", "Interface",
             "--service-name", service.serviceName, "--client-token", "restart-1", "--subnet-ids"] + network.subnetIDs)
        #expect(retried["VpcEndpoint"]["VpcEndpointId"].string == endpoint["VpcEndpointId"].string)
        let subnet = try await customer.call("ec2", "describe-subnets", "--subnet-ids", network.subnetIDs[0])
        #expect(subnet["Subnets"][0]["AvailableIpAddressCount"].int == 250)
    }

    /// With a delay, resources pass through AWS's intermediate states before they settle.
    @Test func provisioningDelayMovesResourcesThroughTheirStates() async throws {
        let postern = try await PosternProcess(delay: "6s")
        let provider = postern.aws(account: "111111111111")
        let customer = postern.aws(account: "222222222222")
        let vpc = try await provider.call("ec2", "create-vpc", "--cidr-block", "10.0.0.0/16")["Vpc"]["VpcId"].string ?? ""
        let subnet = try await provider.call(
            "ec2", "create-subnet", "--vpc-id", vpc, "--cidr-block", "10.0.1.0/24", "--availability-zone", "us-east-1a")["Subnet"]
        let balancer = try await provider.call(
            "elbv2", "create-load-balancer", "--name", "slow", "--type", "network", "--scheme", "internal",
            "--subnets", subnet["SubnetId"].string ?? "")["LoadBalancers"][0]
        #expect(balancer["State"]["Code"].string == "provisioning")
        let service = try await provider.call(
            "ec2", "create-vpc-endpoint-service-configuration", "--network-load-balancer-arns", balancer["LoadBalancerArn"].string ?? "",
            "--acceptance-required")["ServiceConfiguration"]
        #expect(service["ServiceState"].string == "Pending")
        try await provider.call(
            "ec2", "modify-vpc-endpoint-service-permissions", "--service-id", service["ServiceId"].string ?? "",
            "--add-allowed-principals", "*")
        try await Task.sleep(for: .milliseconds(6100))
        let active = try await provider.call("elbv2", "describe-load-balancers", "--names", "slow")
        #expect(active["LoadBalancers"][0]["State"]["Code"].string == "active")
        let available = try await provider.call("ec2", "describe-vpc-endpoint-service-configurations")
        #expect(available["ServiceConfigurations"][0]["ServiceState"].string == "Available")

        let network = try await ConsumerNetwork.make(customer, zoneIDs: [subnet["AvailabilityZoneId"].string ?? ""])
        let endpoint = try await customer.call(
            "ec2", "create-vpc-endpoint", "--vpc-id", network.vpcID, "--vpc-endpoint-type", "Interface",
            "--service-name", service["ServiceName"].string ?? "", "--subnet-ids", network.subnetIDs[0])["VpcEndpoint"]
        #expect(endpoint["State"].string == "pending")
        try await Task.sleep(for: .milliseconds(6100))
        let id = endpoint["VpcEndpointId"].string ?? ""
        let waiting = try await customer.call("ec2", "describe-vpc-endpoints", "--vpc-endpoint-ids", id)
        #expect(waiting["VpcEndpoints"][0]["State"].string == "pendingAcceptance")
        let deleteAskedAt = Date()
        try await customer.call("ec2", "delete-vpc-endpoints", "--vpc-endpoint-ids", id)
        let deleting = try await customer.call("ec2", "describe-vpc-endpoints", "--vpc-endpoint-ids", id)
        // Within the delay it must be deleting; a loaded machine's awscli calls can outlast it.
        let state = deleting["VpcEndpoints"][0]["State"].string ?? ""
        if Date().timeIntervalSince(deleteAskedAt) < 5.9 {
            #expect(state == "deleting")
        } else {
            #expect(state == "deleting" || state == "deleted")
        }
        try await Task.sleep(for: .milliseconds(6100))
        let deleted = try await customer.call("ec2", "describe-vpc-endpoints", "--vpc-endpoint-ids", id)
        #expect(deleted["VpcEndpoints"][0]["State"].string == "deleted")
    }

    @Test func accountsAndRegionsAreIsolated() async throws {
        let postern = try await PosternProcess()
        let provider = postern.aws(account: "111111111111")
        let vpc = try await provider.call("ec2", "create-vpc", "--cidr-block", "10.0.0.0/16")["Vpc"]["VpcId"].string ?? ""
        try await postern.aws(account: "222222222222").failure("InvalidVpcID.NotFound", "ec2", "describe-vpcs", "--vpc-ids", vpc)
        try await postern.aws(account: "111111111111", region: "eu-west-1")
            .failure("InvalidVpcID.NotFound", "ec2", "describe-vpcs", "--vpc-ids", vpc)
        let anyKey = AWSCLI(endpoint: postern.cloudURL, accessKeyID: "AKIAIOSFODNN7EXAMPLE", region: "us-east-1")
        #expect(try await anyKey.call("sts", "get-caller-identity")["Account"].string == "000000000000")
        let role = try await provider.assumingRole(account: "210987654321")
        let identity = try await role.call("sts", "get-caller-identity")
        #expect(identity["Account"].string == "210987654321")
        #expect(identity["Arn"].string == "arn:aws:sts::210987654321:assumed-role/consumer/tests")
        let message = try await postern.aws(region: "xx-nowhere-1").failure("InvalidClientTokenId", "ec2", "describe-vpcs")
        #expect(message.contains("us-east-1, us-west-2"))
    }

    @Test func zoneNamesMapToZoneIDsPerAccount() async throws {
        let postern = try await PosternProcess()
        var mappings: Set<String> = []
        for account in ["111111111111", "222222222222", "333333333333", "444444444444", "555555555555", "666666666666"] {
            let zones = try await postern.aws(account: account).call("ec2", "describe-availability-zones")["AvailabilityZones"].array
            #expect(zones.count == 6)
            #expect(Set(zones.compactMap { $0["ZoneId"].string }) == Set((1...6).map { "use1-az\($0)" }))
            mappings.insert(zones.compactMap { $0["ZoneId"].string }.joined(separator: ","))
        }
        #expect(mappings.count > 1)
        let west = try await postern.aws(region: "us-west-2").call("ec2", "describe-availability-zones")
        #expect(west["AvailabilityZones"].array.count == 4)
    }

    @Test func strictModeVerifiesSignatures() async throws {
        let postern = try await PosternProcess(arguments: ["--cloud-verify-signatures"])
        let file = postern.dataDirectory.appendingPathComponent("cloud-credentials")
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let text = try String(contentsOf: file, encoding: .utf8)
        let secret = try #require(text.split(separator: "\n").first { $0.hasPrefix("aws_secret_access_key") }?
            .split(separator: "=").last?.trimmingCharacters(in: .whitespaces))

        var signed = postern.aws()
        signed.secretAccessKey = secret
        #expect(try await signed.call("sts", "get-caller-identity")["Account"].string == "000000000000")
        #expect(try await signed.call("ec2", "describe-vpcs")["Vpcs"].array.isEmpty)
        try await postern.aws().failure("SignatureDoesNotMatch", "ec2", "describe-vpcs")
        try await postern.aws(account: "999999999999").failure("AuthFailure", "ec2", "describe-vpcs")
        let role = try await signed.assumingRole(account: "210987654321")
        #expect(try await role.call("ec2", "describe-vpcs")["Vpcs"].array.isEmpty)
    }

    @Test func unsignedAndUnknownRequestsGetClearErrors() async throws {
        let postern = try await PosternProcess()
        let unsigned = try await HTTPTransport.shared.send(
            "POST", postern.cloudURL + "/", headers: [("Content-Type", "application/x-www-form-urlencoded")],
            body: Array("Action=DescribeVpcs&Version=2016-11-15".utf8))
        #expect(unsigned.status == 403)
        #expect(unsigned.text.contains("<Code>MissingAuthenticationToken</Code>"))

        let message = try await postern.aws().failure(
            "InvalidAction", "ec2", "create-vpc-endpoint-connection-notification", "--service-id", "vpce-svc-0123456789abcdef0",
            "--connection-notification-arn", "arn:aws:sns:us-east-1:000000000000:t", "--connection-events", "Accept")
        #expect(message.contains("does not implement"))
        try await postern.aws().failure("InvalidParameterValue", "ec2", "describe-vpc-endpoints", "--max-results", "2000")
        try await postern.aws().failure("InvalidParameterValue", "ec2", "describe-vpcs", "--filters", "Name=colour,Values=blue")
        try await postern.aws().failure("InvalidVpc.Range", "ec2", "create-vpc", "--cidr-block", "10.0.0.0/8")
        try await postern.aws().failure("NoSuchHostedZone", "route53", "get-hosted-zone", "--id", "Z0123456789ABCDEFGHIJ")
    }

    @Test func describeVpcEndpointsPages() async throws {
        let postern = try await PosternProcess()
        let provider = postern.aws(account: "111111111111")
        let customer = postern.aws(account: "222222222222")
        let service = try await EndpointServiceFixture.make(provider, zones: ["us-east-1a"], acceptanceRequired: false, allowing: ["222222222222"])
        let network = try await ConsumerNetwork.make(customer, zoneIDs: service.zoneIDs)
        var ids: [String] = []
        for _ in 0..<3 {
            ids.append(try await customer.call(
                "ec2", "create-vpc-endpoint", "--vpc-id", network.vpcID, "--vpc-endpoint-type", "Interface",
                "--service-name", service.serviceName, "--subnet-ids", network.subnetIDs[0])["VpcEndpoint"]["VpcEndpointId"].string ?? "")
        }
        let first = try await customer.call("ec2", "describe-vpc-endpoints", "--no-paginate", "--max-results", "2")
        #expect(first["VpcEndpoints"].array.compactMap { $0["VpcEndpointId"].string } == Array(ids.prefix(2)))
        let token = try #require(first["NextToken"].string)
        let second = try await customer.call("ec2", "describe-vpc-endpoints", "--no-paginate", "--max-results", "2", "--next-token", token)
        #expect(second["VpcEndpoints"].array.compactMap { $0["VpcEndpointId"].string } == [ids[2]])
        #expect(second["NextToken"].isNull)
        let all = try await customer.call("ec2", "describe-vpc-endpoints", "--page-size", "1")
        #expect(all["VpcEndpoints"].array.count == 3)
        let filtered = try await customer.call(
            "ec2", "describe-vpc-endpoints", "--filters", "Name=vpc-endpoint-id,Values=\(ids[1])", "Name=vpc-endpoint-state,Values=available")
        #expect(filtered["VpcEndpoints"].array.compactMap { $0["VpcEndpointId"].string } == [ids[1]])
    }
}
