import AgentRuntime
import AsyncHTTPClient
import ChatKit
import ChatKitHummingbird
import ChatKitSQLStore
import Foundation
import Hummingbird
import HummingbirdCore
import Logging
import ToolSupport

/// Why `serve` refused to start.
public enum ServeError: Error, Sendable, CustomStringConvertible {
    case unsafeBinding(String)

    public var description: String {
        switch self {
        case .unsafeBinding(let host):
            "refusing to listen on \(host) without authentication: anyone on the network could use the server as the local user. Configure Supabase auth, bind to 127.0.0.1, or pass --allow-unauthenticated-remote-access."
        }
    }
}

/// The running product: tools, store, model, agent, ChatKit server and HTTP routes, assembled once.
///
/// `serve` runs the lent application until SIGTERM/SIGINT (open streams finish or are cancelled,
/// then the store closes); tests run it with HummingbirdTesting's live client.
public enum ProfessorLockApplication {
    public static let version = "0.1.0"

    /// Builds everything and lends the HTTP application to `body`; cleans up after it returns.
    /// - Parameters:
    ///   - model: overrides the model from the environment (tests, benchmarks).
    ///   - identify: overrides who the caller is (tests, embedding apps); by default Supabase auth
    ///     from the environment, or the single local user when it is not configured.
    public static func with<Result: Sendable>(
        configuration: ServeConfiguration,
        environment: [String: String],
        logger: Logger,
        catalog: [any ToolModule.Type] = ToolModuleCatalog.all,
        model: ModelSetup? = nil,
        identify: RequestIdentifier? = nil,
        _ body: (any ApplicationProtocol) async throws -> Result
    ) async throws -> Result {
        let authentication = if let identify {
            Authentication(identify: identify, isConfigured: true)
        } else {
            try await Authentication.fromEnvironment(environment, httpClient: .shared, logger: logger)
        }
        do {
            let result = try await with(
                configuration: configuration, environment: environment, logger: logger, catalog: catalog, model: model,
                authentication: authentication, body)
            await authentication.close()
            return result
        } catch {
            await authentication.close()
            throw error
        }
    }

    private static func with<Result: Sendable>(
        configuration: ServeConfiguration,
        environment: [String: String],
        logger: Logger,
        catalog: [any ToolModule.Type],
        model: ModelSetup?,
        authentication: Authentication,
        _ body: (any ApplicationProtocol) async throws -> Result
    ) async throws -> Result {
        if !configuration.bindsLoopbackOnly, !authentication.isConfigured, !configuration.allowUnauthenticatedRemoteAccess {
            throw ServeError.unsafeBinding(configuration.host)
        }
        try configuration.prepareLocalDirectories()
        return try await withToolbox(
            catalog: catalog, configurationPath: configuration.toolsPath, environment: environment, logger: logger
        ) { toolbox in
            let store = try await SQLStore(url: configuration.storeURL, logger: logger)
            return try await withModelHTTPClient { modelClient in
            let modelSetup = try model ?? ModelSetup.fromEnvironment(environment, httpClient: modelClient)
            let instructions = try Instructions.load(path: configuration.instructionsPath ?? environment["PROFESSOR_LOCK_INSTRUCTIONS"])
            logStartup(configuration: configuration, store: store, model: modelSetup, toolbox: toolbox, authenticates: authentication.isConfigured, logger: logger)

            let runner = AgentRunner(
                model: modelSetup.client,
                tools: toolbox.registry,
                configuration: AgentConfiguration(model: modelSetup.model, instructions: instructions, toolTimeouts: toolbox.toolTimeouts)
            )
            let responder = ProfessorLockResponder(store: store, runner: runner, actions: toolbox.actions, logger: logger)
            let attachments = try DiskAttachmentStore(configuration: .init(
                directory: URL(fileURLWithPath: configuration.attachmentsDirectory),
                publicBaseURL: configuration.resolvedPublicBaseURL))
            let server = ChatKitServer(store: store, attachmentStore: attachments, responder: responder, logger: logger)

            let router = Router()
            router.add(middleware: CORSAllowListMiddleware(allowedOrigins: configuration.corsOrigins))
            ChatKitRoutes<BasicRequestContext>(
                configuration: .init(path: configuration.chatKitPath, version: version),
                server: server,
                identify: authentication.identify,
                attachments: attachments,
                readinessChecks: readinessChecks(store: store, model: modelSetup, toolbox: toolbox),
                logger: logger
            ).register(on: router)

            let fileLimit = ConnectionBudget.raiseFileLimit()
            let maximumConnections = ConnectionBudget.maximumConnections(fileLimit: fileLimit)
            logger.info("connections: at most \(maximumConnections) at once (open-file limit \(fileLimit))")
            let application = Application(
                router: router,
                configuration: .init(
                    address: .hostname(configuration.host, port: configuration.port), serverName: "professor-lock",
                    availableConnectionsDelegate: MaximumAvailableConnections(maximumConnections, logger: logger)),
                services: [store],
                logger: logger
            )
            return try await body(application)
            }
        }
    }

    /// Lends an HTTP client for model requests and shuts it down afterwards. Every open turn holds one
    /// streaming model request, so its connection pool must not cap the number of concurrent turns.
    static func withModelHTTPClient<Result: Sendable>(_ body: (HTTPClient) async throws -> Result) async throws -> Result {
        var configuration = HTTPClient.Configuration()
        // Over HTTP/1.1 each open turn holds a connection of its own; the file-descriptor limit, not
        // the pool, is what bounds them (a request waiting for a pooled connection would time out).
        configuration.connectionPool.concurrentHTTP1ConnectionsPerHostSoftLimit = 1 << 20
        // The OpenAI SDK's defaults: a model that sends nothing for 10 minutes (before, during or after
        // its answer) fails the request rather than holding the turn.
        configuration.timeout = .init(connect: .seconds(5), read: .seconds(600))
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        do {
            let result = try await body(client)
            try? await client.shutdown()
            return result
        } catch {
            try? await client.shutdown()
            throw error
        }
    }

    static func readinessChecks(store: SQLStore, model: ModelSetup, toolbox: Toolbox) -> [ReadinessCheck] {
        let modelDetail = model.isDemo ? "offline demo model (no OPENAI_API_KEY)" : model.client.label
        let tools = toolbox.registry.names
        return [
            ReadinessCheck(name: "store", detail: store.location.description, throwing: { try await store.health() }),
            ReadinessCheck(name: "model", detail: modelDetail, probe: { .ready }),
            ReadinessCheck(name: "tools", detail: tools.isEmpty ? "none enabled" : tools.joined(separator: ", "), probe: { .ready }),
        ]
    }

    static func logStartup(
        configuration: ServeConfiguration, store: SQLStore, model: ModelSetup, toolbox: Toolbox, authenticates: Bool, logger: Logger
    ) {
        if model.isDemo {
            logger.warning("⚠︎ OFFLINE DEMO MODEL: no OPENAI_API_KEY is set. Answers come from a keyword planner that calls real tools, not from a language model.")
        }
        logger.info("model: \(model.client.label)")
        logger.info("store: \(store.location)")
        logger.info("tools: \(toolbox.registry.names.isEmpty ? "none enabled" : toolbox.registry.names.joined(separator: ", "))")
        if !authenticates {
            logger.notice("auth: none configured; every request acts as the single local user")
        }
        logger.info("ChatKit endpoint: \(configuration.resolvedPublicBaseURL)")
    }
}
