import Foundation
import PosternAWS
import Testing

/// Each source of the AWS credential chain, found as the SDKs find it, and proved by a signed
/// call the embedded cloud checks strictly (GetCallerIdentity says whose keys they were).
@Suite struct CredentialChainTests {
    /// A strict embedded cloud, its default customer's keys, and role credentials it issues.
    struct Cloud {
        let postern: PosternProcess
        let base: AWSCredentials
        var endpoints: AWSEndpointResolver { .single(URL(string: postern.cloudURL)!) }

        init() async throws {
            postern = try await PosternProcess(arguments: ["--cloud-verify-signatures"])
            let text = try String(contentsOf: postern.dataDirectory.appendingPathComponent("cloud-credentials"), encoding: .utf8)
            base = try #require(AWSCredentials.profiles(in: text)["default"])
        }

        /// Temporary credentials for `session` in role `role` of account 222222222222.
        func role(_ session: String, role: String = "postern-platform") async throws -> AWSCredentials {
            let output = try await AWSClient(credentials: base, endpoint: URL(string: postern.cloudURL)!).call(
                .sts, "AssumeRole", ["RoleArn": .string("arn:aws:iam::222222222222:role/\(role)"), "RoleSessionName": .string(session)],
                region: "us-east-1")
            let credentials = try #require(output["Credentials"])
            return AWSCredentials(
                accessKeyID: credentials["AccessKeyId"]?.string ?? "", secretAccessKey: credentials["SecretAccessKey"]?.string ?? "",
                sessionToken: credentials["SessionToken"]?.string)
        }

        /// Whose keys `provider` gives: the ARN of a signed GetCallerIdentity.
        func caller(_ provider: any CredentialProvider) async throws -> String {
            try await AWSClient(credentials: provider, endpoints: endpoints).call(.sts, "GetCallerIdentity", region: "us-east-1")["Arn"]?.string ?? ""
        }

        /// The chain's pick for these variables, with shared files of this content.
        func chain(_ environment: [String: String], config: String = "", credentials: String = "", refreshBefore: TimeInterval = 300) throws
            -> RefreshingCredentialProvider
        {
            let directory = Scratch.path("aws-config")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try config.write(to: directory.appendingPathComponent("config"), atomically: true, encoding: .utf8)
            try credentials.write(to: directory.appendingPathComponent("credentials"), atomically: true, encoding: .utf8)
            var environment = environment
            environment["AWS_CONFIG_FILE"] = directory.appendingPathComponent("config").path
            environment["AWS_SHARED_CREDENTIALS_FILE"] = directory.appendingPathComponent("credentials").path
            environment["AWS_EC2_METADATA_DISABLED"] = environment["AWS_EC2_METADATA_DISABLED"] ?? "true"
            environment["HOME"] = directory.path
            return try CredentialChain.standard(config: AWSSharedConfig.load(environment: environment), endpoints: endpoints, refreshBefore: refreshBefore)
        }
    }

    @Test func environmentKeysComeFirst() async throws {
        let cloud = try await Cloud()
        let chain = try cloud.chain(
            ["AWS_ACCESS_KEY_ID": cloud.base.accessKeyID, "AWS_SECRET_ACCESS_KEY": cloud.base.secretAccessKey, "AWS_PROFILE": "platform"],
            config: "[profile platform]\nrole_arn = arn:aws:iam::100000000000:role/nope\nsource_profile = platform\n")
        #expect(chain.description.contains("environment"))
        #expect(try await cloud.caller(chain) == "arn:aws:iam::000000000000:root")
    }

    @Test func aProfileAssumesItsRoleWithItsSourceProfile() async throws {
        let cloud = try await Cloud()
        let chain = try cloud.chain(
            ["AWS_PROFILE": "platform"],
            config: """
                [profile platform]
                role_arn = arn:aws:iam::100000000000:role/postern-platform
                source_profile = base
                role_session_name = chain-test
                region = us-west-2
                """,
            credentials: "[base]\naws_access_key_id = \(cloud.base.accessKeyID)\naws_secret_access_key = \(cloud.base.secretAccessKey)\n")
        #expect(chain.description.contains("role arn:aws:iam::100000000000:role/postern-platform assumed with profile base"))
        #expect(try await cloud.caller(chain) == "arn:aws:sts::100000000000:assumed-role/postern-platform/chain-test")
        _ = try await cloud.caller(chain)
        #expect(await chain.fetches == 1, "an hour's credentials are kept, not fetched per call")
    }

    @Test func staticProfileKeysAndCredentialProcess() async throws {
        let cloud = try await Cloud()
        let keys = try cloud.chain(
            ["AWS_PROFILE": "keys"],
            credentials: "[keys]\naws_access_key_id = \(cloud.base.accessKeyID)\naws_secret_access_key = \(cloud.base.secretAccessKey)\n")
        #expect(try await cloud.caller(keys) == "arn:aws:iam::000000000000:root")

        let role = try await cloud.role("from-process")
        let script = Scratch.path("credential-process")
        let json = #"{"Version": 1, "AccessKeyId": "\#(role.accessKeyID)", "SecretAccessKey": "\#(role.secretAccessKey)", "SessionToken": "\#(role.sessionToken ?? "")", "Expiration": "\#(AWSTimestamp.format(Date().addingTimeInterval(3600)))"}"#
        try "#!/bin/sh\ncat <<'EOF'\n\(json)\nEOF\n".write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        let process = try cloud.chain([:], config: "[default]\ncredential_process = \(script.path)\n")
        #expect(process.description.contains("credential_process"))
        #expect(try await cloud.caller(process) == "arn:aws:sts::222222222222:assumed-role/postern-platform/from-process")

        let failing = try cloud.chain([:], config: "[default]\ncredential_process = /bin/sh -c 'echo denied >&2; exit 3'\n")
        await #expect { _ = try await failing.fetch() } throws: { "\($0)".contains("exited with status 3") && "\($0)".contains("denied") }
    }

    @Test func webIdentityAssumesTheRoleUnsigned() async throws {
        let cloud = try await Cloud()
        let token = Scratch.path("web-identity-token")
        try "eyJhbGciOiJSUzI1NiJ9.a-service-account-token.sig".write(to: token, atomically: true, encoding: .utf8)
        let chain = try cloud.chain([
            "AWS_WEB_IDENTITY_TOKEN_FILE": token.path, "AWS_ROLE_ARN": "arn:aws:iam::333333333333:role/eks-postern",
            "AWS_ROLE_SESSION_NAME": "postern-pod",
        ])
        #expect(chain.description.contains("web identity token"))
        #expect(try await cloud.caller(chain) == "arn:aws:sts::333333333333:assumed-role/eks-postern/postern-pod")
    }

    /// ECS's endpoint, with its authorization token from a file; credentials close to expiry
    /// are fetched again, and the new ones sign.
    @Test func containerCredentialsAreRefreshedBeforeTheyExpire() async throws {
        let cloud = try await Cloud()
        let server = try await MetadataServer(credentials: try await cloud.role("ecs-1"), lifetime: 20)
        let tokenFile = Scratch.path("ecs-token")
        try server.authorization.write(to: tokenFile, atomically: true, encoding: .utf8)
        let chain = try cloud.chain(
            ["AWS_CONTAINER_CREDENTIALS_FULL_URI": server.url + "/v2/credentials/task", "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE": tokenFile.path],
            refreshBefore: 2)
        #expect(chain.description.contains("container credentials"))
        #expect(try await cloud.caller(chain).hasSuffix("/ecs-1"))
        #expect(try await cloud.caller(chain).hasSuffix("/ecs-1"))
        #expect(await chain.fetches == 1)
        server.serve(try await cloud.role("ecs-2"))
        try await Task.sleep(for: .seconds(18.5))
        #expect(try await cloud.caller(chain).hasSuffix("/ecs-2"), "refreshed within 2 s of expiry")
        #expect(await chain.fetches == 2)

        let wrongToken = try cloud.chain(
            ["AWS_CONTAINER_CREDENTIALS_FULL_URI": server.url + "/v2/credentials/task", "AWS_CONTAINER_AUTHORIZATION_TOKEN": "wrong"])
        await #expect { _ = try await wrongToken.fetch() } throws: { "\($0)".contains("HTTP 403") }
        #expect(throws: CredentialsError.self) {
            _ = try ContainerCredentialProvider.standard(environment: ["AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://192.0.2.1/creds"])
        }
    }

    /// IMDSv2: a session token first, then the role and its credentials with the token; refreshed.
    @Test func instanceMetadataWithSessionTokensIsRefreshed() async throws {
        let cloud = try await Cloud()
        let server = try await MetadataServer(credentials: try await cloud.role("imds-1"), lifetime: 20)
        // A loaded machine answers slower than the SDKs' one second.
        let chain = try cloud.chain(
            ["AWS_EC2_METADATA_DISABLED": "false", "AWS_EC2_METADATA_SERVICE_ENDPOINT": server.url, "AWS_METADATA_SERVICE_TIMEOUT": "10"],
            refreshBefore: 2)
        #expect(chain.description == "EC2 instance metadata at \(server.url)")
        #expect(try await cloud.caller(chain).hasSuffix("/imds-1"))
        server.serve(try await cloud.role("imds-2"))
        #expect(try await cloud.caller(chain).hasSuffix("/imds-1"), "kept while far from expiry")
        try await Task.sleep(for: .seconds(18.5))
        #expect(try await cloud.caller(chain).hasSuffix("/imds-2"))
        let state = server.shared.state.withLock { $0 }
        #expect(state.tokenRequests == 1, "the session token is kept for its six hours")
        #expect(state.credentialReads == 2)
        #expect(state.refusedWithoutToken == 0)
    }

    @Test func missingSourcesSayWhatToSet() async throws {
        let cloud = try await Cloud()
        #expect { _ = try cloud.chain(["AWS_PROFILE": "nowhere"]) } throws: { "\($0)".contains("'nowhere'") && "\($0)".contains("AWS_PROFILE") }
        #expect { _ = try cloud.chain([:]) } throws: { "\($0)".contains("No AWS credentials") }
        #expect { _ = try cloud.chain(["AWS_PROFILE": "loop"], config: "[profile loop]\nrole_arn = arn:aws:iam::1:role/x\nsource_profile = other\n[profile other]\nrole_arn = arn:aws:iam::1:role/y\nsource_profile = loop\n") }
            throws: { "\($0)".contains("loop") }
    }
}
