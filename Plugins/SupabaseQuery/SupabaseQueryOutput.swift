import JSONValue

/// What `supabase_query` returns to the model (and prints for `tools call`).
public struct SupabaseQueryOutput: Encodable, Sendable, Hashable {
    public var dataset: String
    /// One object per row, keyed by column name.
    public var rows: [JSONValue]
    public var rowCount: Int
    /// More rows matched than were returned (limit, row cap or tier limit).
    public var truncated: Bool
    /// Present when a tier limit cut the result.
    public var note: String?

    enum CodingKeys: String, CodingKey {
        case dataset, rows, truncated, note
        case rowCount = "row_count"
    }
}
