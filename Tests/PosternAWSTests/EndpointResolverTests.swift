import Foundation
import PosternAWS
import Testing

/// Endpoints as the AWS SDKs resolve them: AWS's own hosts per service, region and partition,
/// and configured URLs in the SDKs' order.
@Suite struct EndpointResolverTests {
    static let services = AWSClient.services

    func resolver(_ environment: [String: String], config: String = "", profile: String? = nil) throws -> AWSEndpointResolver {
        let shared = AWSSharedConfig.parse(
            config: config, credentials: "", profile: profile ?? environment["AWS_PROFILE"] ?? "default", explicit: profile != nil,
            environment: environment)
        return try AWSEndpointResolver.standard(config: shared, services: Self.services)
    }

    @Test func awsOwnHostsPerServiceAndPartition() throws {
        let own = try resolver([:])
        let cases: [(ServiceModel, String, String, String)] = [
            (.ec2, "us-west-2", "https://ec2.us-west-2.amazonaws.com", "us-west-2"),
            (.elbv2, "eu-central-1", "https://elasticloadbalancing.eu-central-1.amazonaws.com", "eu-central-1"),
            (.sts, "ap-southeast-1", "https://sts.ap-southeast-1.amazonaws.com", "ap-southeast-1"),
            (.cloudWatch, "us-east-1", "https://monitoring.us-east-1.amazonaws.com", "us-east-1"),
            (.route53, "us-west-2", "https://route53.amazonaws.com", "us-east-1"),
            (.ec2, "cn-north-1", "https://ec2.cn-north-1.amazonaws.com.cn", "cn-north-1"),
            (.route53, "cn-north-1", "https://route53.amazonaws.com.cn", "cn-northwest-1"),
            (.ec2, "us-gov-west-1", "https://ec2.us-gov-west-1.amazonaws.com", "us-gov-west-1"),
            (.route53, "us-gov-east-1", "https://route53.us-gov.amazonaws.com", "us-gov-west-1"),
            (.sts, "us-iso-east-1", "https://sts.us-iso-east-1.c2s.ic.gov", "us-iso-east-1"),
        ]
        for (model, region, url, signing) in cases {
            let endpoint = own.resolve(model, region: region)
            #expect(endpoint.url.absoluteString == url, "\(model.metadata.serviceId) in \(region)")
            #expect(endpoint.signingRegion == signing, "\(model.metadata.serviceId) in \(region)")
            #expect(!endpoint.isConfigured)
        }
        #expect(AWSPartition.of(region: "us-gov-west-1").id == "aws-us-gov")
        #expect(AWSPartition.of(region: "cn-northwest-1").id == "aws-cn")
        #expect(AWSPartition.of(region: "il-central-1").id == "aws")
    }

    @Test func serviceVariablesAreNamedAfterServiceIDs() {
        #expect(Self.services.map(AWSEndpointResolver.environmentVariable) == [
            "AWS_ENDPOINT_URL_EC2", "AWS_ENDPOINT_URL_ELASTIC_LOAD_BALANCING_V2", "AWS_ENDPOINT_URL_ROUTE_53", "AWS_ENDPOINT_URL_STS",
            "AWS_ENDPOINT_URL_CLOUDWATCH",
        ])
    }

    /// A service's variable, then the global variable, then the profile's services section,
    /// then the profile's endpoint_url.
    @Test func configuredEndpointsInTheSDKsOrder() throws {
        let config = """
            [profile platform]
            endpoint_url = http://127.0.0.1:7000
            services = local
            [services local]
            route_53 =
              endpoint_url = http://127.0.0.1:7053
            sts =
              endpoint_url = http://127.0.0.1:7010
            """
        let onlyFile = try resolver([:], config: config, profile: "platform")
        #expect(onlyFile.resolve(.route53, region: "us-west-2").url.absoluteString == "http://127.0.0.1:7053")
        #expect(onlyFile.resolve(.route53, region: "us-west-2").signingRegion == "us-east-1")
        #expect(onlyFile.resolve(.sts, region: "us-west-2").url.absoluteString == "http://127.0.0.1:7010")
        #expect(onlyFile.resolve(.ec2, region: "us-west-2").url.absoluteString == "http://127.0.0.1:7000")

        let withVariables = try resolver(
            ["AWS_ENDPOINT_URL_EC2": "http://127.0.0.1:8001", "AWS_ENDPOINT_URL": "http://127.0.0.1:8000"], config: config, profile: "platform")
        #expect(withVariables.resolve(.ec2, region: "us-west-2").url.absoluteString == "http://127.0.0.1:8001")
        // The global variable outranks the file's service section.
        #expect(withVariables.resolve(.route53, region: "us-west-2").url.absoluteString == "http://127.0.0.1:8000")
        #expect(withVariables.resolve(.elbv2, region: "us-west-2").url.absoluteString == "http://127.0.0.1:8000")

        let ignored = try resolver(["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS": "true", "AWS_ENDPOINT_URL": "http://127.0.0.1:8000"], config: config)
        #expect(ignored.resolve(.ec2, region: "us-west-2").url.absoluteString == "https://ec2.us-west-2.amazonaws.com")
    }

    @Test func aBadEndpointURLNamesWhereItWasWritten() {
        #expect {
            _ = try resolver(["AWS_ENDPOINT_URL_ROUTE_53": "127.0.0.1:9000"])
        } throws: { error in
            "\(error)".contains("AWS_ENDPOINT_URL_ROUTE_53") && "\(error)".contains("https://host[:port]")
        }
    }

    @Test func sharedFilesMergeProfilesAndSubsections() {
        let shared = AWSSharedConfig.parse(
            config: """
                [default]
                region = us-west-2
                [profile ops]
                # the platform role
                role_arn = arn:aws:iam::100000000000:role/postern
                source_profile = base
                """,
            credentials: """
                [base]
                aws_access_key_id = AKIAEXAMPLE
                aws_secret_access_key = secret
                [ops]
                region = eu-west-1
                """,
            profile: "ops")
        #expect(shared.profile?["role_arn"] == "arn:aws:iam::100000000000:role/postern")
        #expect(shared.profile?["region"] == "eu-west-1")
        #expect(shared.profiles["base"]?["aws_access_key_id"] == "AKIAEXAMPLE")
        #expect(shared.profiles["default"]?["region"] == "us-west-2")
    }
}
