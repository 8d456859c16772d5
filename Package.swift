// swift-tools-version:6.2
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny")
]

let package = Package(
    name: "loop-ai",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "gateway", targets: ["GatewayMain"]),
        .executable(name: "brain", targets: ["BrainMain"]),
        .executable(name: "loop", targets: ["LoopMain"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-configuration.git", from: "1.4.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/yaslab/CSV.swift.git", from: "2.5.2"),
        .package(url: "https://github.com/apple/swift-system.git", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.35.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-websocket.git", from: "2.8.1"),
        .package(url: "https://github.com/hummingbird-project/swift-websocket.git", from: "1.6.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CHiredis",
            pkgConfig: "hiredis",
            providers: [.apt(["libhiredis-dev"])]
        ),
        .systemLibrary(
            name: "CCrypt",
            providers: [.apt(["libcrypt-dev"])]
        ),
        // The Redis client: RESP over SwiftNIO, replies parsed by hiredis, Sentinel. Nothing of ours.
        .target(
            name: "Redis",
            dependencies: [
                "CHiredis",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        // Twilio's edge: TwiML, webhook signatures, form bodies, the REST client.
        .target(
            name: "Twilio",
            dependencies: [
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOFoundationCompat", package: "swift-nio"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ],
            swiftSettings: swiftSettings
        ),
        // The contract between gateway and brain: turns, replies, keys, settings, records, the outbox.
        .target(
            name: "Shared",
            dependencies: [
                "Redis",
                "Twilio",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        // Settings both processes and `loop` read the same way: options, environment, `.env`, defaults.
        .target(
            name: "Config",
            dependencies: [
                "Shared",
                "Redis",
                "Twilio",
                .product(name: "Configuration", package: "swift-configuration"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "SystemPackage", package: "swift-system"),
            ],
            swiftSettings: swiftSettings
        ),
        // How a Loop AI process runs: its event loops, graceful loops and background services,
        // logging and the metrics server. Not part of the contract between gateway and brain.
        .target(
            name: "Runtime",
            dependencies: [
                "Shared",
                "Config",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        // Operators' passwords: crypt(3) hashes, made by `loop hash-password`, checked at login.
        .target(name: "PasswordHashing", dependencies: ["Shared", "CCrypt"], swiftSettings: swiftSettings),
        // The network list and its forgiving search, behind `HospitalDirectory`.
        .target(
            name: "HospitalSearch",
            dependencies: [
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        // The gateway: webhooks, the web, the dashboard. A library, so tests reach all of it.
        .target(
            name: "Gateway",
            dependencies: [
                "Shared",
                "Config",
                "Runtime",
                "PasswordHashing",
                "Redis",
                "Twilio",
                "HospitalSearch",
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HummingbirdWebSocket", package: "hummingbird-websocket"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            resources: [.copy("Resources/openapi.json"), .copy("Resources/web")],
            swiftSettings: swiftSettings
        ),
        // The brain: turn consumers, sessions, the dialog.
        .target(
            name: "Brain",
            dependencies: [
                "Shared",
                "Config",
                "Runtime",
                "Redis",
                "Twilio",
                "HospitalSearch",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ],
            resources: [.copy("Resources/demo-hospitals.csv")],
            swiftSettings: swiftSettings
        ),
        // `loop`: Twilio played against a running stack, benchmarks, reports. Never deployed.
        .target(
            name: "LoopTools",
            dependencies: [
                "Shared",
                "Config",
                "Runtime",
                "PasswordHashing",
                "Redis",
                "Twilio",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "WSClient", package: "swift-websocket"),
            ],
            swiftSettings: swiftSettings
        ),
        // The executables: one line each, over the libraries above.
        .executableTarget(name: "GatewayMain", dependencies: ["Gateway"], path: "Sources/Executables/gateway", swiftSettings: swiftSettings),
        .executableTarget(name: "BrainMain", dependencies: ["Brain"], path: "Sources/Executables/brain", swiftSettings: swiftSettings),
        .executableTarget(name: "LoopMain", dependencies: ["LoopTools"], path: "Sources/Executables/loop", swiftSettings: swiftSettings),
        // Tests in two tiers. Unit: pure, on the checked-in fixture list, no processes (`scripts/test unit`).
        .target(name: "TestSupport", dependencies: ["Shared"], path: "Tests/TestSupport", swiftSettings: swiftSettings),
        .testTarget(
            name: "UnitTests",
            dependencies: [
                "TestSupport", "Redis", "Twilio", "Shared", "Config", "Runtime", "PasswordHashing", "HospitalSearch", "Gateway", "Brain", "LoopTools",
                .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        // System: real redis-server, sentinels, nginx, Chromium, the built executables, the real list.
        .testTarget(
            name: "SystemTests",
            dependencies: [
                "TestSupport", "Redis", "Twilio", "Shared", "Config", "Runtime", "PasswordHashing", "HospitalSearch", "Gateway", "Brain", "LoopTools",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ],
            swiftSettings: swiftSettings
        ),
    ]
)
