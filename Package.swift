// swift-tools-version:6.2
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let hummingbird = Target.Dependency.product(name: "Hummingbird", package: "hummingbird")
let hummingbirdTesting = Target.Dependency.product(name: "HummingbirdTesting", package: "hummingbird")
let asyncHTTPClient = Target.Dependency.product(name: "AsyncHTTPClient", package: "async-http-client")
let logging = Target.Dependency.product(name: "Logging", package: "swift-log")

let package = Package(
    name: "professor-lock",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "professor-lock", targets: ["ProfessorLockCLI"]),
        .library(name: "ChatKit", targets: ["ChatKit"]),
        .library(name: "ChatKitWidgets", targets: ["ChatKitWidgets"]),
        .library(name: "ChatKitSQLStore", targets: ["ChatKitSQLStore"]),
        .library(name: "ChatKitHummingbird", targets: ["ChatKitHummingbird"]),
        .library(name: "AgentRuntime", targets: ["AgentRuntime"]),
        .library(name: "OpenAIModels", targets: ["OpenAIModels"]),
        .library(name: "FakeModelServer", targets: ["FakeModelServer"]),
        .executable(name: "professor-lock-bench", targets: ["ProfessorLockBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.20.0"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.30.0"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.30.0"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.34.0"),
        .package(url: "https://github.com/vapor/sqlite-kit.git", from: "4.5.0"),
        .package(url: "https://github.com/vapor/postgres-kit.git", from: "2.14.0"),
        .package(url: "https://github.com/vapor/jwt-kit.git", from: "5.0.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.80.0"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.24.0"),
        .package(url: "https://github.com/apple/swift-async-algorithms.git", from: "1.0.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.6.0"),
        .package(url: "https://github.com/vapor/multipart-kit.git", from: "4.7.0"),
    ],
    targets: [
        // MARK: Shared vocabulary
        .target(name: "JSONValue", swiftSettings: swiftSettings),

        // MARK: ChatKit protocol library
        .target(name: "ChatKitWidgets", dependencies: ["JSONValue"], swiftSettings: swiftSettings),
        .target(name: "ChatKit", dependencies: ["ChatKitWidgets", "JSONValue", logging], swiftSettings: swiftSettings),
        .target(
            name: "ChatKitSQLStore",
            dependencies: [
                "ChatKit", logging,
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "SQLiteKit", package: "sqlite-kit"),
                .product(name: "PostgresKit", package: "postgres-kit"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "ChatKitHummingbird",
            dependencies: [
                "ChatKit", hummingbird, logging, .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "MultipartKit", package: "multipart-kit"),
            ],
            swiftSettings: swiftSettings
        ),

        // MARK: Agent runtime
        .target(
            name: "AgentRuntime",
            dependencies: [
                "ChatKitWidgets", "JSONValue", logging,
                .product(name: "AsyncAlgorithms", package: "swift-async-algorithms"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "OpenAIModels",
            dependencies: [
                "AgentRuntime", "JSONValue", asyncHTTPClient, logging,
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        // MARK: Tool support (shared by the modules under Plugins/)
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(
            name: "ToolSupport",
            dependencies: [
                "AgentRuntime", "ChatKitWidgets", "JSONValue", "CLibXML2", asyncHTTPClient, logging,
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "WebSearchTool",
            dependencies: ["ToolSupport", "AgentRuntime", "ChatKitWidgets", "JSONValue", asyncHTTPClient, logging],
            path: "Plugins/WebSearch",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "StatMuseTool",
            dependencies: ["ToolSupport", "AgentRuntime", "ChatKitWidgets", "JSONValue", asyncHTTPClient, logging],
            path: "Plugins/StatMuse",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "OddsTool",
            dependencies: ["ToolSupport", "AgentRuntime", "ChatKitWidgets", "JSONValue"],
            path: "Plugins/Odds",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "ParlayTool",
            dependencies: ["ToolSupport", "AgentRuntime", "ChatKitWidgets", "JSONValue"],
            path: "Plugins/Parlay",
            swiftSettings: swiftSettings
        ),
        // MARK: Supabase: verified users and tiers, and the read-only query tool
        .target(
            name: "SupabaseAuth",
            dependencies: [
                "ChatKitSQLStore", asyncHTTPClient, logging,
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "SupabaseQueryTool",
            dependencies: [
                "SupabaseAuth", "ToolSupport", "AgentRuntime", "ChatKitWidgets", "JSONValue", logging,
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            path: "Plugins/SupabaseQuery",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "FakeModelServer",
            dependencies: [
                "JSONValue", hummingbird, logging,
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),

        // MARK: The Professor Lock app and its executable
        .target(
            name: "ProfessorLock",
            dependencies: [
                "AgentRuntime", "OpenAIModels", "ToolSupport", "ChatKit", "ChatKitWidgets", "ChatKitSQLStore",
                "ChatKitHummingbird", "JSONValue", asyncHTTPClient, logging, hummingbird,
                "WebSearchTool", "StatMuseTool", "OddsTool", "ParlayTool", "SupabaseQueryTool", "SupabaseAuth",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "NIOHTTPCompression", package: "swift-nio-extras"),
            ],
            resources: [.copy("Resources/instructions.md")],
            swiftSettings: swiftSettings,
            plugins: ["ToolModuleCatalogPlugin"]
        ),
        .plugin(name: "ToolModuleCatalogPlugin", capability: .buildTool(), path: "Sources/ToolModuleCatalogPlugin"),

        .executableTarget(
            name: "ProfessorLockCLI",
            dependencies: [
                "ProfessorLock", "AgentRuntime", "ChatKitWidgets", "JSONValue", asyncHTTPClient, logging, hummingbird,
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),

        // MARK: Benchmarks (`swift run -c release professor-lock-bench`; never part of the test command)
        .executableTarget(
            name: "ProfessorLockBench",
            dependencies: [
                "ProfessorLock", "AgentRuntime", "ChatKit", "ChatKitWidgets", "ChatKitSQLStore", "FakeModelServer",
                "ToolSupport", "OddsTool", "JSONValue", "TestSupport", asyncHTTPClient, logging, hummingbird,
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            exclude: ["README.md"],
            resources: [.copy("Resources")],
            swiftSettings: swiftSettings
        ),

        // MARK: Tests
        .target(
            name: "TestSupport",
            dependencies: [
                "AgentRuntime", "ChatKit", "JSONValue", hummingbird, logging, asyncHTTPClient, .product(name: "NIOCore", package: "swift-nio"),
            ],
            path: "Tests/TestSupport",
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "JSONValueTests", dependencies: ["JSONValue"], swiftSettings: swiftSettings),
        .testTarget(name: "ChatKitWidgetsTests", dependencies: ["ChatKitWidgets", "TestSupport"], swiftSettings: swiftSettings),
        .testTarget(
            name: "ChatKitTests", dependencies: ["ChatKit", "TestSupport"], exclude: ["PARITY.md"], swiftSettings: swiftSettings
        ),
        .testTarget(name: "ChatKitSQLStoreTests", dependencies: ["ChatKitSQLStore", "TestSupport"], swiftSettings: swiftSettings),
        .testTarget(
            name: "ChatKitHummingbirdTests",
            dependencies: ["ChatKitHummingbird", "ChatKitSQLStore", "TestSupport", hummingbirdTesting],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "AgentRuntimeTests", dependencies: ["AgentRuntime", "TestSupport"], swiftSettings: swiftSettings),
        .testTarget(
            name: "ToolSupportTests",
            dependencies: ["ToolSupport", "TestSupport", "AgentRuntime", "ChatKitWidgets", "JSONValue", asyncHTTPClient, logging],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "WebSearchToolTests",
            dependencies: ["WebSearchTool", "ToolSupport", "TestSupport", "AgentRuntime", "ChatKitWidgets", "JSONValue", asyncHTTPClient, logging],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "StatMuseToolTests",
            dependencies: ["StatMuseTool", "ToolSupport", "TestSupport", "AgentRuntime", "ChatKitWidgets", "JSONValue", asyncHTTPClient, logging],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "OddsToolTests",
            dependencies: ["OddsTool", "ToolSupport", "TestSupport", "AgentRuntime", "ChatKitWidgets", "JSONValue", asyncHTTPClient, logging],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ParlayToolTests",
            dependencies: ["ParlayTool", "ToolSupport", "TestSupport", "AgentRuntime", "ChatKitWidgets", "JSONValue"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "SupabaseTesting",
            dependencies: [
                "SupabaseAuth", "TestSupport", "JSONValue", logging,
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            path: "Tests/SupabaseTesting",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SupabaseAuthTests",
            dependencies: [
                "SupabaseAuth", "SupabaseTesting", "TestSupport", asyncHTTPClient, logging,
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SupabaseQueryToolTests",
            dependencies: [
                "SupabaseQueryTool", "SupabaseAuth", "SupabaseTesting", "TestSupport", "ToolSupport", "AgentRuntime",
                "ChatKitWidgets", "JSONValue", asyncHTTPClient, logging,
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ProfessorLockTests",
            dependencies: [
                "ProfessorLock", "ParlayTool", "ChatKit", "ChatKitWidgets", "ChatKitSQLStore", "FakeModelServer", "OpenAIModels",
                "TestSupport", "SupabaseTesting", "AgentRuntime", "ToolSupport", "JSONValue", hummingbird, hummingbirdTesting, asyncHTTPClient, logging,
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ProfessorLockCLITests",
            dependencies: ["ProfessorLockCLI", "TestSupport", "JSONValue"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "AgentIntegrationTests",
            dependencies: ["AgentRuntime", "OpenAIModels", "FakeModelServer", "TestSupport", "JSONValue", asyncHTTPClient],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "OpenAIModelsTests",
            dependencies: [
                "OpenAIModels", "FakeModelServer", "TestSupport", "AgentRuntime", "JSONValue", asyncHTTPClient,
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
    ]
)
