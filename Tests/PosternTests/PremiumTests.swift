import Foundation
import Testing

/// Premium instances (TiDB Cloud's v1beta2 API) and their private endpoints: seed 002 on
/// Alibaba Cloud through the official SDK, and the same on AWS through awscli, each carrying
/// MariaDB (the instance's "TiDB") through the customer's endpoint.
@Suite struct PremiumTests {
    /// A Premium instance over MariaDB, ACTIVE with its private link service ACTIVE: its path and the service.
    static func instance(_ api: ControlPlaneClient, region: String, backend: Int) async throws -> (path: String, service: JSON) {
        let created = try await api.post("/v1beta2/tidbs", #"{"displayName": "premium-orders", "regionId": "\#(region)", "backend": "127.0.0.1:\#(backend)"}"#)
        #expect(created.status == 200, "\(created.json)")
        #expect(created.json["state"].string == "CREATING")
        #expect(created.json["servicePlan"].string == "Premium")
        let id = try #require(created.json["tidbId"].string)
        #expect(created.json["name"].string == "tidbs/\(id)")
        let path = "/v1beta2/tidbs/\(id)"
        let active = try await api.wait(path, until: "state", is: "ACTIVE")
        #expect(active.json["regionId"].string == region)
        let service = try await api.wait("\(path)/privateLinkService", until: "state", is: "ACTIVE", seconds: 45)
        #expect(service.json["servicePort"].int == 4000)
        return (path, service.json)
    }

    /// `postern doctor alibaba-endpoint` as the customer, against the server's cloud and DNS.
    static func doctor(_ postern: PosternProcess, endpoint: String) async throws -> Subprocess.Result {
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("ALIBABA_CLOUD_") }
        environment["ALIBABA_CLOUD_ACCESS_KEY_ID"] = AlibabaSeedTests.customerUID
        environment["ALIBABA_CLOUD_ACCESS_KEY_SECRET"] = "customer-secret"
        return try await Subprocess.run(
            [try PosternProcess.binary().path, "doctor", "alibaba-endpoint", "--endpoint-id", endpoint, "--region-id", "ap-southeast-1",
             "--alibaba-endpoint-url", postern.cloudURL, "--dns", "127.0.0.1:\(postern.dnsPort)", "--no-color"],
            environment: environment)
    }

    @Test func seed002OnAlibabaCloudConnectsThroughTheEndpointsDomain() async throws {
        let database = try await MariaDB.port()
        let postern = try await PosternProcess(delay: "1s")
        let api = try postern.api()
        let (path, service) = try await Self.instance(api, region: "alicloud-ap-southeast-1", backend: database)
        let serviceName = try #require(service["serviceName"].string)
        let serviceDomain = try #require(service["serviceDnsName"].string)
        #expect(serviceName.hasPrefix("com.aliyuncs.privatelink.ap-southeast-1.epsrv-"), "\(service)")
        #expect(serviceDomain.hasSuffix(".ap-southeast-1.privatelink.aliyuncs.com"))
        #expect(service["cloudProvider"].string == "alicloud")
        let zones = service["availableZones"].strings
        #expect(zones == ["ap-southeast-1a", "ap-southeast-1b", "ap-southeast-1c"])
        // AWS's ap-southeast-1 is another cloud: its accounts see none of Alibaba Cloud's services, open to all as this one is.
        let awsNames = try await postern.aws(account: "333333333333", region: "ap-southeast-1").call("ec2", "describe-vpc-endpoint-services")["ServiceNames"].strings
        #expect(!awsNames.contains { $0.hasPrefix("com.aliyuncs.") }, "\(awsNames)")

        // Step 2: the customer's endpoint, with Alibaba Cloud's SDK; Active, not yet connected.
        let endpoint = try await AlibabaSeedTests.sdk(postern, "endpoint", [
            "--region", "ap-southeast-1", "--uid", AlibabaSeedTests.customerUID, "--service-name", serviceName, "--zones", zones[0],
            "--cidr", "172.16.0.0/16", "--listener-port", "4000",
        ])
        #expect(endpoint["verified"].strings == [serviceName], "the service name verifies")
        let endpointID = try #require(endpoint["endpointId"].string)
        let domain = try #require(endpoint["domain"].string)
        #expect(domain == "\(endpointID).\(serviceDomain)")
        #expect(endpoint["connection"].string == "Disconnected", "TiDB Cloud accepts it in step 3")
        let before = try await Self.doctor(postern, endpoint: endpointID)
        #expect(before.status != 0)
        #expect(before.stdout.contains("OK   the endpoint is Active"), "\(before.stdout)\(before.stderr)")
        #expect(before.stdout.contains("FIX  its connection is Connected (Disconnected): register it so TiDB Cloud accepts it: postern premium private-endpoint create -t "))
        #expect(before.stdout.contains("--private-domain-name \(domain) --wait"))
        #expect(before.stdout.contains("OK   its security group allows TCP 4000"))

        // Step 3: the Endpoint Resource ID and the Domain Name, checked; then accepted.
        let connections = "\(path)/privateEndpointConnections"
        let noDomain = try await api.post(connections, #"{"endpointId": "\#(endpointID)"}"#)
        #expect(noDomain.status == 400)
        #expect(noDomain.json["message"].string?.contains("Default Domain Name") == true, "\(noDomain.json)")
        let wrongDomain = try await api.post(connections, #"{"endpointId": "\#(endpointID)", "privateDomainName": "ep-other.\#(serviceDomain)"}"#)
        #expect(wrongDomain.status == 400)
        #expect(wrongDomain.json["message"].string?.contains(domain) == true, "\(wrongDomain.json)")
        let awsID = try await api.post(connections, #"{"endpointId": "vpce-0123456789abcdef0", "privateDomainName": "\#(domain)"}"#)
        #expect(awsID.status == 400)
        #expect(awsID.json["message"].string?.contains("Endpoint ID") == true)
        let elsewhere = try await api.post(connections, #"{"regionId": "alicloud-cn-hangzhou", "endpointId": "\#(endpointID)", "privateDomainName": "\#(domain)"}"#)
        #expect(elsewhere.status == 400)
        #expect(elsewhere.json["message"].string?.contains("across regions are not supported") == true)

        let registered = try await api.post(connections, #"{"endpointId": "\#(endpointID)", "privateDomainName": "\#(domain)"}"#)
        #expect(registered.status == 200, "\(registered.json)")
        #expect(registered.json["endpointState"].string == "PENDING")
        #expect(registered.json["privateDomainName"].string == domain)
        let connection = "\(connections)/\(registered.json["privateEndpointConnectionId"].string ?? "")"
        let active = try await api.wait(connection, until: "endpointState", is: "ACTIVE", seconds: 45)
        #expect(active.json["host"].string == domain, "\(active.json)")
        #expect(active.json["port"].string == "4000")
        #expect(active.json["privateLinkServiceState"].string == "ACTIVE")
        let seen = try await AlibabaSeedTests.sdk(postern, "endpoint-status", ["--region", "ap-southeast-1", "--uid", AlibabaSeedTests.customerUID, "--endpoint-id", endpointID])
        #expect(seen["connection"].string == "Connected")
        let instance = try await api.get(path)
        #expect(instance.json["endpoints"][0]["host"].string == domain, "\(instance.json)")
        #expect(instance.json["endpoints"][0]["connectionType"].string == "PRIVATE_ENDPOINT")

        // Step 4: connect with the connection string's host, as Postern's DNS resolves it.
        let addresses = try await Dig.addresses(domain, port: postern.dnsPort)
        #expect(addresses.count == 1, "\(addresses)")
        let address = try #require(addresses.first)
        #expect(try await DataPlaneTests.eventually { try await DataPlaneTests.selectOne(address, port: 4000) }, "MariaDB through \(domain)")
        let after = try await Self.doctor(postern, endpoint: endpointID)
        #expect(after.status == 0, "\(after.stdout)\(after.stderr)")
        #expect(after.stdout.contains("OK   a server answers on TCP 4000 through the endpoint's domain \(domain) (\(address))"), "\(after.stdout)")

        // A FAILED connection cannot be edited, only deleted and created again.
        let ghost = "ep-doesnotexist00000000"
        let pending = try await api.post(connections, #"{"endpointId": "\#(ghost)", "privateDomainName": "\#(ghost).\#(serviceDomain)"}"#)
        let ghostPath = "\(connections)/\(pending.json["privateEndpointConnectionId"].string ?? "")"
        let serviceID = String(serviceName.split(separator: ".").last ?? "")
        let zonal = "\(ghost)-ap-southeast-1.\(serviceID).ap-southeast-1b.privatelink.aliyuncs.com"
        let corrected = try await api.patch(ghostPath, #"{"privateDomainName": "\#(zonal)"}"#)
        #expect(corrected.status == 200, "a PENDING connection's domain may be changed to a zone's: \(corrected.json)")
        #expect(corrected.json["privateDomainName"].string == zonal)
        let elsewhereDomain = try await api.patch(ghostPath, #"{"privateDomainName": "\#(ghost).epsrv-other.ap-southeast-1.privatelink.aliyuncs.com"}"#)
        #expect(elsewhereDomain.status == 400, "only the endpoint's own domains: \(elsewhereDomain.json)")
        #expect(try await api.get(ghostPath).json["privateDomainName"].string == zonal, "a refused edit changes nothing")
        let failed = try await api.wait(ghostPath, until: "endpointState", is: "FAILED", seconds: 60)
        #expect(failed.json["message"].string?.contains("CreateVpcEndpoint") == true, "\(failed.json)")
        let edit = try await api.patch(ghostPath, #"{"privateDomainName": "\#(ghost).\#(serviceDomain)"}"#)
        #expect(edit.status == 400, "\(edit.json)")
        #expect(edit.json["message"].string?.contains("delete it") == true)
        let again = try await api.post(connections, #"{"endpointId": "\#(ghost)", "privateDomainName": "\#(ghost).\#(serviceDomain)"}"#)
        #expect(again.status == 400)
        #expect(again.json["message"].string?.contains("create a new one") == true)
        #expect(try await api.delete(ghostPath).status == 200)
        #expect(try await api.wait(ghostPath) { $0.status == 404 }.status == 404)
        #expect(try await api.get(connections).json["totalSize"].int == 1)

        // Deleting the connection disconnects the endpoint; deleting the instance removes its service.
        #expect(try await api.delete(connection).status == 200)
        #expect(try await api.wait(connection) { $0.status == 404 }.status == 404)
        let disconnected = try await AlibabaSeedTests.sdk(
            postern, "endpoint-status", ["--region", "ap-southeast-1", "--uid", AlibabaSeedTests.customerUID, "--endpoint-id", endpointID])
        #expect(["Disconnecting", "Disconnected"].contains(disconnected["connection"].string ?? ""), "\(disconnected)")
        #expect(try await DataPlaneTests.eventually { try await !DataPlaneTests.selectOne(address, port: 4000) }, "no traffic once deleted")
        #expect(try await api.delete(path).json["state"].string == "DELETING")
        #expect(try await api.wait(path, seconds: 60) { $0.status == 404 }.status == 404)
        #expect(try await api.get("/v1beta2/tidbs").json["totalSize"].int == 0)
    }

    @Test func premiumOnAWSCarriesMariaDBThroughTheCustomersEndpoint() async throws {
        let database = try await MariaDB.port()
        let postern = try await PosternProcess()
        let api = try postern.api()
        let (path, service) = try await Self.instance(api, region: "aws-us-west-2", backend: database)
        let serviceName = try #require(service["serviceName"].string)
        #expect(serviceName.hasPrefix("com.amazonaws.vpce.us-west-2.vpce-svc-"))
        let dnsName = try #require(service["serviceDnsName"].string)
        let listed = try await api.get("/v1beta2/tidbs?regionIds=aws-us-west-2")
        #expect(listed.json["tidbs"].array.count == 1)
        #expect(try await api.get("/v1beta2/tidbs?regionIds=alicloud-ap-southeast-1").json["tidbs"].array.isEmpty)
        #expect(try await api.get("/v1beta1/clusters").json["clusters"].array.isEmpty, "Premium instances are not Essential clusters")

        let customer = postern.aws(account: "333333333333", region: "us-west-2")
        let zoneIDs = try await customer.call("ec2", "describe-availability-zones")["AvailabilityZones"].array.compactMap { $0["ZoneId"].string }
        let shared = zoneIDs.filter { service["availableZones"].strings.contains($0) || service["availableZones"].strings.isEmpty }
        let network = try await ConsumerNetwork.make(customer, zoneIDs: Array(shared.prefix(2)))
        let endpoint = try await customer.call(
            ["ec2", "create-vpc-endpoint", "--vpc-id", network.vpcID, "--service-name", serviceName, "--vpc-endpoint-type", "Interface",
             "--security-group-ids", network.securityGroupID, "--subnet-ids"] + network.subnetIDs)["VpcEndpoint"]
        let endpointID = try #require(endpoint["VpcEndpointId"].string)
        let registered = try await api.post("\(path)/privateEndpointConnections", #"{"endpointId": "\#(endpointID)"}"#)
        #expect(registered.status == 200, "\(registered.json)")
        let connection = "\(path)/privateEndpointConnections/\(registered.json["privateEndpointConnectionId"].string ?? "")"
        let active = try await api.wait(connection, until: "endpointState", is: "ACTIVE", seconds: 45)
        #expect(active.json["host"].string == dnsName, "\(active.json)")
        #expect(active.json["cloudProvider"].string == "aws")
        let accepted = try await customer.call("ec2", "describe-vpc-endpoints", "--vpc-endpoint-ids", endpointID)["VpcEndpoints"][0]
        #expect(accepted["State"].string == "available")
        let regional = accepted["DnsEntries"][0]["DnsName"].string ?? ""
        let addresses = try await Dig.addresses(regional, port: postern.dnsPort)
        #expect(addresses.count == 2, "\(addresses)")
        for address in addresses {
            #expect(try await DataPlaneTests.eventually { try await DataPlaneTests.selectOne(address, port: 4000) }, "SELECT 1 through \(address):4000")
        }
        try await customer.call("ec2", "modify-vpc-endpoint", "--vpc-endpoint-id", endpointID, "--private-dns-enabled")
        let view = Dig.view(of: addresses[0])
        #expect(try await DataPlaneTests.eventually { try await Dig.addresses(dnsName, port: postern.dnsPort, from: view).sorted() == addresses.sorted() },
                "the instance's host resolves in the customer's VPC")
        #expect(try await api.delete(path).json["state"].string == "DELETING")
        #expect(try await api.wait(path, seconds: 60) { $0.status == 404 }.status == 404)
        let after = try await customer.call("ec2", "describe-vpc-endpoints", "--vpc-endpoint-ids", endpointID)["VpcEndpoints"][0]
        #expect(after["State"].string == "rejected", "deleting the instance rejects its endpoints: \(after)")
    }
}
