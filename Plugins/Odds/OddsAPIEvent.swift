/// One event as The Odds API v4 returns it from `/sports/{sport}/odds` (an array of these) and
/// `/sports/{sport}/events/{id}/odds` (one of these). Prices are American (`oddsFormat=american`).
public struct OddsAPIEvent: Sendable, Hashable, Codable {
    public struct Bookmaker: Sendable, Hashable, Codable {
        public var key: String
        public var title: String
        public var markets: [Market]
    }

    public struct Market: Sendable, Hashable, Codable {
        public var key: String
        public var outcomes: [Outcome]
    }

    public struct Outcome: Sendable, Hashable, Codable {
        /// A team, `"Draw"`, or `"Over"`/`"Under"`.
        public var name: String
        public var price: Double
        /// The spread, total or prop line; absent for moneylines.
        public var point: Double?
        /// The player, for props.
        public var description: String?
    }

    public var id: String
    public var sportKey: String
    public var commenceTime: String
    public var homeTeam: String
    public var awayTeam: String
    public var bookmakers: [Bookmaker]

    enum CodingKeys: String, CodingKey {
        case id, bookmakers
        case sportKey = "sport_key"
        case commenceTime = "commence_time"
        case homeTeam = "home_team"
        case awayTeam = "away_team"
    }

    public init(id: String, sportKey: String, commenceTime: String, homeTeam: String, awayTeam: String, bookmakers: [Bookmaker]) {
        self.id = id
        self.sportKey = sportKey
        self.commenceTime = commenceTime
        self.homeTeam = homeTeam
        self.awayTeam = awayTeam
        self.bookmakers = bookmakers
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        sportKey = try container.decode(String.self, forKey: .sportKey)
        commenceTime = try container.decode(String.self, forKey: .commenceTime)
        homeTeam = try container.decodeIfPresent(String.self, forKey: .homeTeam) ?? ""
        awayTeam = try container.decodeIfPresent(String.self, forKey: .awayTeam) ?? ""
        bookmakers = try container.decodeIfPresent([Bookmaker].self, forKey: .bookmakers) ?? []
    }
}
