import AgentRuntime

/// The `supabase` module's options (`tools.json` → `tools.supabase.options`).
struct SupabaseQuerySettings: Sendable, Hashable {
    /// Rows returned when the model gives no limit.
    var defaultLimit = 20
    /// The row cap: no query returns more, whatever the model asks.
    var maximumRows = 100
    /// `statement_timeout` of every query's transaction.
    var statementTimeoutMilliseconds = 3_000
    var pickLimits = PickLimitPolicy(freePickLimit: 2)
    /// How long a user's resolved tier is reused.
    var tierCacheSeconds: Double = 60

    /// Reads `max_rows`, `statement_timeout_ms`, `free_pick_limit` and `tier_cache_seconds`.
    init(options settings: ToolSettings) throws(ToolsConfigurationError) {
        if let value = try settings.option("max_rows", as: Int.self) {
            guard (1...100).contains(value) else { throw Self.error("max_rows", "expected 1...100, got \(value)") }
            maximumRows = value
            defaultLimit = min(defaultLimit, value)
        }
        if let value = try settings.option("statement_timeout_ms", as: Int.self) {
            guard (1...60_000).contains(value) else { throw Self.error("statement_timeout_ms", "expected 1...60000, got \(value)") }
            statementTimeoutMilliseconds = value
        }
        if let value = try settings.option("free_pick_limit", as: Int.self) {
            guard (1...100).contains(value) else { throw Self.error("free_pick_limit", "expected 1...100, got \(value)") }
            pickLimits.freePickLimit = value
        }
        if let value = try settings.option("tier_cache_seconds", as: Double.self) {
            guard value >= 0 else { throw Self.error("tier_cache_seconds", "expected >= 0, got \(value)") }
            tierCacheSeconds = value
        }
    }

    private static func error(_ key: String, _ problem: String) -> ToolsConfigurationError {
        ToolsConfigurationError(source: "options", key: key, problem: problem)
    }
}
