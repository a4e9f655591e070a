import Foundation
import Testing

/// The README's walkthroughs (seeds 003, 000 and 004 with aws and curl, seed 004 on Alibaba Cloud
/// and seed 002 with Alibaba Cloud's SDK, projects, then seeds 004 and 000 again with only
/// postern and aws), run as written against a fresh `postern serve`.
@Suite struct ReadmeWalkthroughTests {
    @Test func readmeCommandsRunAsWritten() async throws {
        let postern = try await PosternProcess(slotRanges: 2)
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let start = try #require(text.range(of: "## Pointing `aws`"))
        let end = try #require(text.range(of: "## What the embedded cloud enforces"))
        var script = "set -e\n"
        for block in text[start.upperBound..<end.lowerBound].components(separatedBy: "```bash\n").dropFirst() {
            script += block.components(separatedBy: "```")[0]
        }
        script = script.replacingOccurrences(of: "http://127.0.0.1:4081", with: postern.cloudURL)
            .replacingOccurrences(of: "http://127.0.0.1:4080", with: postern.controlURL)
            .replacingOccurrences(of: "~/.local/share/postern/", with: postern.dataDirectory.path + "/")
            .replacingOccurrences(of: "-p 4053", with: "-p \(postern.dnsPort)")
            .replacingOccurrences(of: "--dns 127.0.0.1:4053", with: "--dns 127.0.0.1:\(postern.dnsPort)")
        // The README shows the private-DNS failure of the seed's troubleshooting: it must fail.
        let failing = "aws ec2 modify-vpc-endpoint --vpc-endpoint-id $VPCE --private-dns-enabled\n#"
        #expect(script.contains(failing))
        script = script.replacingOccurrences(of: failing, with: "! " + failing)

        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("AWS_") }
        environment["AWS_CONFIG_FILE"] = "/dev/null"
        environment["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null"
        environment["AWS_MAX_ATTEMPTS"] = "1"
        environment["AWS_PAGER"] = ""
        // The client finds the admin key of a server on the default data directory; this one has its own.
        let key = try postern.adminKey
        environment["PATH"] = try PosternProcess.binary().deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        environment["POSTERN_API_URL"] = postern.controlURL
        environment["POSTERN_PUBLIC_KEY"] = key.publicKey
        environment["POSTERN_PRIVATE_KEY"] = key.privateKey
        environment["DB_PORT"] = String(try await MariaDB.port())
        environment["XDG_CONFIG_HOME"] = postern.dataDirectory.appendingPathComponent("config").path
        let result = try await Subprocess.run(["bash", "-c", script], environment: environment)
        let status = result.status
        let printed = result.stdout + result.stderr
        #expect(status == 0, "the README walkthrough failed:\n\(printed.suffix(3000))\nThe server's log ends:\n\(postern.output.suffix(4000))")
        #expect(printed.contains("\"pendingAcceptance\""))
        #expect(printed.contains("\"available\""))
        #expect(printed.contains("enableDnsSupport and enableDnsHostnames"))
        #expect(printed.contains(#""state": "ACTIVE""#))
        #expect(printed.contains(#""endpointState": "ACTIVE""#), "seed 000's endpoint connection")
        #expect(printed.contains(".clusters.tidb-cloud.com\""), "the private DNS name among the endpoint's DNS entries")
        #expect(printed.contains(".aws.plc.tidbcloud.com."), "the attached domains' records in Route 53")
        #expect(printed.contains("domnprzqrog.us-west-2"))
        #expect(printed.contains("DELETING"))
        #expect(printed.contains("\n404\n"), "another project's key does not see the cluster")
        #expect(printed.contains("FIX  the connection's endpoint"), "the doctor names the missing acceptance")
        #expect(printed.contains("Successfully detached domains:\n*.domnprzqrog.us-west-2.aws.confluent.cloud"))
        #expect(printed.contains("Private link connection deleted"))
        #expect(printed.contains("FIX  its security group allows TCP 4000"))
        #expect(printed.contains("OK   private DNS is enabled on the endpoint"))
        #expect(printed.contains("mysql --comments -h privatelink-"))
        #expect(printed.contains("through seed 000's endpoint"), "MySQL through the Dedicated endpoint")
        #expect(printed.contains("through seed 004's endpoint"), "MySQL through the private link connection's endpoint")
        #expect(printed.contains("nothing connects after delete"))
        #expect(printed.contains("\"bytesIn\""), "the usage addition")
        #expect(printed.contains("through seed 004's Alibaba Cloud endpoint"), "MySQL through the Alibaba Cloud connection's endpoint")
        #expect(printed.contains(".alicloud.plc.tidbcloud.com"), "the Alibaba Cloud attached domain")
        #expect(printed.contains("FIX  its connection is Connected (Disconnected)"), "the doctor before seed 002's registration")
        #expect(printed.contains("through seed 002's endpoint"), "MySQL through the Premium instance's Alibaba Cloud endpoint")
        #expect(printed.contains("OK   a server answers on TCP 4000 through the endpoint's domain ep-"))
        #expect(printed.contains("Premium instance") && printed.contains(" deleted"))
    }
}
