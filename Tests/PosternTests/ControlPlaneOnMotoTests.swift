import Foundation
import PosternAWS
import PosternAWSProvider
import Testing

/// The control plane configured as for AWS, against moto: each service on the server its own
/// variable names, and usage read from moto's CloudWatch.
@Suite struct ControlPlaneOnMotoTests {
    static let key = "AKIAPOSTERNTESTS0000"

    static func environment(ec2: String, route53: String) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("AWS_") }
        environment["AWS_ACCESS_KEY_ID"] = key
        environment["AWS_SECRET_ACCESS_KEY"] = "secret"
        environment["AWS_ENDPOINT_URL_EC2"] = ec2
        environment["AWS_ENDPOINT_URL_ELASTIC_LOAD_BALANCING_V2"] = ec2
        environment["AWS_ENDPOINT_URL_STS"] = ec2
        environment["AWS_ENDPOINT_URL_CLOUDWATCH"] = ec2
        environment["AWS_ENDPOINT_URL_ROUTE_53"] = route53
        environment["AWS_CONFIG_FILE"] = "/dev/null"
        environment["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null"
        environment["AWS_EC2_METADATA_DISABLED"] = "true"
        return environment
    }

    /// `postern serve --cloud aws` with these variables, and its API as the admin.
    static func controlPlane(_ environment: [String: String]) async throws -> (PosternDaemon, ControlPlaneClient) {
        let data = Scratch.path("postern-test")
        let serve = try await PosternDaemon(
            ["serve", "--cloud", "aws", "--data-dir", data.path, "--port", "0"], dataDirectory: data, environment: environment)
        let key = JSON(parsing: try String(contentsOf: data.appendingPathComponent("admin-key.json"), encoding: .utf8))
        let api = ControlPlaneClient(
            baseURL: serve.controlURL,
            user: "\(key["publicKey"].string ?? ""):\(key["privateKey"].string ?? "")")
        return (serve, api)
    }

    /// EC2 and ELBv2 on one moto, Route 53 on another: a private link connection's endpoint
    /// lands on the first, its attached domains' zone on the second, and neither on the other.
    @Test func eachServiceOnItsOwnServer() async throws {
        let compute = try await MotoProcess()
        defer { compute.stop() }
        let dns = try await MotoProcess()
        defer { dns.stop() }
        let (serve, api) = try await Self.controlPlane(Self.environment(ec2: compute.url, route53: dns.url))
        defer { serve.stop() }
        #expect(serve.output.contains("route_53 \(dns.url)") && serve.output.contains("ec2 \(compute.url)"), "\(serve.output)")
        let onCompute = AWSCLI(endpoint: compute.url, accessKeyID: Self.key, region: "us-west-2")
        let onDNS = AWSCLI(endpoint: dns.url, accessKeyID: Self.key, region: "us-west-2")

        let cluster = try await PrivateLinkConnectionTests.activeCluster(api, seconds: 120)
        let service = try await EndpointServiceFixture.make(onCompute, zones: ["us-west-2a", "us-west-2b"])
        let created = try await PrivateLinkConnectionTests.create(api, cluster: cluster, service: service.serviceName)
        let path = "/v1beta1/clusters/\(cluster)/privateLinkConnections/\(try #require(created.json["privateLinkConnectionId"].string))"
        let made = try await api.wait(path, seconds: 120) { $0.json["awsEndpointService"]["endpointId"].string != nil }
        let endpointID = try #require(made.json["awsEndpointService"]["endpointId"].string, "\(made.json)")

        let dryRun = try await api.post("\(path):attachDomains", #"{"attachDomain": {"type": "TIDBCLOUD_MANAGED", "uniqueName": ""}, "validateOnly": true}"#)
        let unique = try #require(dryRun.json["uniqueName"].string, "\(dryRun.json)")
        let attached = try await api.post("\(path):attachDomains", #"{"attachDomain": {"type": "TIDBCLOUD_MANAGED", "uniqueName": "\#(unique)"}}"#)
        #expect(attached.status == 200, "\(attached.json)")
        let active = try await api.wait(path, seconds: 120) { reply in
            let domains = reply.json["attachedDomains"].array.flatMap { $0["domains"].array }
            return !domains.isEmpty && domains.allSatisfy { $0["state"].string == "ACTIVE" }
        }
        #expect(active.json["attachedDomains"][0]["domains"][0]["state"].string == "ACTIVE", "\(active.json)")

        let zones = try await onDNS.call("route53", "list-hosted-zones")["HostedZones"].array.compactMap { $0["Name"].string }
        #expect(zones == ["\(unique).aws.plc.tidbcloud.com."])
        #expect(try await onCompute.call("route53", "list-hosted-zones")["HostedZones"].array.isEmpty, "no zone on the EC2 server")
        #expect(try await onDNS.call("ec2", "describe-vpc-endpoints")["VpcEndpoints"].array.isEmpty, "no endpoint on the Route 53 server")
        let endpoints = try await onCompute.call("ec2", "describe-vpc-endpoints")["VpcEndpoints"].array
        #expect(endpoints.compactMap { $0["VpcEndpointId"].string } == [endpointID])
    }

    /// Usage through the API from CloudWatch's AWS/PrivateLinkEndpoints metrics, which the test
    /// puts into moto by the endpoint's dimensions.
    @Test func usageComesFromCloudWatch() async throws {
        let moto = try await MotoProcess()
        defer { moto.stop() }
        let (serve, api) = try await Self.controlPlane(Self.environment(ec2: moto.url, route53: moto.url))
        defer { serve.stop() }
        let aws = AWSCLI(endpoint: moto.url, accessKeyID: Self.key, region: "us-west-2")

        let cluster = try await PrivateLinkConnectionTests.activeCluster(api, seconds: 120)
        let service = try await EndpointServiceFixture.make(aws, zones: ["us-west-2a", "us-west-2b"])
        let created = try await PrivateLinkConnectionTests.create(api, cluster: cluster, service: service.serviceName)
        let id = try #require(created.json["privateLinkConnectionId"].string, "\(created.json)")
        let path = "/v1beta1/clusters/\(cluster)/privateLinkConnections/\(id)"
        let made = try await api.wait(path, seconds: 120) { $0.json["awsEndpointService"]["endpointId"].string != nil }
        let endpointID = try #require(made.json["awsEndpointService"]["endpointId"].string, "\(made.json)")
        let endpoint = try await aws.call("ec2", "describe-vpc-endpoints", "--vpc-endpoint-ids", endpointID)["VpcEndpoints"][0]

        let now = Date()
        for (metric, values) in [("BytesProcessed", [1200.0, 3400.0]), ("NewConnections", [3.0, 4.0]), ("ActiveConnections", [2.0, 5.0])] {
            for (index, value) in values.enumerated() {
                let stamp = AWSTimestamp.format(now.addingTimeInterval(Double(index - 1) * 60))
                try await aws.call(["cloudwatch", "put-metric-data", "--namespace", "AWS/PrivateLinkEndpoints", "--metric-data",
                                    "MetricName=\(metric),Value=\(value),Timestamp=\(stamp),Dimensions=[{Name=Endpoint Type,Value=Interface},{Name=Service Name,Value=\(service.serviceName)},{Name=VPC Endpoint Id,Value=\(endpointID)},{Name=VPC Id,Value=\(endpoint["VpcId"].string ?? "")}]"])
            }
        }
        let usage = try await api.get("\(path)/usage")
        #expect(usage.status == 200, "\(usage.json)")
        #expect(usage.json["source"].string == "cloudwatch")
        #expect(usage.json["endpointId"].string == endpointID)
        #expect(usage.json["bytesProcessed"].int == 4600, "\(usage.json)")
        #expect(usage.json["connections"].int == 7, "\(usage.json)")
        #expect(usage.json["activeConnections"].int == 5, "\(usage.json)")
        #expect(usage.json["bytesIn"].int == nil, "CloudWatch does not tell directions apart")
        #expect((usage.json["endpointHours"].double ?? -1) >= 0)
    }
}
