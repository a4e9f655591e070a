import Foundation
import Hummingbird
import PosternAWS
import Synchronization

/// A stand-in for an EC2 instance's metadata service (IMDSv2: a session token first) and an
/// ECS container credentials endpoint (an authorization token), on loopback, for one test. It
/// hands out the credentials it is given, each time with an `Expiration` `lifetime` from then.
final class MetadataServer: Sendable {
    struct State {
        var credentials: AWSCredentials
        var lifetime: TimeInterval
        var tokenRequests = 0
        var credentialReads = 0
        var refusedWithoutToken = 0
    }

    final class Shared: Sendable {
        let state: Mutex<State>
        init(_ state: State) { self.state = Mutex(state) }
    }

    let shared: Shared
    let sessionToken = "imds-session-\(UUID().uuidString)"
    let authorization = "ecs-authorization-\(UUID().uuidString)"
    private let task: Task<Void, any Error>
    let port: Int

    init(credentials: AWSCredentials, lifetime: TimeInterval) async throws {
        let shared = Shared(State(credentials: credentials, lifetime: lifetime))
        self.shared = shared
        let sessionToken = self.sessionToken, authorization = self.authorization
        let router = Router()
        router.put("/latest/api/token") { request, _ -> Response in
            guard Self.header(request, "x-aws-ec2-metadata-token-ttl-seconds") != nil else { return Response(status: .badRequest) }
            shared.state.withLock { $0.tokenRequests += 1 }
            return Response(status: .ok, body: ResponseBody(byteBuffer: ByteBuffer(string: sessionToken)))
        }
        router.get("/latest/meta-data/iam/security-credentials/") { request, _ -> Response in
            guard Self.header(request, "x-aws-ec2-metadata-token") == sessionToken else {
                shared.state.withLock { $0.refusedWithoutToken += 1 }
                return Response(status: .unauthorized)
            }
            return Response(status: .ok, body: ResponseBody(byteBuffer: ByteBuffer(string: "postern-platform\n")))
        }
        router.get("/latest/meta-data/iam/security-credentials/postern-platform") { request, _ -> Response in
            guard Self.header(request, "x-aws-ec2-metadata-token") == sessionToken else { return Response(status: .unauthorized) }
            return Self.answer(shared)
        }
        router.get("/v2/credentials/task") { request, _ -> Response in
            guard Self.header(request, "authorization") == authorization else { return Response(status: .forbidden) }
            return Self.answer(shared)
        }
        let bound = BoundPortBox()
        let app = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in bound.set(channel.localAddress?.port ?? 0) })
        task = Task { try await app.run() }
        port = try await bound.wait()
    }

    var url: String { "http://127.0.0.1:\(port)" }

    func serve(_ credentials: AWSCredentials) { shared.state.withLock { $0.credentials = credentials } }

    private static func header(_ request: Request, _ name: String) -> String? {
        request.headers.first { $0.name.canonicalName == name }?.value
    }

    private static func answer(_ shared: Shared) -> Response {
        let (credentials, lifetime) = shared.state.withLock { state -> (AWSCredentials, TimeInterval) in
            state.credentialReads += 1
            return (state.credentials, state.lifetime)
        }
        let json: [String: String] = [
            "Code": "Success", "Type": "AWS-HMAC", "AccessKeyId": credentials.accessKeyID, "SecretAccessKey": credentials.secretAccessKey,
            "Token": credentials.sessionToken ?? "", "Expiration": AWSTimestamp.format(Date().addingTimeInterval(lifetime)),
        ]
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(data: try! JSONEncoder().encode(json))))
    }

    deinit { task.cancel() }
}

/// A port known once a server has bound it.
final class BoundPortBox: Sendable {
    private let port = Mutex<Int?>(nil)

    func set(_ value: Int) { port.withLock { $0 = value } }

    func wait() async throws -> Int {
        for _ in 0..<200 {
            if let value = port.withLock({ $0 }) { return value }
            try await Task.sleep(for: .milliseconds(25))
        }
        throw PosternTestError("the test's metadata server did not start within 5 seconds")
    }
}
