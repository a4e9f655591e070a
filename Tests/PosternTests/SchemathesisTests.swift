import Foundation
import Testing

/// Schemathesis (PyPI) against the served `/openapi.yaml`, every phase (examples, coverage,
/// fuzzing, stateful through the document's links): thousands of generated requests, valid and
/// not, and not one 5xx or answer the document does not allow.
///
/// Two checks are left out, each for a reason the document states: `use_after_free` (a DELETE
/// answers the resource DELETING; it is readable until its deletion finishes, as in TiDB
/// Cloud), and `positive_data_acceptance` (a schema-valid value can still be refused, with a 400
/// naming the rule and the fix: a display name's characters, a region that does not exist, a
/// project that holds an Organization Owner key).
@Suite struct SchemathesisTests {
    @Test func generatedRequestsGetNoServerErrorAndNothingOffTheDocument() async throws {
        let postern = try await PosternProcess()
        let key = try postern.adminKey
        let reports = Scratch.path("schemathesis")
        let examples = ProcessInfo.processInfo.environment["POSTERN_SCHEMATHESIS_EXAMPLES"] ?? "20"
        let result = try await Subprocess.run(
            ["schemathesis", "run", "\(postern.controlURL)/openapi.yaml", "--header", "Authorization: Bearer \(key.publicKey):\(key.privateKey)",
             "--phases", "examples,coverage,fuzzing,stateful", "--checks", "all", "--exclude-checks", "use_after_free,positive_data_acceptance",
             "--max-examples", examples, "--seed", "20261202", "--workers", "2", "--request-timeout", "20",
             "--report", "ndjson", "--report-dir", reports.path, "--no-color"],
            environment: ProcessInfo.processInfo.environment.merging(["SCHEMATHESIS_HOOKS": ""]) { _, new in new })
        let output = result.stdout + result.stderr
        #expect(result.status == 0, "schemathesis found failures:\n\(output.suffix(20000))")
        let generated = output.firstMatch(of: /(\d+) generated/).flatMap { Int($0.1) } ?? 0
        #expect(generated >= 2000, "only \(generated) test cases were generated:\n\(output.suffix(2000))")
        let requests = try FileManager.default.contentsOfDirectory(atPath: reports.path).filter { $0.hasSuffix(".ndjson") }
            .map { try String(contentsOf: reports.appendingPathComponent($0), encoding: .utf8) }.joined()
            .components(separatedBy: "\"request\"").count - 1
        print("schemathesis: \(generated) test cases, \(requests) requests recorded")
        #expect(try await postern.api().get("/healthz").status == 200, "the server still answers")
        #expect(postern.process.isRunning, "the server is still running")
    }
}
