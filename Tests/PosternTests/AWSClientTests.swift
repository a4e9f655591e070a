import Foundation
import PosternAWS
import Testing

/// Postern's own AWS client (the AWS provider's core) against the embedded cloud and moto,
/// with awscli checking what it made.
@Suite struct AWSClientTests {
    /// moto loads a service's backend on its first request: seconds of Python, and far more
    /// when the whole suite shares two cores.
    static let patientTimeout: TimeInterval = 180

    static func client(_ url: String, key: String = "111111111111", secret: String = "secret") -> AWSClient {
        AWSClient(
            credentials: AWSCredentials(accessKeyID: key, secretAccessKey: secret), endpoint: URL(string: url)!,
            timeout: Self.patientTimeout)
    }

    /// EC2 (ec2 protocol), ELBv2 (query, `member` lists), Route 53 (REST-XML: URI labels, query
    /// strings, XML bodies, a header member) and STS, each through the client.
    static func exercise(_ client: AWSClient) async throws -> (vpc: String, balancer: String, zone: String) {
        let vpc = try await client.call(.ec2, "CreateVpc", ["CidrBlock": "10.9.0.0/16"], region: "us-east-1")["Vpc"]?["VpcId"]?.string ?? ""
        var subnets: [String] = []
        for (index, zone) in ["us-east-1a", "us-east-1b"].enumerated() {
            let subnet = try await client.call(
                .ec2, "CreateSubnet", ["VpcId": .string(vpc), "CidrBlock": .string("10.9.\(index).0/24"), "AvailabilityZone": .string(zone)],
                region: "us-east-1")
            subnets.append(subnet["Subnet"]?["SubnetId"]?.string ?? "")
        }
        let described = try await client.call(
            .ec2, "DescribeVpcs", ["Filters": [["Name": "vpc-id", "Values": [.string(vpc)]]]], region: "us-east-1")
        #expect(described["Vpcs"]?.list.first?["CidrBlock"] == "10.9.0.0/16")
        let balancer = try await client.call(
            .elbv2, "CreateLoadBalancer",
            ["Name": "client-nlb", "Type": "network", "Scheme": "internal", "Subnets": .strings(subnets)], region: "us-east-1"
        )["LoadBalancers"]?.list.first?["LoadBalancerArn"]?.string ?? ""
        let zone = try await client.call(
            .route53, "CreateHostedZone",
            ["Name": "client.example.internal", "CallerReference": .string(UUID().uuidString),
             "VPC": ["VPCRegion": "us-east-1", "VPCId": .string(vpc)], "HostedZoneConfig": ["PrivateZone": true]],
            region: "us-east-1")
        #expect(zone["Location"]?.string?.contains("/hostedzone/") == true)
        let zoneID = (zone["HostedZone"]?["Id"]?.string ?? "").replacingOccurrences(of: "/hostedzone/", with: "")
        let change = try await client.call(
            .route53, "ChangeResourceRecordSets",
            ["HostedZoneId": .string(zoneID), "ChangeBatch": ["Changes": [[
                "Action": "UPSERT",
                "ResourceRecordSet": ["Name": "db.client.example.internal", "Type": "A", "TTL": 60, "ResourceRecords": [["Value": "10.9.0.10"]]],
            ]]]], region: "us-east-1")
        #expect(change["ChangeInfo"]?["Id"]?.string?.isEmpty == false)
        let records = try await client.call(
            .route53, "ListResourceRecordSets", ["HostedZoneId": .string(zoneID), "StartRecordName": "db.client.example.internal",
                                                 "StartRecordType": "A", "MaxItems": "1"], region: "us-east-1")
        #expect(records["ResourceRecordSets"]?.list.first?["ResourceRecords"]?.list.first?["Value"] == "10.9.0.10")
        let identity = try await client.call(.sts, "GetCallerIdentity", region: "us-east-1")
        #expect(identity["Account"]?.string?.count == 12)
        return (vpc, balancer, zoneID)
    }

    @Test func clientDrivesTheEmbeddedCloud() async throws {
        let postern = try await PosternProcess()
        let made = try await Self.exercise(Self.client(postern.cloudURL))
        let aws = postern.aws(account: "111111111111")
        #expect(try await aws.call("ec2", "describe-vpcs", "--vpc-ids", made.vpc)["Vpcs"][0]["VpcId"].string == made.vpc)
        let balancer = try await aws.call("elbv2", "describe-load-balancers", "--load-balancer-arns", made.balancer)["LoadBalancers"][0]
        #expect(balancer["AvailabilityZones"].array.count == 2)
        let records = try await aws.call("route53", "list-resource-record-sets", "--hosted-zone-id", made.zone)
        #expect(records["ResourceRecordSets"].array.contains { $0["Name"].string == "db.client.example.internal." })
    }

    @Test func clientErrorsCarryAWSCodes() async throws {
        let postern = try await PosternProcess()
        let client = Self.client(postern.cloudURL)
        do {
            _ = try await client.call(.ec2, "DescribeVpcs", ["VpcIds": ["vpc-0123456789abcdef0"]], region: "us-east-1")
            Issue.record("an unknown VPC was described")
        } catch let error as AWSServiceError {
            #expect(error.code == "InvalidVpcID.NotFound")
            #expect(error.status == 400)
        }
        do {
            _ = try await client.call(.route53, "GetHostedZone", ["Id": "ZNOPE"], region: "us-east-1")
            Issue.record("an unknown hosted zone was found")
        } catch let error as AWSServiceError {
            #expect(error.code == "NoSuchHostedZone")
            #expect(error.status == 404)
        }
    }

    /// The client's signatures pass the embedded cloud's strict check; a wrong secret does not.
    @Test func clientSignaturesPassStrictVerification() async throws {
        let postern = try await PosternProcess(arguments: ["--cloud-verify-signatures"])
        let text = try String(contentsOf: postern.dataDirectory.appendingPathComponent("cloud-credentials"), encoding: .utf8)
        let credentials = try #require(AWSCredentials.profiles(in: text)["default"])
        let client = AWSClient(credentials: credentials, endpoint: URL(string: postern.cloudURL)!)
        _ = try await Self.exercise(client)
        var wrong = credentials
        wrong.secretAccessKey = "not-the-secret"
        let impostor = AWSClient(credentials: wrong, endpoint: URL(string: postern.cloudURL)!)
        for (model, operation) in [(ServiceModel.ec2, "DescribeVpcs"), (.route53, "ListHostedZones")] {
            do {
                _ = try await impostor.call(model, operation, region: "us-east-1")
                Issue.record("\(operation) with a wrong secret was accepted")
            } catch let error as AWSServiceError {
                #expect(error.code == "SignatureDoesNotMatch")
                #expect(error.status == 403)
            }
        }
    }

    /// The same calls against moto; awscli then reads moto's state.
    @Test func clientDrivesMoto() async throws {
        let moto = try await MotoProcess()
        defer { moto.stop() }
        let made = try await Self.exercise(Self.client(moto.url, key: "AKIAPOSTERNTESTS0000"))
        let aws = AWSCLI(endpoint: moto.url, accessKeyID: "AKIAPOSTERNTESTS0000", region: "us-east-1")
        #expect(try await aws.call("ec2", "describe-vpcs", "--vpc-ids", made.vpc)["Vpcs"][0]["CidrBlock"].string == "10.9.0.0/16")
        let balancer = try await aws.call("elbv2", "describe-load-balancers", "--load-balancer-arns", made.balancer)["LoadBalancers"][0]
        #expect(balancer["Scheme"].string == "internal")
        let records = try await aws.call("route53", "list-resource-record-sets", "--hosted-zone-id", made.zone)
        #expect(records["ResourceRecordSets"].array.contains { $0["Name"].string == "db.client.example.internal." })
    }

    /// A change whose answer is lost (the cloud made it, then dropped the connection) is sent
    /// again only when it carries a client token, and then nothing is made twice; a change
    /// without one is left to its caller, made once.
    @Test func lostAnswersAreReplayedOnlyWithAClientToken() async throws {
        var postern = try await PosternProcess()
        let service = try await EndpointServiceFixture.make(postern.aws(account: "222222222222"), zones: ["us-east-1a"], allowing: ["111111111111"])
        let network = try await ConsumerNetwork.make(postern.aws(account: "111111111111"), zoneIDs: service.zoneIDs)
        let directory = postern.dataDirectory
        #expect(postern.stop())
        postern = try await PosternProcess(arguments: ["--faults", "lose-response=1,account=111111111111"], dataDirectory: directory)

        let retry = RetryStrategy(maxAttempts: 3, baseDelay: 0.05)
        let client = AWSClient(
            credentials: AWSCredentials(accessKeyID: "111111111111", secretAccessKey: "secret"), endpoint: URL(string: postern.cloudURL)!,
            retry: retry, timeout: 20)
        await #expect { _ = try await client.call(.ec2, "CreateVpc", ["CidrBlock": "10.7.0.0/16"], region: "us-east-1") } throws: { error in
            (error as? TransportError).map { !$0.isTimeout && !$0.notSent } ?? false
        }
        #expect(retry.quotaLeft == 500, "CreateVpc carries no token: not sent again")
        await #expect(throws: TransportError.self) {
            _ = try await client.call(
                .ec2, "CreateVpcEndpoint",
                ["VpcEndpointType": "Interface", "VpcId": .string(network.vpcID), "ServiceName": .string(service.serviceName),
                 "SubnetIds": .strings(network.subnetIDs), "ClientToken": "lost-answers-1"],
                region: "us-east-1")
        }
        #expect(retry.quotaLeft == 490, "CreateVpcEndpoint with its token: sent three times")

        #expect(postern.stop())
        postern = try await PosternProcess(dataDirectory: directory)
        let customer = postern.aws(account: "111111111111")
        #expect(try await customer.call("ec2", "describe-vpcs", "--filters", "Name=cidr-block,Values=10.7.0.0/16")["Vpcs"].array.count == 1)
        let endpoints = try await customer.call("ec2", "describe-vpc-endpoints")["VpcEndpoints"].array
        #expect(endpoints.count == 1, "three sends, one endpoint: \(endpoints)")
    }

    /// A throttled call is tried the configured number of times, then the throttling error stands.
    @Test func throttlingIsRetriedThenReported() async throws {
        let postern = try await PosternProcess(arguments: ["--faults", "throttle=1"])
        let retry = RetryStrategy(maxAttempts: 4, baseDelay: 0.05)
        let client = AWSClient(
            credentials: AWSCredentials(accessKeyID: "111111111111", secretAccessKey: "secret"), endpoint: URL(string: postern.cloudURL)!,
            retry: retry)
        await #expect { _ = try await client.call(.ec2, "DescribeVpcs", region: "us-east-1") } throws: {
            ($0 as? AWSServiceError)?.code == "RequestLimitExceeded"
        }
        await #expect { _ = try await client.call(.route53, "ListHostedZones", region: "us-east-1") } throws: {
            ($0 as? AWSServiceError)?.code == "Throttling"
        }
        #expect(retry.quotaLeft == 500 - 2 * 3 * 5, "three retries each")
    }

    /// Every page of a paged Describe or List, whatever the service's cursor.
    @Test func pagesAreFollowedToTheEnd() async throws {
        let postern = try await PosternProcess()
        let client = Self.client(postern.cloudURL)
        let vpc = try await client.call(.ec2, "CreateVpc", ["CidrBlock": "10.40.0.0/16"], region: "us-east-1")["Vpc"]?["VpcId"]?.string ?? ""
        var made: [String] = []
        for index in 0..<7 {
            made.append(try await client.call(
                .ec2, "CreateSubnet", ["VpcId": .string(vpc), "CidrBlock": .string("10.40.\(index).0/24"), "AvailabilityZone": "us-east-1a"],
                region: "us-east-1")["Subnet"]?["SubnetId"]?.string ?? "")
        }
        let filter: AWSValue = ["Filters": [["Name": "vpc-id", "Values": [.string(vpc)]]], "MaxResults": 5]
        let pages = try await client.pages(.ec2, "DescribeSubnets", filter, region: "us-east-1")
        #expect(pages.count == 2, "NextToken")
        let all = try await client.callAll(.ec2, "DescribeSubnets", filter, region: "us-east-1")["Subnets"]?.list.compactMap { $0["SubnetId"]?.string } ?? []
        #expect(all.sorted() == made.sorted(), "every subnet, none twice")

        for index in 0..<5 {
            _ = try await client.call(.elbv2, "CreateTargetGroup", ["Name": .string("paged-\(index)"), "Protocol": "TCP", "Port": 80, "VpcId": .string(vpc), "TargetType": "ip"], region: "us-east-1")
        }
        let groups = try await client.pages(.elbv2, "DescribeTargetGroups", ["PageSize": 2], region: "us-east-1")
        #expect(groups.count == 3, "Marker / NextMarker")
        #expect(groups.flatMap { $0["TargetGroups"]?.list ?? [] }.count == 5)
    }
}
