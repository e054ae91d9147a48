import AgentRuntime
import SupabaseAuth
import ToolSupport

/// The `supabase` module: the `supabase_query` tool over the app's Supabase Postgres.
///
/// The database URL is the module's secret: `"api_key_env": "SUPABASE_DB_URL"` in `tools.json` (a
/// `postgres://` URL; use the pooler's, port 6543, with `sslmode=require`). The module owns the connection
/// pool and closes it in ``shutdown()``. Options: `max_rows` (row cap, default 100), `statement_timeout_ms`
/// (default 3000), `free_pick_limit` (default 2), `tier_cache_seconds` (default 60).
public struct SupabaseQueryModule: ToolModule {
    public static let name = "supabase"

    /// The database and tier resolver; `nil` when `SUPABASE_DB_URL` is unset (the tool then answers
    /// every call with ``SupabaseQueryError/notConfigured``). Share `tiers` with the authenticator.
    public let connection: (database: SupabaseDatabase, tiers: TierResolver)?
    private let tool: SupabaseQueryTool

    /// Throws when the URL or an option is malformed; a missing URL is not an error.
    public init(settings: ToolSettings, environment: ToolEnvironment) throws {
        let options = try SupabaseQuerySettings(options: settings)
        if let url = settings.apiKey {
            let database = try SupabaseDatabase(url: url, logger: environment.logger)
            connection = (database, TierResolver(database: database, cacheTTLSeconds: options.tierCacheSeconds))
        } else {
            connection = nil
        }
        tool = SupabaseQueryTool(connection: connection, settings: options)
    }

    public var tools: [any Tool] { [tool] }

    public func shutdown() async {
        await connection?.database.close()
    }
}
