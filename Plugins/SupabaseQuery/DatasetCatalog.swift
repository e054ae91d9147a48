/// One column the model may read: its output name, the SQL that produces it and its type.
struct AllowedColumn: Sendable, Hashable {
    let name: String
    /// SQL over the dataset's table; written here, never taken from input.
    let sql: String
    let type: ColumnType
    /// Holds a sport label (normalised in filters and output).
    let isSport: Bool

    init(_ name: String, _ type: ColumnType, sql: String? = nil, sport: Bool = false) {
        self.name = name
        self.sql = sql ?? "\"\(name)\""
        self.type = type
        self.isSport = sport
    }
}

/// A dataset: its table, allowed columns and natural order.
struct DatasetDefinition: Sendable {
    let dataset: SupabaseDataset
    let table: String
    let columns: [AllowedColumn]
    let defaultOrder: String
    let defaultDescending: Bool
    /// Columns the compact table card shows, in order.
    let summaryColumns: [String]

    func column(named name: String) -> AllowedColumn? {
        columns.first { $0.name == name }
    }

    var sportColumn: AllowedColumn? { columns.first(where: \.isSport) }
}

/// The allow-list: every dataset, table and column `supabase_query` can touch.
enum DatasetCatalog {
    static func definition(of dataset: SupabaseDataset) -> DatasetDefinition {
        switch dataset {
        case .picks: picks
        case .games: games
        case .playerProps: playerProps
        case .playerForm: playerForm
        case .teamForm: teamForm
        case .injuries: injuries
        case .insights: insights
        case .teams: teams
        case .players: players
        }
    }

    static let picks = DatasetDefinition(
        dataset: .picks, table: "ai_predictions",
        columns: [
            .init("id", .uuid), .init("match_teams", .text), .init("pick", .text), .init("odds", .text),
            .init("confidence", .integer), .init("sport", .text, sport: true), .init("event_time", .timestamp),
            .init("reasoning", .text), .init("value_percentage", .numeric), .init("roi_estimate", .numeric),
            .init("kelly_stake", .numeric), .init("expected_value", .numeric), .init("implied_probability", .numeric),
            .init("fair_odds", .text), .init("risk_level", .text), .init("key_factors", .json), .init("status", .text),
            .init("bet_type", .text), .init("game_id", .text), .init("player_id", .uuid), .init("prop_market_type", .text),
            .init("line_value", .numeric), .init("created_at", .timestamp),
        ],
        defaultOrder: "created_at", defaultDescending: true,
        summaryColumns: ["match_teams", "pick", "odds", "confidence"]
    )

    static let games = DatasetDefinition(
        dataset: .games, table: "sports_events",
        columns: [
            .init("id", .uuid), .init("external_event_id", .text), .init("sport", .text, sport: true), .init("sport_key", .text),
            .init("league", .text), .init("home_team", .text), .init("away_team", .text), .init("start_time", .timestamp),
            .init("local_game_date", .date), .init("status", .text), .init("venue", .text),
            .init("final_home_score", .integer), .init("final_away_score", .integer),
            // The stored The Odds API event; `odds` itself is always {} (reference §2.3).
            .init("bookmakers", .json, sql: "\"metadata\" -> 'full_data' -> 'bookmakers'"),
        ],
        defaultOrder: "start_time", defaultDescending: false,
        summaryColumns: ["away_team", "home_team", "start_time", "status"]
    )

    static let playerProps = DatasetDefinition(
        dataset: .playerProps, table: "player_props_v2",
        columns: [
            .init("id", .uuid), .init("event_id", .uuid), .init("player_id", .uuid),
            .init("player_name", .text, sql: "(SELECT p.\"name\" FROM \"players\" p WHERE p.\"id\" = \"player_props_v2\".\"player_id\")"),
            .init("sport", .text, sport: true), .init("game_date", .timestamp), .init("local_game_date", .date),
            .init("opponent_team", .text), .init("is_home", .boolean), .init("stat_type", .text), .init("main_line", .numeric),
            .init("main_over_odds", .json), .init("main_under_odds", .json),
            .init("best_over_odds", .integer), .init("best_over_book", .text), .init("best_under_odds", .integer),
            .init("best_under_book", .text), .init("alt_lines", .json), .init("num_bookmakers", .integer), .init("last_updated", .timestamp),
        ],
        defaultOrder: "last_updated", defaultDescending: true,
        summaryColumns: ["player_name", "stat_type", "main_line", "best_over_odds", "best_under_odds"]
    )

    static let playerForm = DatasetDefinition(
        dataset: .playerForm, table: "player_recent_stats",
        columns: [
            .init("player_id", .uuid), .init("player_name", .text), .init("sport", .text, sport: true), .init("team", .text),
            .init("game_date", .date), .init("opponent", .text), .init("is_home", .boolean), .init("game_result", .text),
            .init("minutes_played", .numeric),
        ] + statColumns,
        defaultOrder: "game_date", defaultDescending: true,
        summaryColumns: ["game_date", "opponent", "game_result"]
    )

    /// Per-game stat columns of `player_recent_stats`, by sport.
    static let statColumns: [AllowedColumn] = [
        "hits", "at_bats", "home_runs", "rbis", "runs_scored", "stolen_bases", "strikeouts", "walks", "total_bases",
        "strikeouts_pitcher", "hits_allowed", "walks_allowed", "earned_runs",
        "points", "rebounds", "assists", "steals", "blocks", "three_pointers",
        "passing_yards", "rushing_yards", "receiving_yards", "receptions", "passing_tds", "rushing_tds", "receiving_tds",
        "significant_strikes", "takedowns",
    ].map { AllowedColumn($0, .integer) } + [AllowedColumn("innings_pitched", .numeric)]

    static let teamForm = DatasetDefinition(
        dataset: .teamForm, table: "team_recent_stats",
        columns: [
            .init("team_name", .text), .init("sport", .text, sport: true), .init("game_date", .date), .init("opponent_team", .text),
            .init("is_home", .boolean), .init("team_score", .integer), .init("opponent_score", .integer), .init("game_result", .text),
            .init("spread_line", .numeric), .init("spread_result", .text), .init("total_line", .numeric), .init("total_result", .text),
        ],
        defaultOrder: "game_date", defaultDescending: true,
        summaryColumns: ["game_date", "opponent_team", "team_score", "opponent_score", "game_result"]
    )

    static let injuries = DatasetDefinition(
        dataset: .injuries, table: "injury_reports",
        columns: [
            .init("player_name", .text), .init("team_name", .text), .init("position", .text), .init("injury_status", .text),
            .init("estimated_return_date", .date), .init("description", .text), .init("sport", .text, sport: true),
            .init("source", .text), .init("source_url", .text), .init("is_active", .boolean), .init("scraped_at", .timestamp),
        ],
        defaultOrder: "scraped_at", defaultDescending: true,
        summaryColumns: ["player_name", "team_name", "injury_status"]
    )

    static let insights = DatasetDefinition(
        dataset: .insights, table: "daily_professor_insights",
        columns: [
            .init("title", .text), .init("insight_text", .text), .init("description", .text), .init("category", .text),
            .init("confidence", .integer), .init("impact", .text), .init("insight_order", .integer), .init("date_generated", .date),
            .init("research_sources", .json), .init("teams", .json), .init("game_info", .json), .init("created_at", .timestamp),
        ],
        defaultOrder: "date_generated", defaultDescending: true,
        summaryColumns: ["title", "category", "impact"]
    )

    static let teams = DatasetDefinition(
        dataset: .teams, table: "teams",
        columns: [
            .init("id", .uuid), .init("team_name", .text), .init("team_abbreviation", .text), .init("team_key", .text),
            .init("city", .text), .init("conference", .text), .init("division", .text), .init("sport_key", .text, sport: true),
            .init("logo_url", .text),
        ],
        defaultOrder: "team_name", defaultDescending: false,
        summaryColumns: ["team_name", "team_abbreviation", "conference"]
    )

    static let players = DatasetDefinition(
        dataset: .players, table: "players",
        columns: [
            .init("id", .uuid), .init("name", .text), .init("team", .text), .init("sport", .text, sport: true),
            .init("sport_key", .text), .init("position", .text), .init("jersey_number", .text), .init("active", .boolean),
            .init("status", .text), .init("headshot_url", .text),
        ],
        defaultOrder: "name", defaultDescending: false,
        summaryColumns: ["name", "team", "position"]
    )
}
