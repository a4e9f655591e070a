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
    ],
    targets: [
        // AWS's wire protocols, driven by AWS's own service models: Query/EC2 forms,
        // XML responses and errors, REST-XML routing, and SigV4.
        .target(
            name: "PosternAWS",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")]
        ),
        // The embedded cloud: accounts, VPCs, load balancers, PrivateLink and Route 53,
        // served over the AWS API and kept in its own SQLite file.
        .target(
            name: "PosternEmbeddedCloud",
            dependencies: [
                "PosternAWS",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .executableTarget(
            name: "postern",
            dependencies: [
                "PosternEmbeddedCloud",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .testTarget(
            name: "PosternAWSTests",
            dependencies: ["PosternAWS"]
        ),
        .testTarget(
            name: "PosternEmbeddedCloudTests",
            dependencies: ["PosternAWS", "PosternEmbeddedCloud", "postern"]
        ),
    ]
)
