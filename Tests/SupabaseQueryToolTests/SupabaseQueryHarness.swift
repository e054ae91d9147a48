import AgentRuntime
import AsyncHTTPClient
import ChatKitWidgets
import JSONValue
import Logging
import SupabaseAuth
import SupabaseTesting
import Synchronization
import Testing
import ToolSupport
@testable import SupabaseQueryTool

/// The `supabase` module over a seeded test database, with the widgets each call showed.
struct SupabaseQueryHarness {
    let module: SupabaseQueryModule
    let tool: SupabaseQueryTool

    init(url: String, options: [String: JSONValue] = [:]) throws {
        module = try SupabaseQueryModule(
            settings: ToolSettings(apiKey: url, options: options),
            environment: ToolEnvironment(httpClient: .shared, logger: Logger(label: "supabase-test"), variables: [:])
        )
        tool = try #require(module.tools.first as? SupabaseQueryTool)
    }

    /// Runs the tool as `caller`; returns the output and the widgets shown.
    func call(_ arguments: SupabaseQueryArguments, as caller: CallerIdentity = .operator_) async throws -> (SupabaseQueryOutput, [WidgetRoot]) {
        let widgets = Mutex<[WidgetRoot]>([])
        let context = ToolContext(callID: "call_test", toolName: tool.name, caller: caller, sink: EventSink { event in
            if case .widgetAdded(_, _, let root, _) = event { widgets.withLock { $0.append(root) } }
        })
        let output = try await tool.call(arguments: arguments, context: context)
        return (output, widgets.withLock { $0 })
    }

    func rows(_ arguments: SupabaseQueryArguments, as caller: CallerIdentity = .operator_) async throws -> [[String: JSONValue]] {
        try await call(arguments, as: caller).0.rows.compactMap(\.objectValue)
    }

    func shutdown() async { await module.shutdown() }
}

/// Runs `body` with a harness over a fresh seeded database.
func withHarness<Result: Sendable>(
    options: [String: JSONValue] = [:],
    extraSQL: String? = nil,
    _ body: (SupabaseQueryHarness, SupabaseTestDatabase) async throws -> Result
) async throws -> Result {
    try await withSupabaseTestDatabase(extraSQL: extraSQL) { database in
        let harness = try SupabaseQueryHarness(url: database.url + "?sslmode=disable", options: options)
        do {
            let result = try await body(harness, database)
            await harness.shutdown()
            return result
        } catch {
            await harness.shutdown()
            throw error
        }
    }
}

extension SupabaseQueryArguments {
    static func picks(_ filters: [QueryFilter] = [], orderBy: String? = nil, descending: Bool? = nil, limit: Int? = nil) -> Self {
        SupabaseQueryArguments(dataset: .picks, filters: filters, orderBy: orderBy, descending: descending, limit: limit)
    }
}

/// Fixed ids of the seed (Tests/Fixtures/Supabase/seed.sql).
enum SeedUser {
    static let free = "00000000-0000-4000-8000-000000000001"
    static let pro = "00000000-0000-4000-8000-000000000002"
    static let elite = "00000000-0000-4000-8000-000000000003"
}
