import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PosternAlibaba
import Synchronization
import Testing

/// The ECS RAM role credentials against a stand-in for the instance's metadata service on
/// loopback: the session token first, the role's name, its STS credentials, cached until five
/// minutes before they expire, and a client signing with them.
@Suite struct ECSRAMRoleTests {
    final class Metadata: Sendable {
        let tokens = Mutex(0)
        let roleLists = Mutex(0)
        let credentialReads = Mutex(0)
        let refusedWithoutToken = Mutex(0)
    }

    /// Runs `body` with the stand-in's URL; its credentials expire `lifetime` seconds after each read.
    static func withMetadata(lifetime: TimeInterval, tokens: Bool = true, _ body: @Sendable (String, Metadata) async throws -> Void) async throws {
        let metadata = Metadata()
        let token = "session-\(UUID().uuidString)"
        let router = Router()
        router.put("/latest/api/token") { request, _ -> Response in
            guard tokens, request.headers[HTTPField.Name("X-aliyun-ecs-metadata-token-ttl-seconds")!] != nil else { return Response(status: .forbidden) }
            metadata.tokens.withLock { $0 += 1 }
            return Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: token)))
        }
        @Sendable func authorized(_ request: Request) -> Bool {
            let given = request.headers[HTTPField.Name("X-aliyun-ecs-metadata-token")!]
            if tokens && given != token {
                metadata.refusedWithoutToken.withLock { $0 += 1 }
                return false
            }
            return true
        }
        router.get("/latest/meta-data/ram/security-credentials/") { request, _ -> Response in
            guard authorized(request) else { return Response(status: .unauthorized) }
            metadata.roleLists.withLock { $0 += 1 }
            return Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: "postern-platform\n")))
        }
        router.get("/latest/meta-data/ram/security-credentials/{role}") { request, context -> Response in
            guard authorized(request) else { return Response(status: .unauthorized) }
            guard context.parameters.get("role") == "postern-platform" else { return Response(status: .notFound) }
            let read = metadata.credentialReads.withLock { count -> Int in
                count += 1
                return count
            }
            let formatter = ISO8601DateFormatter()
            let json = """
                {"AccessKeyId":"STS.role-key-\(read)","AccessKeySecret":"s3cret","SecurityToken":"role-token-\(read)",
                 "Expiration":"\(formatter.string(from: Date().addingTimeInterval(lifetime)))","LastUpdated":"\(formatter.string(from: Date()))","Code":"Success"}
                """
            return Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: json)))
        }
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in
            try await body("http://127.0.0.1:\(try #require(client.port))", metadata)
        }
    }

    static func environment(_ url: String, _ extra: [String: String] = [:]) -> [String: String] {
        // A loaded machine may take longer than the 3 s a real instance gets before falling back to IMDSv1.
        ["POSTERN_ALIBABA_ECS_METADATA_ENDPOINT": url, "POSTERN_ALIBABA_ECS_METADATA_TIMEOUT": "30", "HOME": "/nonexistent-postern-home"].merging(extra) { $1 }
    }

    @Test func theChainEndsAtTheInstancesRoleAndCachesItsCredentials() async throws {
        try await Self.withMetadata(lifetime: 3600) { url, metadata in
            let provider = try AlibabaCredentialChain.provider(environment: Self.environment(url))
            #expect(provider.description == "ECS RAM role (the instance's) from the metadata service at \(url)")
            let first = try await provider.credentials()
            #expect(first.accessKeyID.hasPrefix("STS.role-key-"))
            #expect(first.securityToken?.hasPrefix("role-token-") == true)
            #expect(first.source == "ECS RAM role postern-platform")
            // A request that got no answer in time is tried again, so count only what the second call adds.
            let reads = metadata.credentialReads.withLock { $0 }, tokens = metadata.tokens.withLock { $0 }
            #expect(reads >= 1 && tokens >= 1)
            let second = try await provider.credentials()
            #expect(second == first, "cached while they are good for more than five minutes")
            #expect(metadata.credentialReads.withLock { $0 } == reads, "the cached credentials ask the metadata service nothing")
            #expect(metadata.tokens.withLock { $0 } == tokens)
            #expect(metadata.refusedWithoutToken.withLock { $0 } == 0, "every read carries the session token")
        }
    }

    @Test func credentialsCloseToExpiringAreFetchedAgain() async throws {
        try await Self.withMetadata(lifetime: 120) { url, metadata in
            let provider = try AlibabaCredentialChain.provider(environment: Self.environment(url, ["ALIBABA_CLOUD_ECS_METADATA": "postern-platform"]))
            let first = try await provider.credentials(), second = try await provider.credentials()
            #expect(first.accessKeyID.hasPrefix("STS.role-key-") && second.accessKeyID.hasPrefix("STS.role-key-"))
            #expect(second.accessKeyID != first.accessKeyID, "credentials expiring within five minutes are fetched again")
            #expect(metadata.roleLists.withLock { $0 } == 0, "a role named by ALIBABA_CLOUD_ECS_METADATA is not looked up")
        }
    }

    @Test func aProfileOfTypeECSRAMRoleNamesTheRole() async throws {
        try await Self.withMetadata(lifetime: 3600) { url, metadata in
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("alibaba-credentials-\(UUID().uuidString)")
            try "[default]\ntype = ecs_ram_role\nrole_name = postern-platform\n".write(to: file, atomically: true, encoding: .utf8)
            defer { try? FileManager.default.removeItem(at: file) }
            let provider = try AlibabaCredentialChain.provider(environment: Self.environment(url, ["ALIBABA_CLOUD_CREDENTIALS_FILE": file.path]))
            #expect(provider.description == "ECS RAM role postern-platform from the metadata service at \(url)")
            #expect(try await provider.credentials().securityToken?.hasPrefix("role-token-") == true)
            #expect(metadata.roleLists.withLock { $0 } == 0)
        }
    }

    @Test func withoutTokensIMDSv1IsUsedUnlessDisabled() async throws {
        try await Self.withMetadata(lifetime: 3600, tokens: false) { url, _ in
            let v1 = try AlibabaCredentialChain.provider(environment: Self.environment(url))
            #expect(try await v1.credentials().accessKeyID.hasPrefix("STS.role-key-"))
            let strict = try AlibabaCredentialChain.provider(environment: Self.environment(url, ["ALIBABA_CLOUD_IMDSV1_DISABLED": "true"]))
            let refused = await #expect(throws: AlibabaCredentialError.self) { _ = try await strict.credentials() }
            #expect(refused?.description.contains("IMDSv1 is disabled") == true, "\(String(describing: refused))")
        }
    }

    @Test func aDisabledMetadataServiceLeavesNoCredentials() throws {
        let refused = #expect(throws: AlibabaCredentialError.self) {
            _ = try AlibabaCredentialChain.provider(environment: ["HOME": "/nonexistent-postern-home", "ALIBABA_CLOUD_ECS_METADATA_DISABLED": "true"])
        }
        #expect(refused?.description.contains("No Alibaba Cloud credentials") == true)
    }

    @Test func theClientSignsWithTheRolesSTSCredentials() async throws {
        try await Self.withMetadata(lifetime: 3600) { metadataURL, _ in
            try await ClientTests.withServer { url, seen in
                let provider = try AlibabaCredentialChain.provider(environment: Self.environment(metadataURL))
                let keys = try await provider.credentials()
                let client = AlibabaClient(credentials: provider, endpoint: url)
                let answer = try await client.call(.privateLink, "ListVpcEndpointConnections", ["RegionId": "cn-hangzhou"], region: "cn-hangzhou")
                #expect(answer["TotalCount"].int == 1)
                #expect(seen.requests.withLock { $0.map(\.verified) } == [true], "signed with the role's secret, its security token signed too")
                #expect(keys.securityToken?.hasPrefix("role-token-") == true)
                #expect(seen.securityTokens.withLock { $0 } == [keys.securityToken], "the role's STS token goes with the request")
            }
        }
    }
}
