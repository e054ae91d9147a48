import Foundation
import JSONValue
import OddsTool

/// Line shopping over a full NFL Sunday slate: 16 games × 10 books × 3 markets (h2h, spreads, totals),
/// decoded from The Odds API's JSON format, then `BestLines.slate` measured alone.
enum BestLinesBench {
    static let markets = ["h2h", "spreads", "totals"]

    static func run() throws -> MicroResult {
        let events = try JSONDecoder().decode([OddsAPIEvent].self, from: Data(slate().jsonString().utf8))
        let games = BestLines.slate(events, markets: markets)
        guard games.count == 16, games.allSatisfy({ $0.markets.count == 3 }) else {
            throw BenchFailure("BestLines did not price every market of the benchmark slate")
        }
        let samples = syncSample(iterations: 5_000, warmup: 100) { _ = BestLines.slate(events, markets: markets) }
        return .latency("Best lines, NFL Sunday (16 games x 10 books x 3 mkts)", samples, p50Below: .milliseconds(1))
    }

    /// Books disagree a little on prices and sometimes on the line, as real feeds do.
    static func slate() -> JSONValue {
        let books = ["draftkings", "fanduel", "betmgm", "caesars", "pointsbetus", "betrivers", "unibet_us", "bovada", "mybookieag", "lowvig"]
        let teams = (1...32).map { "Team \($0)" }
        let games: [JSONValue] = (0..<16).map { game in
            let home = teams[2 * game], away = teams[2 * game + 1]
            let spread = Double(game % 7) + 0.5
            let total = 40.5 + Double(game % 9)
            let bookmakers: [JSONValue] = books.enumerated().map { index, book in
                let wiggle = Double((index * 7 + game * 3) % 11) - 5
                let line = index % 4 == 3 ? spread + 0.5 : spread
                return [
                    "key": .string(book), "title": .string(book.capitalized), "last_update": "2025-11-16T15:00:00Z",
                    "markets": [
                        ["key": "h2h", "outcomes": [
                            ["name": .string(home), "price": .double(-150 - wiggle)],
                            ["name": .string(away), "price": .double(130 + wiggle)],
                        ]],
                        ["key": "spreads", "outcomes": [
                            ["name": .string(home), "price": .double(-110 + wiggle), "point": .double(-line)],
                            ["name": .string(away), "price": .double(-110 - wiggle), "point": .double(line)],
                        ]],
                        ["key": "totals", "outcomes": [
                            ["name": "Over", "price": .double(-108 + wiggle), "point": .double(total)],
                            ["name": "Under", "price": .double(-112 - wiggle), "point": .double(total)],
                        ]],
                    ],
                ]
            }
            return [
                "id": .string("nfl\(game)"), "sport_key": "americanfootball_nfl", "sport_title": "NFL",
                "commence_time": "2025-11-16T18:00:00Z", "home_team": .string(home), "away_team": .string(away),
                "bookmakers": .array(bookmakers),
            ]
        }
        return .array(games)
    }
}
