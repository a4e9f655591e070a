import Foundation
import Testing

/// `/metrics` of a running `postern serve`: the control plane's own families move with what it does.
@Suite struct TelemetryTests {
    /// Every sample of `/metrics` as `name{labels}` → value.
    static func samples(_ postern: PosternProcess) async throws -> [String: Double] {
        let run = try await Subprocess.run(["curl", "-s", "--max-time", "10", postern.controlURL + "/metrics"])
        var samples: [String: Double] = [:]
        for line in run.stdout.split(separator: "\n") where !line.hasPrefix("#") {
            guard let space = line.lastIndex(of: " "), let value = Double(line[line.index(after: space)...]) else { continue }
            samples[String(line[..<space])] = value
        }
        return samples
    }

    /// The sum over samples of family `name` whose labels include every one of `labels`.
    static func total(_ samples: [String: Double], _ name: String, _ labels: [String] = []) -> Double {
        samples.filter { key, _ in
            (key == name || key.hasPrefix(name + "{")) && labels.allSatisfy { key.contains($0) }
        }.values.reduce(0, +)
    }

    @Test func metricsMoveWithRequestsStepsAndCloudCalls() async throws {
        let postern = try await PosternProcess()
        let api = try postern.api()
        _ = try await api.get("/v1beta1/clusters")
        let before = try await Self.samples(postern)
        #expect(!before.isEmpty, "/metrics answers")

        let cluster = try await PrivateLinkConnectionTests.activeCluster(api)
        #expect(try await api.get("/v1beta1/clusters/\(cluster)").status == 200)
        let after = try await Self.samples(postern)

        let created = #"http_route="/v1beta1/clusters""#, post = #"http_request_method="POST""#
        #expect(Self.total(after, "hb_requests", [created, post, #"http_response_status_code="200""#])
                > Self.total(before, "hb_requests", [created, post]), "\(after.keys.filter { $0.hasPrefix("hb_") }.sorted())")
        #expect(Self.total(after, "http_server_request_duration_count", [created, post]) >= 1, "latency is a histogram")
        let settled = [#"kind="cluster""#, #"outcome="settled""#]
        #expect(Self.total(after, "postern_reconcile_steps_total", settled) > Self.total(before, "postern_reconcile_steps_total", settled),
                "\(after.keys.filter { $0.hasPrefix("postern_reconcile") }.sorted())")
        #expect(Self.total(after, "postern_reconcile_step_duration_seconds_count", [#"kind="cluster""#]) >= 1)
        #expect(after.keys.contains { $0.hasPrefix("postern_resources_due{") && $0.contains(#"kind="privateLinkConnection""#) })
        let identity = [#"service="sts""#, #"operation="GetCallerIdentity""#, #"result="ok""#]
        #expect(Self.total(after, "postern_cloud_calls_total", identity) >= 1, "the platform network was found through STS")
        #expect(Self.total(after, "postern_cloud_calls_total", [#"service="ec2""#]) > Self.total(before, "postern_cloud_calls_total", [#"service="ec2""#]))
        #expect(Self.total(after, "postern_cloud_call_duration_seconds_count", [#"service="ec2""#]) >= 1)

        let refused = try await api.get("/v1beta1/clusters/1234567890123456789")
        #expect(refused.status == 404)
        let later = try await Self.samples(postern)
        #expect(Self.total(later, "hb_requests", [#"http_response_status_code="404""#]) >= 1)
    }
}
