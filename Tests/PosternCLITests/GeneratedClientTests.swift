import Foundation
import Hummingbird
import HummingbirdTesting
import PosternServer
import PosternStore
import Testing

@testable import PosternCLI

/// The client's transport against the real router on a loopback port: the generated calls,
/// Digest, and refusals rendered as ticloud renders them.
@Suite struct GeneratedClientTests {
    static func withServer(_ body: @Sendable (URL, String, String) async throws -> Void) async throws {
        let store = try SQLiteStore()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("postern-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = try await AdminKey.ensure(store: store, dataDirectory: directory)
        let key = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: String] ?? [:]
        let app = Application(router: try ControlPlane.router(store: store), configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in
            let port = try #require(client.port)
            try await body(URL(string: "http://127.0.0.1:\(port)")!, key["publicKey"] ?? "", key["privateKey"] ?? "")
        }
    }

    @Test func typedCallsAnswerTheDigestChallenge() async throws {
        try await Self.withServer { url, publicKey, privateKey in
            let api = API(baseURL: url, publicKey: publicKey, privateKey: privateKey)
            let regions = try await api.json { try await $0.listRegions().ok.body.json }
            #expect((regions["regions"] as? [[String: Any]])?.count == 7)
            let cluster = try await api.call {
                try await $0.createCluster(body: .json(.init(displayName: "typed", region: .init(name: "regions/aws-us-west-2")))).ok.body.json
            }
            #expect(cluster.state == .creating)
            let id = try #require(cluster.clusterId)
            let shown = try await ServerlessCommand.cluster(id)(api)
            #expect(shown["displayName"] as? String == "typed")
            #expect((shown["createTime"] as? String)?.hasSuffix("Z") == true, "times print as ISO 8601: \(shown)")
            let page = try await Pickers.clusters(api)
            #expect(page.compactMap { $0["clusterId"] as? String } == [id])
        }
    }

    @Test func refusalsReadAsTiCloudRendersThem() async throws {
        try await Self.withServer { url, publicKey, privateKey in
            let api = API(baseURL: url, publicKey: publicKey, privateKey: privateKey)
            let missing = await #expect(throws: APIFailure.self) {
                _ = try await api.call { try await $0.getCluster(path: .init(clusterId: "1234567890123456789")).ok }
            }
            #expect(missing?.status == 404)
            #expect(missing?.description.hasPrefix("[GET /v1beta1/clusters/1234567890123456789][404 Not Found][<trace_id>] {") == true)
            #expect(missing?.message?.contains("not found") == true)
            let invalid = await #expect(throws: APIFailure.self) {
                _ = try await api.call {
                    try await $0.createCluster(body: .json(.init(displayName: "x", region: .init(name: "regions/aws-us-west-2")))).ok
                }
            }
            #expect(invalid?.status == 400)
            let wrong = API(baseURL: url, publicKey: publicKey, privateKey: "not-the-key")
            let refused = await #expect(throws: APIFailure.self) { _ = try await wrong.call { try await $0.listRegions().ok } }
            #expect(refused?.status == 401)
        }
    }
}
