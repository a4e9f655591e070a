import Foundation
import Testing

/// The control plane against a cloud that throttles, fails and loses answers: everything
/// still converges, and nothing is made twice or left behind.
@Suite struct FaultToleranceTests {
    static let platform = "100000000000"
    /// The platform's requests fail this way; the customer's awscli is not under test.
    static let faults = "throttle=0.3,error=0.05,lose-response=0.05,account=\(platform)"

    @Test func twentyConnectionsAndFiveEndpointsConvergeUnderFaults() async throws {
        let postern = try await SplitPostern(cloudArguments: ["--faults", Self.faults])
        #expect(postern.cloud.output.contains("faults throttle=0.3,error=0.05,lose-response=0.05,account=\(Self.platform)"))
        let api = try postern.api()
        // Reading the platform's account meets the same faults: awscli retries them.
        var platform = postern.aws(account: Self.platform, region: "us-west-2")
        platform.maxAttempts = 12
        let customer = postern.aws(account: "222222222222", region: "us-west-2")

        // Seed 004 twenty times over: twenty connections to one customer service.
        let cluster = try await PrivateLinkConnectionTests.activeCluster(api, seconds: 120)
        let service = try await EndpointServiceFixture.make(customer, zones: ["us-west-2a", "us-west-2b", "us-west-2c"], allowing: [Self.platform])
        let base = "/v1beta1/clusters/\(cluster)/privateLinkConnections"
        var connections: [String] = []
        for _ in 0..<20 {
            let created = try await PrivateLinkConnectionTests.create(api, cluster: cluster, service: service.serviceName)
            connections.append(try #require(created.json["privateLinkConnectionId"].string, "\(created.json)"))
        }
        var endpoints: [String: String] = [:]
        for id in connections {
            let pending = try await api.wait("\(base)/\(id)", seconds: 180) { $0.json["awsEndpointService"]["endpointId"].string != nil }
            endpoints[id] = try #require(pending.json["awsEndpointService"]["endpointId"].string, "\(pending.json)")
        }
        #expect(Set(endpoints.values).count == 20)
        // Exactly one endpoint per connection, found by the connection's tag.
        let made = try await platform.call("ec2", "describe-vpc-endpoints")["VpcEndpoints"].array
        #expect(made.count == 20, "\(made.count) endpoints for 20 connections")
        let tags = made.compactMap { $0["Tags"].array.first { $0["Key"].string == "postern:private-link-connection" }?["Value"].string }
        #expect(Set(tags) == Set(connections))
        try await customer.call(["ec2", "accept-vpc-endpoint-connections", "--service-id", service.serviceID, "--vpc-endpoint-ids"] + endpoints.values.sorted())
        for id in connections {
            let active = try await api.wait("\(base)/\(id)", until: "state", is: "ACTIVE", seconds: 180)
            #expect(active.json["state"].string == "ACTIVE", "\(active.json)")
        }

        // Seed 000 five times over: five customer endpoints registered with one node group.
        let (dedicated, serviceJSON) = try await PrivateEndpointTests.activeCluster(api, seconds: 180)
        let network = try await ConsumerNetwork.make(customer, zoneIDs: serviceJSON["availableZones"].strings)
        var registered: [String] = []
        for _ in 0..<5 {
            let endpoint = try await customer.call(
                ["ec2", "create-vpc-endpoint", "--vpc-id", network.vpcID, "--service-name", serviceJSON["serviceName"].string ?? "",
                 "--vpc-endpoint-type", "Interface", "--subnet-ids"] + network.subnetIDs)["VpcEndpoint"]["VpcEndpointId"].string ?? ""
            let reply = try await api.post("\(dedicated.base)/privateEndpointConnections", #"{"endpointId": "\#(endpoint)"}"#)
            registered.append(try #require(reply.json["privateEndpointConnectionId"].string, "\(reply.json)"))
        }
        for id in registered {
            let active = try await api.wait("\(dedicated.base)/privateEndpointConnections/\(id)", until: "endpointState", is: "ACTIVE", seconds: 180)
            #expect(active.json["endpointState"].string == "ACTIVE", "\(active.json)")
        }
        #expect(try await platform.call("elbv2", "describe-load-balancers")["LoadBalancers"].array.count == 1)
        #expect(try await platform.call("elbv2", "describe-target-groups")["TargetGroups"].array.count == 1)
        #expect(try await platform.call("ec2", "describe-vpc-endpoint-service-configurations")["ServiceConfigurations"].array.count == 1)
        #expect(try await platform.call("ec2", "describe-vpcs", "--filters", "Name=tag:postern:platform,Values=true")["Vpcs"].array.count == 1)
        #expect(try await platform.call("ec2", "describe-subnets")["Subnets"].array.count == 3)
        #expect(try await platform.call("ec2", "describe-security-groups", "--filters", "Name=group-name,Values=postern-platform")["SecurityGroups"].array.count == 1)

        // Everything deleted again, and nothing left behind.
        for id in connections { _ = try await api.delete("\(base)/\(id)") }
        for id in registered { _ = try await api.delete("\(dedicated.base)/privateEndpointConnections/\(id)") }
        for id in connections {
            #expect(try await api.wait("\(base)/\(id)", seconds: 180) { $0.status == 404 }.status == 404)
        }
        for id in registered {
            #expect(try await api.wait("\(dedicated.base)/privateEndpointConnections/\(id)", seconds: 180) { $0.status == 404 }.status == 404)
        }
        _ = try await api.delete("/dedicated/v1beta1/clusters/\(dedicated.id)")
        #expect(try await api.wait("/dedicated/v1beta1/clusters/\(dedicated.id)", seconds: 180) { $0.status == 404 }.status == 404)
        let live = try await platform.call("ec2", "describe-vpc-endpoints")["VpcEndpoints"].array.filter { $0["State"].string != "deleted" }
        #expect(live.isEmpty, "\(live)")
        #expect(try await platform.call("elbv2", "describe-load-balancers")["LoadBalancers"].array.isEmpty)
        #expect(try await platform.call("elbv2", "describe-target-groups")["TargetGroups"].array.isEmpty)
        #expect(try await platform.call("ec2", "describe-vpc-endpoint-service-configurations")["ServiceConfigurations"].array.isEmpty)
        #expect(try await platform.call("route53", "list-hosted-zones")["HostedZones"].array.isEmpty)
        let states = try await customer.call("ec2", "describe-vpc-endpoints", "--filters", "Name=vpc-id,Values=\(network.vpcID)")["VpcEndpoints"]
            .array.compactMap { $0["State"].string }
        #expect(states.count == 5 && states.allSatisfy { $0 == "rejected" || $0 == "deleted" }, "\(states)")
    }
}
