import Foundation

/// What `get_odds` returns: the slate's best lines, props when asked, and the API quota.
public struct OddsReport: Sendable, Hashable, Codable {
    public var sport: String
    /// The window searched, as sent to The Odds API.
    public var from: String
    public var to: String
    public var games: [GameLines]
    public var props: [PropLine]?
    public var quota: OddsQuota
    /// True when the answer came from the cache (no quota spent).
    public var cached: Bool
    public var notes: [String]
}

/// One game with, per market, the best price of each outcome across the books.
public struct GameLines: Sendable, Hashable, Codable {
    public var id: String
    public var sport: String
    public var commenceTime: String
    public var homeTeam: String
    public var awayTeam: String
    /// Keyed by market key (`h2h`, `spreads`, `totals`).
    public var markets: [String: [OutcomeLine]]
    /// How many books quoted the game.
    public var bookCount: Int

    enum CodingKeys: String, CodingKey {
        case id, sport, markets
        case commenceTime = "commence_time"
        case homeTeam = "home_team"
        case awayTeam = "away_team"
        case bookCount = "book_count"
    }
}

/// One outcome of a market at its consensus line.
public struct OutcomeLine: Sendable, Hashable, Codable {
    /// A team, `"Draw"`, `"Over"` or `"Under"`.
    public var name: String
    /// The consensus line (the point most books quote); null for moneylines.
    public var point: Double?
    /// The best American price at that line across the books.
    public var bestPrice: Int
    /// The book offering `best_price` (the first in feed order on a tie).
    public var bestBook: String
    /// The median American price at that line across the books.
    public var consensusPrice: Int
    /// No-vig probability, averaged over the books quoting both sides at that line; null for
    /// markets with more than two outcomes.
    public var fairProbability: Double?
    /// Books quoting this outcome at the consensus line.
    public var bookCount: Int

    enum CodingKeys: String, CodingKey {
        case name, point
        case bestPrice = "best_price"
        case bestBook = "best_book"
        case consensusPrice = "consensus_price"
        case fairProbability = "fair_probability"
        case bookCount = "book_count"
    }
}

/// One player's prop at its consensus line with the best over and under prices.
public struct PropLine: Sendable, Hashable, Codable {
    public var player: String
    public var market: String
    /// The consensus line; null for yes/no props (anytime touchdown).
    public var line: Double?
    public var overPrice: Int?
    public var overBook: String?
    public var underPrice: Int?
    public var underBook: String?

    enum CodingKeys: String, CodingKey {
        case player, market, line
        case overPrice = "over_price"
        case overBook = "over_book"
        case underPrice = "under_price"
        case underBook = "under_book"
    }
}

/// The Odds API quota after the last paid call (`x-requests-*` headers).
public struct OddsQuota: Sendable, Hashable, Codable {
    public var remaining: Int?
    public var used: Int?
    /// The cost of the last call.
    public var last: Int?

    public init(remaining: Int? = nil, used: Int? = nil, last: Int? = nil) {
        self.remaining = remaining
        self.used = used
        self.last = last
    }

    /// Reads the headers (lower-cased names); missing or malformed values stay null.
    init(headers: [String: String]) {
        func number(_ name: String) -> Int? {
            headers[name].flatMap { Double($0.trimmingCharacters(in: .whitespaces)) }.map { Int($0) }
        }
        self.init(remaining: number("x-requests-remaining"), used: number("x-requests-used"), last: number("x-requests-last"))
    }
}
