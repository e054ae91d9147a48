import AgentRuntime

/// The arguments of `get_odds`.
public struct GetOddsArguments: ToolArguments, Hashable, Codable {
    public var sport: OddsSport
    public var markets: [OddsMarket]?
    public var team: String?
    public var bookmakers: [String]?
    public var playerProps: PlayerPropsRequest?
    public var from: String?
    public var to: String?

    public init(
        sport: OddsSport, markets: [OddsMarket]? = nil, team: String? = nil, bookmakers: [String]? = nil,
        playerProps: PlayerPropsRequest? = nil, from: String? = nil, to: String? = nil
    ) {
        self.sport = sport
        self.markets = markets
        self.team = team
        self.bookmakers = bookmakers
        self.playerProps = playerProps
        self.from = from
        self.to = to
    }

    enum CodingKeys: String, CodingKey {
        case sport, markets, team, bookmakers, from, to
        case playerProps = "player_props"
    }

    public static let schemaFields: [String: SchemaField] = [
        "sport": "The league. Soccer: epl, champions_league, la_liga, bundesliga, serie_a, ligue_1, mls.",
        "markets": SchemaField(
            "Game markets: h2h (moneyline), spreads, totals. Null for all three (MMA: h2h only).",
            constraints: [.minItems(1), .maxItems(3)]
        ),
        "team": "Only games with a team whose name contains this text (case-insensitive), e.g. \"Bills\". Null for all games.",
        "bookmakers": SchemaField(
            "The Odds API bookmaker keys to compare, e.g. [\"draftkings\", \"fanduel\"]. Null for every US book.",
            constraints: [.minItems(1), .maxItems(15)]
        ),
        "player_props": "Player props for one game instead of the slate (costs quota per market). Null for game odds.",
        "from": "Start of the window: YYYY-MM-DD (start of that day, US Eastern) or YYYY-MM-DDTHH:MM:SSZ. Null for the start of today.",
        "to": "End of the window: YYYY-MM-DD (end of that day, US Eastern) or YYYY-MM-DDTHH:MM:SSZ. Null for the end of tomorrow.",
    ]
}

/// Which props to read for one game.
public struct PlayerPropsRequest: SchemaDescribed, Sendable, Hashable, Codable {
    /// The Odds API event id (the `id` of a game from an earlier `get_odds` call).
    public var eventID: String
    public var markets: [String]

    public init(eventID: String, markets: [String]) {
        self.eventID = eventID
        self.markets = markets
    }

    enum CodingKeys: String, CodingKey {
        case eventID = "event_id"
        case markets
    }

    public static let schemaFields: [String: SchemaField] = [
        "event_id": "The game's id from a previous get_odds result.",
        "markets": SchemaField(
            "Prop market keys, e.g. [\"player_pass_yds\", \"player_anytime_td\"] (NFL), [\"player_points\", \"player_rebounds\"] (NBA), [\"batter_hits\", \"pitcher_strikeouts\"] (MLB).",
            constraints: [.minItems(1), .maxItems(10)]
        ),
    ]
}
