import AgentRuntime

/// What the model passes to `statmuse_query`.
public struct StatMuseArguments: ToolArguments, Equatable {
    /// The StatMuse section to ask (college football is `cfb`).
    public enum Sport: String, SchemaLiteralEnum, Sendable, Hashable {
        case nba, wnba, nfl, cfb, mlb, nhl
    }

    public var query: String
    public var sport: Sport

    public init(query: String, sport: Sport) {
        self.query = query
        self.sport = sport
    }

    public static let schemaFields: [String: SchemaField] = [
        "query": """
            A simple stats question with the player or team in it and no sport name, e.g. "Aaron Judge home runs this \
            season", "Buffalo Bills home record last 10 games". Use full team names; avoid multi-condition splits.
            """,
        "sport": "The league whose stats to search.",
    ]
}
