import JSONValue
import AgentRuntime

/// The arguments of `supabase_query`.
public struct SupabaseQueryArguments: ToolArguments, Hashable {
    public var dataset: SupabaseDataset
    public var filters: [QueryFilter]
    public var orderBy: String?
    public var descending: Bool?
    public var limit: Int?

    public init(dataset: SupabaseDataset, filters: [QueryFilter] = [], orderBy: String? = nil, descending: Bool? = nil, limit: Int? = nil) {
        self.dataset = dataset
        self.filters = filters
        self.orderBy = orderBy
        self.descending = descending
        self.limit = limit
    }

    enum CodingKeys: String, CodingKey {
        case dataset, filters, descending, limit
        case orderBy = "order_by"
    }

    public static let schemaFields: [String: SchemaField] = [
        "dataset": """
            What to read: picks (AI picks with odds, confidence and reasoning), games (schedule with odds), \
            player_props (prop lines and best prices), player_form (a player's recent games), team_form (a team's recent \
            results against the spread and total), injuries, insights (daily research notes), teams, players.
            """,
        "filters": SchemaField(
            "Conditions that must all hold; [] for none. Sport values are normalised (CFB = College Football = NCAAF, UFC = MMA).",
            constraints: [.maxItems(QueryPlanner.maximumFilters)]
        ),
        "order_by": "A column of the dataset to sort by; null for the dataset's natural order (newest first for picks).",
        "descending": "Sort from highest/latest to lowest/earliest; null for the default of the chosen order.",
        "limit": SchemaField("How many rows to return; null for 20.", default: 20, constraints: [.minimum(1), .maximum(100)]),
    ]
}

/// The datasets the model may read, each mapped to one table and an allow-list of columns.
public enum SupabaseDataset: String, Sendable, Hashable, CaseIterable, Codable {
    case picks, games
    case playerProps = "player_props"
    case playerForm = "player_form"
    case teamForm = "team_form"
    case injuries, insights, teams, players
}

/// One condition on an allowed column.
public struct QueryFilter: SchemaDescribed, Sendable, Hashable, Codable {
    public var column: String
    public var op: FilterOperator
    public var value: String

    public init(column: String, op: FilterOperator, value: String) {
        self.column = column
        self.op = op
        self.value = value
    }

    public static let schemaDescription: String? = "A condition on one column of the dataset."
    public static let schemaFields: [String: SchemaField] = [
        "column": "A column of the dataset (an unknown column is an error that lists the allowed ones).",
        "op": "eq, neq, in (value is a comma-separated list), gt, gte, lt, lte, or ilike (case-insensitive; % is a wildcard, a value without % matches anywhere in the text).",
        "value": "The value as text: 'NBA', '70', 'true', '2025-11-16', an ISO timestamp, or 'now' / 'today' for the server's current time or date.",
    ]
}

/// How a filter compares.
public enum FilterOperator: String, Sendable, Hashable, CaseIterable, Codable {
    case eq, neq, `in`, gt, gte, lt, lte, ilike
}
