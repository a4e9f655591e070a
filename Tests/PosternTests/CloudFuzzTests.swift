import Foundation
import Testing

/// The embedded cloud fed malformed requests (`Fixtures/cloud-fuzz.py`): AWS Query forms and
/// Route 53 XML, Alibaba Cloud RPC and ACS3 requests, with garbage, truncated and hostile bodies
/// and signatures. Each is answered, none with a 5xx, every refusal with the cloud's own error
/// body; and the cloud still answers after.
@Suite struct CloudFuzzTests {
    static func fuzz(_ url: String, count: Int, seed: Int) async throws -> JSON {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/cloud-fuzz.py")
        let result = try await Subprocess.run(["python3", fixture.path, "--url", url, "--count", String(count), "--seed", String(seed)])
        #expect(result.status == 0, "\(result.stderr)")
        return JSON(parsing: result.stdout)
    }

    @Test func malformedRequestsGetClearErrorsAndNoCrash() async throws {
        let postern = try await PosternProcess()
        let report = try await Self.fuzz(postern.cloudURL, count: 2000, seed: 1)
        #expect(report["sent"].int == 2000, "\(report)")
        #expect(report["failureCount"].int == 0, "\(report["failures"])")
        #expect((report["refused"].int ?? 0) > 1500, "most of it is refused: \(report)")
        #expect(postern.process.isRunning)
        #expect(try await postern.api().get("/healthz").status == 200)
    }

    @Test func aCloudCheckingSignaturesRefusesThemClearlyToo() async throws {
        let lease = try await SlotLease()
        let directory = Scratch.path("postern-cloud-test")
        let cloud = try await PosternDaemon(
            ["cloud", "--data-dir", directory.path, "--port", "0", "--dns-port", "0", "--cloud-verify-signatures",
             "--vpc-slots", "\(lease.slots.lowerBound)-\(lease.slots.upperBound)"],
            dataDirectory: directory)
        defer { cloud.stop() }
        let report = try await Self.fuzz(cloud.cloudURL, count: 1000, seed: 2)
        #expect(report["sent"].int == 1000, "\(report)")
        #expect(report["failureCount"].int == 0, "\(report["failures"])")
        #expect(report["accepted"].int == 0, "nothing unsigned or badly signed is done: \(report)")
        #expect(cloud.process.isRunning)
    }
}
