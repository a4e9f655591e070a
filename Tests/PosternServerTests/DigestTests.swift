import Crypto
import Foundation
import HTTPTypes
import PosternDomain
import Testing

@testable import PosternServer

/// HTTP Digest as a client answering one algorithm sees it: the challenge, the answer, and a
/// replayed answer refused.
@Suite struct DigestTests {
    enum Algorithm: String, CaseIterable {
        case md5 = "MD5"
        case sha256 = "SHA-256"

        func hash(_ text: String) -> String {
            switch self {
            case .md5: Insecure.MD5.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
            case .sha256: SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
            }
        }
    }

    /// The fields of the challenge for `algorithm` among a 401's `WWW-Authenticate` headers.
    static func challenge(_ reply: RouterWorld.Reply, _ algorithm: Algorithm) throws -> [String: String] {
        let values = reply.headers[values: .wwwAuthenticate]
        let chosen = try #require(values.first { $0.contains("algorithm=\(algorithm.rawValue),") }, "\(values)")
        var fields: [String: String] = [:]
        for part in chosen.dropFirst("Digest ".count).components(separatedBy: ", ") {
            let pair = part.split(separator: "=", maxSplits: 1).map(String.init)
            if pair.count == 2 { fields[pair[0]] = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
        }
        return fields
    }

    static func answer(_ fields: [String: String], _ algorithm: Algorithm, user: String, password: String, method: String, uri: String, nc: Int)
        -> String
    {
        let nonce = fields["nonce"] ?? "", realm = fields["realm"] ?? "", count = String(format: "%08x", nc), cnonce = "0a4f113b"
        let ha1 = algorithm.hash("\(user):\(realm):\(password)"), ha2 = algorithm.hash("\(method):\(uri)")
        let response = algorithm.hash("\(ha1):\(nonce):\(count):\(cnonce):auth:\(ha2)")
        return "Digest username=\"\(user)\", realm=\"\(realm)\", nonce=\"\(nonce)\", uri=\"\(uri)\", algorithm=\(algorithm.rawValue), "
            + "response=\"\(response)\", qop=auth, nc=\(count), cnonce=\"\(cnonce)\", opaque=\"\(fields["opaque"] ?? "")\""
    }

    @Test(arguments: Algorithm.allCases)
    func answersAreTakenOnceAndCountUp(_ algorithm: Algorithm) async throws {
        let world = try await RouterWorld()
        let pair = try #require(world.keys[.projectOwner])
        let uri = "/v1beta1/clusters?pageSize=5"
        let challenged = try await world.send(.get, uri, authorization: nil)
        #expect(challenged.status == 401)
        let fields = try Self.challenge(challenged, algorithm)
        #expect(fields["qop"] == "auth")
        let first = Self.answer(fields, algorithm, user: pair.key.publicKey, password: pair.privateKey, method: "GET", uri: uri, nc: 1)
        let taken = try await world.send(.get, uri, authorization: first)
        #expect(taken.status == 200, "\(taken.body)")
        #expect((taken.json["clusters"] as? [Any])?.count == 1)

        let replayed = try await world.send(.get, uri, authorization: first)
        #expect(replayed.status == 401, "the same answer again is a replay")
        #expect((replayed.json["message"] as? String)?.contains("used already") == true, "\(replayed.body)")
        #expect(!replayed.headers[values: .wwwAuthenticate].isEmpty, "a fresh challenge comes with the refusal")

        let second = Self.answer(fields, algorithm, user: pair.key.publicKey, password: pair.privateKey, method: "GET", uri: uri, nc: 2)
        #expect(try await world.send(.get, uri, authorization: second).status == 200, "counting up on the nonce is fine")
        #expect(try await world.send(.get, uri, authorization: first).status == 401, "an older count stays refused")

        let again = try Self.challenge(try await world.send(.get, uri, authorization: nil), algorithm)
        #expect(again["nonce"] != fields["nonce"], "every challenge has its own nonce, even within a second")
        let elsewhere = Self.answer(again, algorithm, user: pair.key.publicKey, password: pair.privateKey, method: "GET", uri: uri, nc: 1)
        #expect(try await world.send(.get, uri, authorization: elsewhere).status == 200, "another client's first answer is its own")

        let wrong = Self.answer(fields, algorithm, user: pair.key.publicKey, password: "not-the-key", method: "GET", uri: uri, nc: 3)
        let refused = try await world.send(.get, uri, authorization: wrong)
        #expect(refused.status == 401)
        #expect((refused.json["message"] as? String)?.contains("cannot be authenticated") == true)
        let otherURI = Self.answer(fields, algorithm, user: pair.key.publicKey, password: pair.privateKey, method: "GET", uri: "/v1beta1/regions", nc: 4)
        #expect(try await world.send(.get, uri, authorization: otherURI).status == 401, "an answer is bound to its URI")
    }
}
