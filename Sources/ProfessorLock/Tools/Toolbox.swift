import AgentRuntime
import AsyncHTTPClient
import NIOCore
import NIOHTTPCompression
import Logging
import ToolSupport

/// The enabled tool modules of one process, built from `tools.json`, and what they share.
///
/// `serve`, `ask` and `tools call` all get their tools here, so a module behaves the same
/// behind the chat, in the terminal and in tests. Lent by ``withToolbox(catalog:configurationPath:environment:logger:_:)``,
/// which owns the shared HTTP client and shuts the modules down afterwards.
public struct Toolbox: Sendable {
    public let configuration: ToolsConfiguration
    /// The built modules, in catalog order.
    public let modules: [any ToolModule]
    /// Every tool of every enabled module.
    public let registry: ToolRegistry
    /// Routes widget actions to the module that owns their namespace.
    public let actions: WidgetActionRouter

    /// Per-tool call limits from each module's `timeout_seconds`.
    public var toolTimeouts: [String: Duration] {
        var timeouts: [String: Duration] = [:]
        for module in modules {
            guard let seconds = configuration.settings(for: type(of: module).name).timeoutSeconds else { continue }
            for tool in module.tools { timeouts[tool.name] = .milliseconds(Int64(seconds * 1000)) }
        }
        return timeouts
    }

    init(configuration: ToolsConfiguration, modules: [any ToolModule]) throws {
        self.configuration = configuration
        self.modules = modules
        registry = try ToolRegistry(modules.flatMap(\.tools))
        actions = try WidgetActionRouter(modules.flatMap(\.actionHandlers))
    }
}

/// Builds the toolbox, lends it to `body`, then shuts the modules and the HTTP client down.
///
/// - Parameters:
///   - catalog: the module types the binary was built with.
///   - configurationPath: `tools.json`; `nil` uses defaults for every module.
/// - Throws: ``ToolboxError`` naming the module or file that stopped start-up.
public func withToolbox<Result: Sendable>(
    catalog: [any ToolModule.Type] = ToolModuleCatalog.all,
    configurationPath: String?,
    environment: [String: String],
    logger: Logger,
    _ body: (Toolbox) async throws -> Result
) async throws -> Result {
    let known = Set(catalog.map { $0.name })
    let configuration: ToolsConfiguration
    do {
        configuration = try configurationPath.map {
            try ToolsConfiguration.load(contentsOf: $0, knownModules: known, environment: environment)
        } ?? ToolsConfiguration(knownModules: known, environment: environment)
    } catch {
        throw ToolboxError.configuration(String(describing: error))
    }

    let httpClient = HTTPClient(
        eventLoopGroupProvider: .singleton,
        configuration: HTTPClient.Configuration(
            redirectConfiguration: .disallow,
            timeout: .init(connect: .seconds(10), read: .seconds(30)),
            decompression: .enabled(limit: .ratio(50))
        )
    )
    let toolEnvironment = ToolEnvironment(httpClient: httpClient, logger: logger, variables: environment)
    var modules: [any ToolModule] = []
    do {
        for moduleType in catalog where configuration.settings(for: moduleType.name).enabled {
            do {
                modules.append(try moduleType.init(settings: configuration.settings(for: moduleType.name), environment: toolEnvironment))
            } catch {
                throw ToolboxError.module(moduleType.name, String(describing: error))
            }
        }
        let toolbox = try Toolbox(configuration: configuration, modules: modules)
        let result = try await body(toolbox)
        await shutDown(modules, httpClient)
        return result
    } catch {
        await shutDown(modules, httpClient)
        throw error
    }
}

private func shutDown(_ modules: [any ToolModule], _ httpClient: HTTPClient) async {
    for module in modules { await module.shutdown() }
    try? await httpClient.shutdown()
}

/// Why the tools could not be set up.
public enum ToolboxError: Error, Sendable, CustomStringConvertible {
    /// `tools.json` or an environment override is invalid.
    case configuration(String)
    /// A module refused its settings.
    case module(String, String)

    public var description: String {
        switch self {
        case .configuration(let message): message
        case .module(let name, let message): "tool module '\(name)' cannot start: \(message)"
        }
    }
}
