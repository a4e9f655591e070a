import Foundation
import PosternAWS
import Testing

/// The control plane on its own against "AWS": `postern cloud` plays it, and
/// `postern serve --cloud aws` reaches each service through its own AWS_ENDPOINT_URL_<SERVICE>,
/// as a role it assumes from a profile.
@Suite struct RunAgainstAWSTests {
    @Test func seedsRunThroughAControlPlaneThatAssumesThePlatformRole() async throws {
        let postern = try await SplitPostern()
        #expect(postern.control.output.contains("platform provider: AWS with role \(SplitPostern.platformRole) assumed with profile operator"),
                "\(postern.control.output)")
        #expect(postern.control.output.contains("ec2 \(postern.cloudURL)"))
        #expect(postern.control.output.contains("route_53 \(postern.cloudURL)"))
        #expect(!postern.control.output.contains("embedded cloud"), "serve --cloud aws starts no embedded cloud")
        #expect(!postern.control.output.contains("DNS server"), "nor a DNS server")

        try await PrivateLinkConnectionTests.walkSeed004(postern)
        try await PrivateEndpointTests.walkSeed000(postern)

        // The platform's resources are in the role's account, none in the operator's own.
        let platform = postern.aws(account: "100000000000", region: "us-west-2")
        let vpcs = try await platform.call("ec2", "describe-vpcs", "--filters", "Name=tag:postern:platform,Values=true")["Vpcs"]
        #expect(vpcs.array.count == 1)
        #expect(vpcs[0]["OwnerId"].string == "100000000000")
        let own = try await postern.aws(account: "999999999999", region: "us-west-2").call("ec2", "describe-vpcs")["Vpcs"]
        #expect(!own.array.contains { $0["Tags"].array.contains { $0["Key"].string == "postern:platform" } })
    }

    @Test func theControlPlaneAloneMayListenOnAnyAddressAndNeedsCredentials() async throws {
        let missing = try await Subprocess.run(
            [try PosternProcess.binary().path, "serve", "--cloud", "aws", "--host", "0.0.0.0", "--port", "0", "--data-dir",
             Scratch.path("postern-test").path],
            environment: ["HOME": Scratch.path("home").path, "AWS_EC2_METADATA_DISABLED": "true", "PATH": "/usr/bin:/bin"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("No AWS credentials"), "\(missing.stderr)")
        #expect(!missing.stderr.contains("loopback"), "--host 0.0.0.0 is allowed without the embedded cloud")

        let embedded = try await Subprocess.run(
            [try PosternProcess.binary().path, "serve", "--host", "0.0.0.0", "--port", "0", "--data-dir", Scratch.path("postern-test").path])
        #expect(embedded.status != 0)
        #expect(embedded.stderr.contains("--host must be a loopback address"))
        #expect(embedded.stderr.contains("--cloud aws"))

        let misplaced = try await Subprocess.run([try PosternProcess.binary().path, "serve", "--cloud", "aws", "--faults", "throttle=0.5"])
        #expect(misplaced.status != 0)
        #expect(misplaced.stderr.contains("give them to postern cloud"), "\(misplaced.stderr)")

        let badFaults = try await Subprocess.run([try PosternProcess.binary().path, "cloud", "--faults", "throttle=2"])
        #expect(badFaults.status != 0)
        #expect(badFaults.stderr.contains("from 0 to 1"), "\(badFaults.stderr)")
    }
}
