// swift-tools-version:6.2
import PackageDescription

let package = Package(
    name: "postern",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "postern", targets: ["postern"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.5.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-openapi-generator.git", from: "1.14.3"),
        .package(url: "https://github.com/apple/swift-openapi-runtime.git", from: "1.13.4"),
        .package(url: "https://github.com/hummingbird-project/swift-openapi-hummingbird.git", from: "2.1.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-openapi-async-http-client.git", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
    ],
    targets: [
        // AWS's wire protocols, driven by AWS's own service models: Query/EC2 forms,
        // XML responses and errors, REST-XML routing, and SigV4; and the client's layers as
        // the AWS SDKs have them: shared config, endpoint resolution, credential providers, retries.
        .target(
            name: "PosternAWS",
            dependencies: [
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Metrics", package: "swift-metrics"),
            ]
        ),
        // Alibaba Cloud's wire protocol and client: RPC parameters, the ACS3-HMAC-SHA256 signature
        // (and the legacy HMAC-SHA1 one) both ways, credentials, endpoints, errors and retries.
        .target(
            name: "PosternAlibaba",
            dependencies: [
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        // The data plane: endpoints' TCP listeners relaying to their targets, the DNS server
        // and the usage meter, all driven by a NetworkPlan.
        .target(
            name: "PosternDataPlane",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
        // The embedded cloud: accounts, VPCs, load balancers, PrivateLink and private DNS,
        // served over AWS's API and Alibaba Cloud's on one port and kept in its own SQLite file.
        .target(
            name: "PosternEmbeddedCloud",
            dependencies: [
                "PosternAWS", "PosternAlibaba", "PosternDataPlane",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        // The `postern` client: ticloud's commands, the doctor and the demo, on a client
        // generated from the same openapi.yaml as the server (Digest on async-http-client),
        // with its configuration and profiles. It knows nothing of the store or the server.
        .target(
            name: "PosternCLI",
            dependencies: [
                "PosternAWS", "PosternAlibaba",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "OpenAPIAsyncHTTPClient", package: "swift-openapi-async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            plugins: [.plugin(name: "OpenAPIGenerator", package: "swift-openapi-generator")]
        ),
        // Resources, ids, states and the rules on them. No I/O, no clock.
        .target(name: "PosternDomain"),
        // The Store protocol, generic over every kind of record, and its SQLite and PostgreSQL implementations.
        .target(
            name: "PosternStore",
            dependencies: [
                "PosternDomain", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The control loop: the providers a cloud registers (endpoints, endpoint services, DNS
        // records, usage), one reconciler per kind, and the one loop that runs them.
        .target(
            name: "PosternControl",
            dependencies: [
                "PosternDomain", "PosternStore", .product(name: "Logging", package: "swift-log"), .product(name: "Metrics", package: "swift-metrics"),
            ]
        ),
        // AWS's providers, on PosternAWS's client: against AWS, the embedded cloud or moto.
        .target(
            name: "PosternAWSProvider",
            dependencies: ["PosternDomain", "PosternAWS", "PosternControl"]
        ),
        // Alibaba Cloud's providers, on PosternAlibaba's client: against Alibaba Cloud or the embedded cloud.
        .target(
            name: "PosternAlibabaProvider",
            dependencies: ["PosternDomain", "PosternAlibaba", "PosternControl"]
        ),
        // The HTTP API: TiDB Cloud's API and Postern's additions, generated from openapi.yaml
        // (the source of truth), with authentication and errors; and the console (Console/),
        // hand-written pages that call that API with a signed-in session.
        .target(
            name: "PosternServer",
            dependencies: [
                "PosternDomain", "PosternStore", "PosternControl",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "OpenAPIHummingbird", package: "swift-openapi-hummingbird"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [.copy("openapi.yaml"), .copy("Console/Assets")],
            plugins: [.plugin(name: "OpenAPIGenerator", package: "swift-openapi-generator")]
        ),
        .executableTarget(
            name: "postern",
            dependencies: [
                "PosternEmbeddedCloud", "PosternServer", "PosternStore", "PosternControl", "PosternAWSProvider", "PosternAWS", "PosternCLI",
                "PosternDataPlane", "PosternAlibaba", "PosternAlibabaProvider",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ]
        ),
        // The benchmarks' own parts: the data plane's servers and client (bench/dataplane), and
        // the API's load, seeding and results table (bench/api).
        .executableTarget(
            name: "postern-bench",
            dependencies: [
                "PosternDomain", "PosternStore",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What several test targets start: a PostgreSQL server on loopback.
        .target(name: "PosternTestSupport", path: "Tests/PosternTestSupport"),
        .testTarget(
            name: "PosternStoreTests",
            dependencies: ["PosternStore", "PosternDomain", "PosternTestSupport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(
            name: "PosternControlTests",
            dependencies: ["PosternControl", "PosternStore", "PosternDomain"]
        ),
        .testTarget(
            name: "PosternServerTests",
            dependencies: [
                "PosternServer", "PosternControl", "PosternStore", "PosternDomain",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .testTarget(
            name: "PosternCLITests",
            dependencies: [
                "PosternCLI", "PosternServer", "PosternStore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        .testTarget(
            name: "PosternAlibabaTests",
            dependencies: [
                "PosternAlibaba",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        .testTarget(
            name: "PosternAWSTests",
            dependencies: ["PosternAWS"]
        ),
        .testTarget(
            name: "PosternTests",
            dependencies: [
                "PosternAWS", "PosternAWSProvider", "PosternControl", "PosternDataPlane", "PosternDomain", "PosternEmbeddedCloud", "PosternStore",
                "PosternTestSupport", "postern",
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            exclude: ["Fixtures"]
        ),
    ]
)
