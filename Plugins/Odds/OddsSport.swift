import AgentRuntime

/// The leagues the app covers, with their The Odds API sport keys.
public enum OddsSport: String, SchemaLiteralEnum, Sendable, Hashable, Codable {
    case nfl, ncaaf, nba, wnba, mlb, nhl, mma
    case epl, ucl = "champions_league", laLiga = "la_liga", bundesliga, serieA = "serie_a", ligue1 = "ligue_1", mls

    /// The Odds API v4 sport key (reference §2.1).
    public var apiKey: String {
        switch self {
        case .nfl: "americanfootball_nfl"
        case .ncaaf: "americanfootball_ncaaf"
        case .nba: "basketball_nba"
        case .wnba: "basketball_wnba"
        case .mlb: "baseball_mlb"
        case .nhl: "icehockey_nhl"
        case .mma: "mma_mixed_martial_arts"
        case .epl: "soccer_epl"
        case .ucl: "soccer_uefa_champs_league"
        case .laLiga: "soccer_spain_la_liga"
        case .bundesliga: "soccer_germany_bundesliga"
        case .serieA: "soccer_italy_serie_a"
        case .ligue1: "soccer_france_ligue_one"
        case .mls: "soccer_usa_mls"
        }
    }

    /// How the league is written for people.
    public var title: String {
        switch self {
        case .nfl: "NFL"
        case .ncaaf: "NCAAF"
        case .nba: "NBA"
        case .wnba: "WNBA"
        case .mlb: "MLB"
        case .nhl: "NHL"
        case .mma: "MMA"
        case .epl: "EPL"
        case .ucl: "Champions League"
        case .laLiga: "La Liga"
        case .bundesliga: "Bundesliga"
        case .serieA: "Serie A"
        case .ligue1: "Ligue 1"
        case .mls: "MLS"
        }
    }

    /// Markets fetched when none are asked for: all three, but fights have no spreads or totals.
    public var defaultMarkets: [OddsMarket] {
        self == .mma ? [.h2h] : OddsMarket.allCases
    }
}

/// The game markets `get_odds` reads.
public enum OddsMarket: String, SchemaLiteralEnum, Sendable, Hashable, Codable, Comparable {
    /// Moneyline.
    case h2h
    case spreads
    case totals

    public static func < (lhs: OddsMarket, rhs: OddsMarket) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
