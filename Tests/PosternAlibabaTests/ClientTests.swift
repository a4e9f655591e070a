import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PosternAlibaba
import Synchronization
import Testing

/// The client against a server on loopback that checks its ACS3 signatures and answers as
/// Alibaba Cloud does: JSON, errors with `Code`, `Message` and `RequestId`, throttling.
@Suite struct ClientTests {
    final class Seen: Sendable {
        let requests = Mutex<[(action: String, query: [String: String], verified: Bool)]>([])
        let throttles = Mutex(0)
        /// Each request's `x-acs-security-token`.
        let securityTokens = Mutex<[String?]>([])
    }

    static func withServer(throttles: Int = 0, _ body: @Sendable (String, Seen) async throws -> Void) async throws {
        let seen = Seen()
        seen.throttles.withLock { $0 = throttles }
        let router = Router()
        router.post("/") { request, _ -> Response in
            var headers: [String: String] = [:]
            for field in request.headers { headers[field.name.canonicalName] = field.value }
            // HTTP/1's Host arrives as the request's authority.
            headers["host"] = request.head.authority
            let query = RPCParameters.parse(request.uri.query ?? "")
            let signed = ACS3Signature.Request(method: "POST", path: "/", query: query, headers: headers)
            let verified = ACS3Signature.verify(signed, secret: "s3cret")
            let action = headers["x-acs-action"] ?? ""
            seen.requests.withLock { $0.append((action, query, verified)) }
            seen.securityTokens.withLock { $0.append(headers["x-acs-security-token"]) }
            func answer(_ status: HTTPResponse.Status, _ json: String, extra: HTTPFields = [:]) -> Response {
                var fields = extra
                fields[.contentType] = "application/json;charset=utf-8"
                return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(string: json)))
            }
            guard verified else {
                return answer(.badRequest, #"{"RequestId":"R-1","Code":"SignatureDoesNotMatch","Message":"The signature does not match."}"#)
            }
            let throttled = seen.throttles.withLock { left -> Bool in
                guard left > 0 else { return false }
                left -= 1
                return true
            }
            if throttled {
                return answer(.badRequest, #"{"RequestId":"R-2","Code":"Throttling.User","Message":"Request was denied due to user flow control."}"#,
                              extra: [HTTPField.Name("x-acs-retry-after")!: "10"])
            }
            switch action {
            case "ListVpcEndpointConnections":
                return answer(.ok, #"{"RequestId":"R-3","TotalCount":"1","Connections":[{"EndpointId":"ep-1","ConnectionStatus":"Pending","Zones":[{"ZoneId":"cn-hangzhou-a"}]}]}"#)
            case "DeleteVpcEndpoint":
                return answer(.badRequest, #"{"RequestId":"R-4","HostId":"privatelink.cn-hangzhou.aliyuncs.com","Code":"EndpointNotFound","Message":"The specified endpoint does not exist."}"#)
            default:
                return answer(.internalServerError, #"{"RequestId":"R-5","Code":"InternalError","Message":"boom"}"#)
            }
        }
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in
            try await body("http://127.0.0.1:\(try #require(client.port))", seen)
        }
    }

    static let credentials = AlibabaCredentials(accessKeyID: "1234567890123456", accessKeySecret: "s3cret", securityToken: "sts-token")

    @Test func signedCallsAreAnswered() async throws {
        try await Self.withServer { url, seen in
            let client = AlibabaClient(credentials: Self.credentials, endpoint: url)
            let answer = try await client.call(
                .privateLink, "ListVpcEndpointConnections", ["RegionId": "cn-hangzhou", "ServiceId": "epsrv-1", "MaxResults": 50], region: "cn-hangzhou")
            #expect(answer["TotalCount"].int == 1, "a count sent as a string reads as a number")
            #expect(answer["Connections"][0]["Zones"][0]["ZoneId"].string == "cn-hangzhou-a")
            let request = try #require(seen.requests.withLock { $0.first })
            #expect(request.verified, "the server's check of the client's signature")
            #expect(request.query == ["RegionId": "cn-hangzhou", "ServiceId": "epsrv-1", "MaxResults": "50"])
        }
    }

    @Test func errorsCarryTheServicesCodeAndAreNotRetried() async throws {
        try await Self.withServer { url, seen in
            let client = AlibabaClient(credentials: Self.credentials, endpoint: url, baseDelay: 0.01)
            let error = await #expect(throws: AlibabaServiceError.self) {
                _ = try await client.call(.privateLink, "DeleteVpcEndpoint", ["RegionId": "cn-hangzhou", "EndpointId": "ep-x"], region: "cn-hangzhou")
            }
            #expect(error?.code == "EndpointNotFound")
            #expect(error?.status == 400)
            #expect(error?.requestID == "R-4")
            #expect(error?.isRetryable == false)
            #expect(seen.requests.withLock { $0.count } == 1)
            let wrong = AlibabaClient(credentials: AlibabaCredentials(accessKeyID: "1234567890123456", accessKeySecret: "other"), endpoint: url)
            let refused = await #expect(throws: AlibabaServiceError.self) { _ = try await wrong.call(.privateLink, "ListVpcEndpointConnections", region: "cn-hangzhou") }
            #expect(refused?.code == "SignatureDoesNotMatch")
        }
    }

    @Test func throttlingIsRetriedAfterTheWaitItNames() async throws {
        try await Self.withServer(throttles: 2) { url, seen in
            let client = AlibabaClient(credentials: Self.credentials, endpoint: url, maxAttempts: 3, baseDelay: 0.01)
            let answer = try await client.call(.privateLink, "ListVpcEndpointConnections", ["RegionId": "cn-hangzhou"], region: "cn-hangzhou")
            #expect(answer["RequestId"].string == "R-3")
            #expect(seen.requests.withLock { $0.count } == 3)
            let server = AlibabaClient(credentials: Self.credentials, endpoint: url, maxAttempts: 2, baseDelay: 0.01)
            let failed = await #expect(throws: AlibabaServiceError.self) { _ = try await server.call(.privateLink, "Unknown", region: "cn-hangzhou") }
            #expect(failed?.code == "InternalError")
            #expect(seen.requests.withLock { $0.count } == 5, "a 500 is retried up to maxAttempts")
        }
    }

    @Test func endpointsPerProductAndRegion() {
        #expect(AlibabaProduct.privateLink.endpoint(region: "ap-southeast-1") == "https://privatelink.ap-southeast-1.aliyuncs.com")
        #expect(AlibabaProduct.nlb.endpoint(region: "cn-hangzhou") == "https://nlb.cn-hangzhou.aliyuncs.com")
        #expect(AlibabaProduct.privateZone.endpoint(region: "cn-hangzhou") == "https://pvtz.aliyuncs.com")
    }

    @Test func credentialsComeFromTheEnvironmentThenTheFile() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("alibaba-credentials-\(UUID().uuidString)")
        try """
            # Postern's
            [default]
            type = access_key
            access_key_id = LTAIdefault
            access_key_secret = secret-default

            [platform]
            type = sts
            access_key_id = STS.key
            access_key_secret = secret-sts
            security_token = token-sts

            [role]
            type = ram_role_arn
            access_key_id = x
            access_key_secret = y
            """.write(to: file, atomically: true, encoding: .utf8)
        let fromEnvironment = try AlibabaCredentialChain.resolve(environment: [
            "ALIBABA_CLOUD_ACCESS_KEY_ID": "LTAIenv", "ALIBABA_CLOUD_ACCESS_KEY_SECRET": "secret-env", "ALIBABA_CLOUD_CREDENTIALS_FILE": file.path,
        ])
        #expect(fromEnvironment == AlibabaCredentials(accessKeyID: "LTAIenv", accessKeySecret: "secret-env", source: "environment"))
        let fromFile = try AlibabaCredentialChain.resolve(environment: ["ALIBABA_CLOUD_CREDENTIALS_FILE": file.path])
        #expect(fromFile.accessKeyID == "LTAIdefault")
        let sts = try AlibabaCredentialChain.resolve(environment: ["ALIBABA_CLOUD_CREDENTIALS_FILE": file.path, "ALIBABA_CLOUD_PROFILE": "platform"])
        #expect(sts.securityToken == "token-sts")
        #expect(throws: AlibabaCredentialError.self) {
            try AlibabaCredentialChain.resolve(environment: ["ALIBABA_CLOUD_CREDENTIALS_FILE": file.path, "ALIBABA_CLOUD_PROFILE": "role"])
        }
        #expect(throws: AlibabaCredentialError.self) {
            try AlibabaCredentialChain.resolve(environment: ["ALIBABA_CLOUD_ACCESS_KEY_ID": "only-half", "ALIBABA_CLOUD_CREDENTIALS_FILE": file.path])
        }
        let misnamed = #expect(throws: AlibabaCredentialError.self) {
            try AlibabaCredentialChain.resolve(environment: ["ALIBABA_CLOUD_CREDENTIALS_FILE": file.path + ".none"])
        }
        #expect(misnamed?.description.contains("cannot be read") == true, "a file named but missing is an error, not a reason to look further")
        #expect(misnamed?.isMissing == false)
        let missing = #expect(throws: AlibabaCredentialError.self) {
            try AlibabaCredentialChain.resolve(environment: ["HOME": "/nonexistent-postern-home"])
        }
        #expect(missing?.description.contains("ALIBABA_CLOUD_ACCESS_KEY_ID") == true)
        #expect(missing?.isMissing == true)
    }
}
