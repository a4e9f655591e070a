import ArgumentParser
import Foundation
import PosternAWS

/// `postern doctor`: the seeds' troubleshooting, run against the cloud as the customer sees
/// it. Each check prints OK, or FIX with the `aws` command that fixes it.
struct DoctorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor", abstract: "Check what the seeds' troubleshooting sections check",
        subcommands: [PrivateEndpoint.self, PrivateLinkConnection.self, AlibabaEndpoint.self])

    /// The customer's AWS access: the standard AWS environment, at `--aws-endpoint-url`,
    /// `AWS_ENDPOINT_URL`, or the local embedded cloud.
    struct AWSOptions: ParsableArguments {
        @Option(name: .customLong("aws-endpoint-url"), help: "The AWS API (default: AWS_ENDPOINT_URL or http://127.0.0.1:4081).")
        var endpointURL: String?
        @Option(help: "The AWS region (default: AWS_DEFAULT_REGION or us-east-1).") var region: String?

        var regionName: String { region ?? ProcessInfo.processInfo.environment["AWS_DEFAULT_REGION"] ?? "us-east-1" }

        func client() throws -> AWSClient {
            let environment = ProcessInfo.processInfo.environment
            let configured = endpointURL ?? environment["AWS_ENDPOINT_URL"] ?? (environment["AWS_ENDPOINT_URL_EC2"] == nil ? "http://127.0.0.1:4081" : nil)
            do {
                return try AWSClient.standard(endpointURL: configured)
            } catch {
                throw CLIError("\(error)")
            }
        }
    }

    /// Collects check results and prints them as they come.
    final class Report {
        let terminal: Terminal
        private(set) var fixes = 0

        init(_ terminal: Terminal) { self.terminal = terminal }

        func check(_ ok: Bool, _ what: String, fix: @autoclosure () -> String) {
            if ok {
                terminal.print(terminal.color ? "\u{1B}[32mOK \u{1B}[0m  \(what)" : "OK   \(what)")
            } else {
                fixes += 1
                terminal.print(terminal.color ? "\u{1B}[31mFIX\u{1B}[0m  \(what): \(fix())" : "FIX  \(what): \(fix())")
            }
        }

        func finish() throws {
            if fixes > 0 { throw CLIError("\(fixes) check(s) need a fix") }
        }
    }

    struct PrivateEndpoint: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "private-endpoint", abstract: "Check your VPC endpoint into a Dedicated cluster (seed 000's troubleshooting)",
            discussion: "Example:\n  AWS_ACCESS_KEY_ID=… postern doctor private-endpoint --endpoint-id vpce-… --region us-west-2")
        @Option(name: .customLong("endpoint-id"), help: "Your VPC endpoint, vpce-….") var endpointID: String
        @Option(help: "The cluster's SQL port.") var port = 4000
        @Option(name: .customLong("dns"), help: """
            The DNS server that resolves the endpoint's names, HOST:PORT (default: Postern's, 127.0.0.1:4053, when the AWS API is \
            on loopback; else this machine's resolver).
            """)
        var dns: String?
        @OptionGroup var aws: AWSOptions
        @Flag(name: .customLong("no-color"), help: "Print without colors.") var noColor = false

        func run() async throws {
            let terminal = Terminal(noColor: noColor)
            do {
                let client = try aws.client(), region = aws.regionName
                let report = Report(terminal)
                guard let endpoint = try await client.call(
                    .ec2, "DescribeVpcEndpoints", ["VpcEndpointIds": [.string(endpointID)]], region: region)["VpcEndpoints"]?.list.first
                else { throw CLIError("endpoint \(endpointID) not found in \(region)") }
                let vpc = endpoint["VpcId"]?.string ?? ""
                let state = endpoint["State"]?.string ?? ""
                report.check(state == "available", "the endpoint is accepted (\(state))",
                             fix: "register it: postern dedicated private-endpoint create -c <cluster-id> --endpoint-id \(endpointID) --wait")
                let groups = endpoint["Groups"]?.list.compactMap { $0["GroupId"]?.string } ?? []
                let allowed = try await securityGroupsAllow(client, groups, port: port, region: region)
                let cidr = try await client.call(.ec2, "DescribeVpcs", ["VpcIds": [.string(vpc)]], region: region)["Vpcs"]?.list.first?["CidrBlock"]?.string
                report.check(allowed, "its security group allows TCP \(port)",
                             fix: "aws ec2 authorize-security-group-ingress --group-id \(groups.first ?? "<sg-id>") --protocol tcp --port \(port) --cidr \(cidr ?? "<your VPC CIDR>")")
                for (attribute, flag) in [("enableDnsSupport", "--enable-dns-support"), ("enableDnsHostnames", "--enable-dns-hostnames")] {
                    let value = try await client.call(
                        .ec2, "DescribeVpcAttribute", ["VpcId": .string(vpc), "Attribute": .string(attribute)], region: region)
                    let on = value[attribute.prefix(1).uppercased() + attribute.dropFirst()]?["Value"]?.bool ?? false
                    report.check(on, "VPC \(vpc) has \(attribute)", fix: "aws ec2 modify-vpc-attribute --vpc-id \(vpc) \(flag) '{\"Value\":true}'")
                }
                report.check(endpoint["PrivateDnsEnabled"]?.bool == true, "private DNS is enabled on the endpoint",
                             fix: "aws ec2 modify-vpc-endpoint --vpc-endpoint-id \(endpointID) --private-dns-enabled")
                if state == "available", let name = endpoint["DnsEntries"]?.list.first?["DnsName"]?.string {
                    let (ok, what, fix) = try reach(name, client: client, securityGroupsAllow: allowed, vpc: vpc)
                    report.check(ok, what, fix: fix)
                }
                try report.finish()
            } catch {
                terminal.error("\(error)")
                throw ExitCode(1)
            }
        }

        /// Whether a SQL server greets through the endpoint: its regional name resolved (at
        /// `--dns`, Postern's DNS for a local embedded cloud, or this machine's resolver), then
        /// a TCP connection to the first address.
        func reach(_ name: String, client: AWSClient, securityGroupsAllow: Bool, vpc: String) throws -> (Bool, String, String) {
            let local = ["127.0.0.1", "localhost", "::1"].contains(client.endpoints.resolve(.ec2, region: "us-east-1").url.host ?? "")
            let server = dns ?? (local ? "127.0.0.1:4053" : nil)
            let addresses: [String]
            if let server {
                let parts = server.split(separator: ":")
                guard parts.count == 2, let dnsPort = Int(parts[1]) else { throw CLIError("--dns takes HOST:PORT, not '\(server)'") }
                addresses = (try? Probe.addresses(of: name, server: String(parts[0]), dnsPort: dnsPort)) ?? []
            } else {
                addresses = Host(name: name).addresses.filter { !$0.contains(":") }
            }
            guard let address = addresses.first else {
                return (false, "the endpoint's name \(name) resolves", "no address from \(server ?? "this machine's resolver"); pass the DNS server with --dns HOST:PORT")
            }
            let what = "a server answers on TCP \(port) through the endpoint (\(address))"
            switch Probe.greeting(host: address, port: port) {
            case .greeted, .silent:
                return (true, what, "")
            case .closed:
                return (false, what, "the endpoint admitted the connection but nothing answered behind it: check that the cluster is ACTIVE and serving")
            case .refused(let why):
                let fix = securityGroupsAllow
                    ? "refused (\(why)); the endpoint admits only what its security groups allow, so run this check from VPC \(vpc)"
                    : "refused (\(why)); fix its security group as above"
                return (false, what, fix)
            }
        }
    }

    struct PrivateLinkConnection: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "private-link-connection",
            abstract: "Check your endpoint service for a private link connection (seed 004's prerequisites), as its owner",
            discussion: "Example:\n  AWS_ACCESS_KEY_ID=… postern doctor private-link-connection -c <cluster-id> --private-link-connection-id <id>")
        @Option(name: [.customShort("c"), .customLong("cluster-id")], help: "The ID of the cluster.") var clusterID: String
        @Option(name: .customLong("private-link-connection-id"), help: "The ID of the private link connection.") var connectionID: String
        @OptionGroup var aws: AWSOptions
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await global.run { terminal, api in
                let report = Report(terminal)
                let connection = try await PrivateLinkConnectionCommand.connection(clusterID, connectionID)(api)
                let cluster = clusterID
                let zones = try await api.json { try await $0.getAvailabilityZones(path: .init(clusterId: cluster)).ok.body.json }
                let platform = zones["accountId"] as? String ?? ""
                let clusterZones = zones["azIds"] as? [String] ?? []
                let awsService = connection["awsEndpointService"] as? [String: Any] ?? [:]
                let serviceName = awsService["name"] as? String ?? ""
                let serviceRegion = awsService["region"] as? String ?? aws.regionName
                let client = try aws.client()
                let services = try await client.call(
                    .ec2, "DescribeVpcEndpointServiceConfigurations",
                    ["Filters": [["Name": "service-name", "Values": [.string(serviceName)]]]], region: serviceRegion)["ServiceConfigurations"]?.list ?? []
                guard let service = services.first, let serviceID = service["ServiceId"]?.string else {
                    throw CLIError("endpoint service \(serviceName) not found in \(serviceRegion) for these AWS credentials (run this as the service's owner)")
                }
                let principals = try await client.call(
                    .ec2, "DescribeVpcEndpointServicePermissions", ["ServiceId": .string(serviceID)], region: serviceRegion)["AllowedPrincipals"]?
                    .list.compactMap { $0["Principal"]?.string } ?? []
                let arn = "arn:aws:iam::\(platform):root"
                report.check(principals.contains(arn) || principals.contains("*"), "the service allows the platform's account \(platform)",
                             fix: "aws ec2 modify-vpc-endpoint-service-permissions --service-id \(serviceID) --add-allowed-principals \(arn)")
                let serviceZones = service["AvailabilityZoneIds"]?.strings ?? []
                let shared = Set(serviceZones).intersection(clusterZones)
                report.check(!shared.isEmpty || serviceRegion != aws.regionName && !serviceZones.isEmpty,
                             "the service shares a zone with the cluster (\(clusterZones.joined(separator: ", ")))",
                             fix: "add a subnet in one of \(clusterZones.joined(separator: ", ")) to the service's load balancer: aws elbv2 set-subnets --load-balancer-arn <nlb-arn> --subnets <subnets>")
                if let endpoint = awsService["endpointId"] as? String {
                    let found = try await client.call(
                        .ec2, "DescribeVpcEndpointConnections", ["Filters": [["Name": "vpc-endpoint-id", "Values": [.string(endpoint)]]]],
                        region: serviceRegion)["VpcEndpointConnections"]?.list.first
                    let state = found?["VpcEndpointState"]?.string ?? "unknown"
                    report.check(state == "available", "the connection's endpoint \(endpoint) is accepted (\(state))",
                                 fix: "aws ec2 accept-vpc-endpoint-connections --service-id \(serviceID) --vpc-endpoint-ids \(endpoint)")
                } else {
                    report.check(false, "the connection has an endpoint (\(connection["state"] as? String ?? ""))",
                                 fix: connection["message"] as? String ?? "wait for CREATING to end")
                }
                try report.finish()
            }
        }
    }
}

/// Whether any of `groups` lets TCP `port` in.
private func securityGroupsAllow(_ client: AWSClient, _ groups: [String], port: Int, region: String) async throws -> Bool {
    guard !groups.isEmpty else { return false }
    let found = try await client.call(.ec2, "DescribeSecurityGroups", ["GroupIds": .strings(groups)], region: region)["SecurityGroups"]?.list ?? []
    return found.contains { group in
        (group["IpPermissions"]?.list ?? []).contains { permission in
            let proto = permission["IpProtocol"]?.string ?? ""
            if proto == "-1" { return true }
            guard proto == "tcp" || proto == "6" else { return false }
            return (permission["FromPort"]?.int ?? -1) <= port && port <= (permission["ToPort"]?.int ?? -1)
        }
    }
}
