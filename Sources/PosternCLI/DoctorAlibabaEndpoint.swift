import ArgumentParser
import Foundation
import PosternAlibaba

extension DoctorCommand {
    /// The customer's Alibaba Cloud access: the SDKs' credentials, every product at
    /// `--alibaba-endpoint-url`, `ALIBABA_CLOUD_ENDPOINT`, or the local embedded cloud.
    struct AlibabaOptions: ParsableArguments {
        @Option(name: .customLong("alibaba-endpoint-url"), help: "Alibaba Cloud's API (default: ALIBABA_CLOUD_ENDPOINT or http://127.0.0.1:4081).")
        var endpointURL: String?
        @Option(name: .customLong("region-id"), help: "The region, e.g. ap-southeast-1.") var regionID: String

        func client() throws -> AlibabaClient {
            let environment = ProcessInfo.processInfo.environment
            let endpoint = endpointURL ?? environment["ALIBABA_CLOUD_ENDPOINT"].flatMap { $0.isEmpty ? nil : $0 } ?? "http://127.0.0.1:4081"
            do {
                return AlibabaClient(credentials: try AlibabaCredentialChain.provider(environment: environment), endpoint: endpoint)
            } catch {
                throw CLIError("\(error)")
            }
        }
    }

    /// Seed 002's checks on an Alibaba Cloud endpoint into a Premium instance: Active, connected,
    /// its security groups admit the port, and a server answers through its domain.
    struct AlibabaEndpoint: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "alibaba-endpoint", abstract: "Check your Alibaba Cloud endpoint into a Premium instance (seed 002)",
            discussion: "Example:\n  ALIBABA_CLOUD_ACCESS_KEY_ID=… ALIBABA_CLOUD_ACCESS_KEY_SECRET=… postern doctor alibaba-endpoint --endpoint-id ep-… --region-id ap-southeast-1")
        @Option(name: .customLong("endpoint-id"), help: "Your endpoint, ep-….") var endpointID: String
        @Option(help: "The instance's SQL port.") var port = 4000
        @Option(name: .customLong("dns"), help: "The DNS server that resolves the endpoint's domain, HOST:PORT (default: Postern's, 127.0.0.1:4053).")
        var dns = "127.0.0.1:4053"
        @OptionGroup var alibaba: AlibabaOptions
        @Flag(name: .customLong("no-color"), help: "Print without colors.") var noColor = false

        func run() async throws {
            let terminal = Terminal(noColor: noColor)
            do {
                let client = try alibaba.client(), region = alibaba.regionID
                let report = Report(terminal)
                let endpoint: AlibabaJSON
                do {
                    endpoint = try await client.call(.privateLink, "GetVpcEndpointAttribute", ["RegionId": .string(region), "EndpointId": .string(endpointID)], region: region)
                } catch let error as AlibabaServiceError where error.code == "EndpointNotFound" {
                    throw CLIError("endpoint \(endpointID) not found in \(region) for these credentials (\(client.credentials))")
                }
                let status = endpoint["EndpointStatus"].string ?? "", connection = endpoint["ConnectionStatus"].string ?? ""
                let domain = endpoint["EndpointDomain"].string ?? ""
                let vpc = endpoint["VpcId"].string ?? ""
                report.check(status == "Active", "the endpoint is Active (\(status))", fix: "wait for it to finish Creating, then run this again")
                report.check(connection == "Connected", "its connection is Connected (\(connection))",
                             fix: "register it so TiDB Cloud accepts it: postern premium private-endpoint create -t <tidb-id> --endpoint-id \(endpointID) --private-domain-name \(domain) --wait")
                let groups = try await client.call(.privateLink, "ListVpcEndpointSecurityGroups", ["RegionId": .string(region), "EndpointId": .string(endpointID)], region: region)[
                    "SecurityGroups"].list.compactMap { $0["SecurityGroupId"].string }
                var admitted = false
                for group in groups {
                    let permissions = try await client.call(
                        .ecs, "DescribeSecurityGroupAttribute", ["RegionId": .string(region), "SecurityGroupId": .string(group), "Direction": "ingress"],
                        region: region)["Permissions"]["Permission"].list
                    admitted = admitted || permissions.contains { Self.admits($0, port: port) }
                }
                let block = try await client.call(.vpc, "DescribeVpcs", ["RegionId": .string(region), "VpcId": .string(vpc)], region: region)["Vpcs"]["Vpc"]
                    .list.first?["CidrBlock"].string ?? "<your VPC CIDR>"
                report.check(admitted, "its security group allows TCP \(port)",
                             fix: "aliyun ecs AuthorizeSecurityGroup --RegionId \(region) --SecurityGroupId \(groups.first ?? "<sg-id>") --IpProtocol TCP --PortRange \(port)/\(port) --SourceCidrIp \(block)")
                if connection == "Connected" {
                    let parts = dns.split(separator: ":")
                    guard parts.count == 2, let dnsPort = Int(parts[1]) else { throw CLIError("--dns takes HOST:PORT, not '\(dns)'") }
                    let addresses = (try? Probe.addresses(of: domain, server: String(parts[0]), dnsPort: dnsPort)) ?? []
                    if let address = addresses.first {
                        let what = "a server answers on TCP \(port) through the endpoint's domain \(domain) (\(address))"
                        switch Probe.greeting(host: address, port: port) {
                        case .greeted, .silent: report.check(true, what, fix: "")
                        case .closed: report.check(false, what, fix: "the endpoint admitted the connection but nothing answered behind it: check that the instance is ACTIVE")
                        case .refused(let why): report.check(false, what, fix: "refused (\(why)); fix its security group as above")
                        }
                    } else {
                        report.check(false, "the endpoint's domain \(domain) resolves", fix: "no address from \(dns); pass the DNS server with --dns HOST:PORT")
                    }
                }
                try report.finish()
            } catch {
                terminal.error("\(error)")
                throw ExitCode(1)
            }
        }

        /// Whether an ECS ingress permission accepts TCP `port`.
        static func admits(_ permission: AlibabaJSON, port: Int) -> Bool {
            guard permission["Policy"].string?.lowercased() != "drop" else { return false }
            let proto = permission["IpProtocol"].string?.uppercased() ?? ""
            if proto == "ALL" { return true }
            guard proto == "TCP" else { return false }
            let range = (permission["PortRange"].string ?? "").split(separator: "/").compactMap { Int($0) }
            return range.count == 2 && range[0] <= port && port <= range[1]
        }
    }
}
