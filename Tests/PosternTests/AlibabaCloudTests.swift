import Foundation
import Testing

/// The embedded cloud's Alibaba Cloud, driven by Alibaba Cloud's official Python SDKs
/// (PrivateLink, VPC, ECS, NLB, PrivateZone) with strict signatures: PrivateLink's handshake
/// between an endpoint service's owner and a consumer, each of its rules as the SDK sees it,
/// and real MariaDB traffic through the endpoint, found by its domain in Postern's DNS.
@Suite struct AlibabaCloudTests {
    /// `postern cloud` checking every signature, with a provisioning delay so that states pass by.
    final class Cloud: @unchecked Sendable {
        let daemon: PosternDaemon
        let directory: URL
        private let lease: SlotLease
        var endpoint: String { daemon.cloudURL.replacingOccurrences(of: "http://", with: "") }
        var credentials: String { directory.appendingPathComponent("alibaba-credentials").path }

        init(delay: String = "1s") async throws {
            directory = Scratch.path("postern-cloud-test")
            lease = try await SlotLease()
            daemon = try await PosternDaemon(
                ["cloud", "--data-dir", directory.path, "--port", "0", "--dns-port", "0", "--cloud-verify-signatures",
                 "--vpc-slots", "\(lease.slots.lowerBound)-\(lease.slots.upperBound)", "--cloud-delay", delay],
                dataDirectory: directory)
        }

        /// Runs one scenario of Fixtures/alibaba-sdk.py and reads the JSON it ends with.
        func sdk(_ scenario: String, _ arguments: [String] = []) async throws -> JSON {
            let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/alibaba-sdk.py")
            let result = try await Subprocess.run(
                ["python3", script.path, scenario, "--endpoint", endpoint, "--credentials", credentials] + arguments)
            guard result.status == 0, let last = result.stdout.split(separator: "\n").last else {
                throw PosternTestError("alibaba-sdk.py \(scenario) failed (\(result.status)): \(result.stdout)\(result.stderr)\n\(daemon.output)")
            }
            return JSON(parsing: String(last))
        }

        deinit { daemon.stop() }
    }

    @Test func privateLinkHandshakeRulesAndTrafficThroughTheOfficialSDKs() async throws {
        let database = try await MariaDB.port()
        let cloud = try await Cloud()
        let run = try await cloud.sdk("embedded-cloud", ["--backend-port", String(database)])

        #expect(run["regions"].strings == ["ap-southeast-1", "cn-beijing", "cn-hangzhou", "cn-shanghai"])
        #expect(run["zones"].strings.contains("cn-hangzhou-j"))
        let serviceID = try #require(run["serviceId"].string)
        #expect(run["serviceName"].string == "com.aliyuncs.privatelink.cn-hangzhou.\(serviceID)")
        #expect(run["serviceDomain"].string == "\(serviceID).cn-hangzhou.privatelink.aliyuncs.com")
        #expect(run["serviceZones"].strings == ["cn-hangzhou-j", "cn-hangzhou-k"])
        #expect(run["autoAccept"].bool == false)
        #expect(run["allowList"].array.map(\.description) == ["2222222222222222"], "\(run["allowList"])")
        #expect(run["allowListTotal"].string == "1", "TotalCount is a string in ListVpcEndpointServiceUsers")
        #expect(run["visibleToConsumer"].strings == [serviceID])

        let errors = run["errors"]
        #expect(errors["notAuthorized"].string == "EndpointServiceNotAuthorized", "\(errors)")
        #expect(errors["unsupportedZone"].string == "EndpointServiceNotSupportedZone")
        #expect(errors["missingService"].string == "EndpointServiceNotFound")
        #expect(errors["noSecurityGroup"].string == "EndpointMustContainSecurityGroup")
        #expect(errors["endpointNotFound"].string == "EndpointNotFound")
        #expect(errors["missingRegion"].string == "MissingParameter")
        #expect(errors["dryRun"].string == "DryRunOperation")
        #expect(errors["serviceHasResources"].string == "EndpointServiceDependenceViolation")
        #expect(errors["loadBalancerInUse"].string == "ResourceInUse.loadBalancer")
        #expect(errors["wrongSecret"].string == "SignatureDoesNotMatch")

        let endpointID = try #require(run["endpointId"].string)
        let domain = "\(endpointID).\(serviceID).cn-hangzhou.privatelink.aliyuncs.com"
        #expect(run["created"]["status"].string == "Creating")
        #expect(run["created"]["connection"].string == "Disconnected")
        #expect(run["created"]["domain"].string == domain)
        #expect(run["active"]["status"].string == "Active")
        #expect(run["active"]["connection"].string == "Disconnected", "the service requires acceptance")
        #expect(run["ownerSees"]["status"].strings == ["Disconnected"])
        #expect(run["ownerSees"]["total"].string == "1")
        #expect(run["ownerSees"]["owner"].array.map(\.description) == ["2222222222222222"])
        #expect(run["connected"]["connection"].string == "Connected")
        let zone = run["connected"]["zones"][0]
        #expect(run["connected"]["zoneTotal"].int == 1, "TotalCount is a number in ListVpcEndpointZones")
        #expect(zone["zone"].string == "cn-hangzhou-j")
        #expect(zone["status"].string == "Connected")
        #expect(zone["domain"].string == "\(endpointID)-cn-hangzhou.\(serviceID).cn-hangzhou-j.privatelink.aliyuncs.com")
        #expect(run["autoAccepted"]["created"].string == "Connecting", "a service with AutoAcceptEnabled takes the endpoint at once: \(run["autoAccepted"])")
        #expect(run["autoAccepted"]["settled"].string == "Connected")
        #expect(run["autoAccepted"]["status"].string == "Active")

        // The endpoint's domain and its zone's resolve to its one address; MariaDB answers there.
        let dnsPort = cloud.daemon.dnsPort
        let addresses = try await Dig.addresses(domain, port: dnsPort)
        #expect(addresses.count == 1, "\(addresses)")
        let address = try #require(addresses.first)
        #expect(address.hasPrefix("127.") && address.hasSuffix(".1.4"), "10.8.1.4 of the consumer's VPC, on loopback: \(address)")
        #expect(try await Dig.addresses(zone["domain"].string ?? "", port: dnsPort) == [address])
        #expect(try await DataPlaneTests.eventually { try await DataPlaneTests.selectOne(address, port: 3306) }, "MariaDB through the endpoint")

        // A private zone in the consumer's VPC: a CNAME to the endpoint's domain, an A record.
        let zoneRun = try await cloud.sdk("private-zone", ["--target", domain])
        #expect(zoneRun["records"].strings == ["fixed A 10.8.1.200", "orders CNAME \(domain)"])
        #expect(zoneRun["deleteBound"].string == "Zone.VpcExists")
        let view = Dig.view(of: address)
        #expect(try await Dig.addresses("orders.db.internal", port: dnsPort, from: view) == [address])
        #expect(try await Dig.addresses("fixed.db.internal", port: dnsPort, from: view) == [String(address.dropLast(".1.4".count)) + ".1.200"])
        #expect(try await Dig.status("orders.db.internal", port: dnsPort) == "REFUSED", "outside the bound VPC no zone holds the name")

        // Disallowed, the endpoint carries nothing; deleted, it and its names are gone.
        let disconnected = try await cloud.sdk("disconnect", ["--service", serviceID, "--endpoint-id", endpointID])
        #expect(disconnected["connection"].string == "Disconnected")
        #expect(try await DataPlaneTests.eventually { try await !DataPlaneTests.selectOne(address, port: 3306) }, "no traffic once disconnected")
        let deleted = try await cloud.sdk("delete", ["--endpoint-id", endpointID])
        #expect(deleted["afterDelete"].string == "EndpointNotFound")
        #expect(try await DataPlaneTests.eventually { try await Dig.status(domain, port: dnsPort) == "NXDOMAIN" })
    }
}
