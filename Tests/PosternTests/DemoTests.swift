import Foundation
import Testing

/// `postern demo` on its own temporary server, with the default cloud delay: all four seeds
/// walked, exit 0.
@Suite struct DemoTests {
    @Test func demoWalksTheFourSeeds() async throws {
        let result = try await Subprocess.run([try PosternProcess.binary().path, "demo", "--no-color"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        for heading in ["== Seed 003", "== Seed 004", "== Seed 000", "== Seed 002"] { #expect(result.stdout.contains(heading)) }
        #expect(result.stdout.contains("$ aws ec2 accept-vpc-endpoint-connections"))
        #expect(result.stdout.contains("state: ACTIVE"))
        // Seed 004's endpoint carries bytes to the demo's RDS stand-in, and the usage counts them.
        #expect(result.stdout.contains("  RDS stand-in: you reached me through the endpoint\n  hello\n"), "\(result.stdout)")
        #expect(result.stdout.contains("  bytesIn: 6  bytesOut: 56  connections: 1"), "\(result.stdout)")
        #expect(result.stdout.contains("ACTIVE  Host: privatelink-"))
        // Seed 002: the Alibaba Cloud endpoint, registered with its domain, reaches the Premium instance's stand-in.
        #expect(result.stdout.contains("$ aliyun privatelink CreateVpcEndpoint"), "\(result.stdout)")
        #expect(result.stdout.contains("$ postern premium private-endpoint create -t "))
        #expect(result.stdout.contains(".privatelink.aliyuncs.com  Port: 4000"), "\(result.stdout)")
        #expect(result.stdout.components(separatedBy: "  RDS stand-in: you reached me through the endpoint\n  hello\n").count == 3,
                "both seed 004's and seed 002's endpoints reach the stand-in: \(result.stdout)")
        #expect(result.stdout.contains("All four seeds walked in"))
    }
}
