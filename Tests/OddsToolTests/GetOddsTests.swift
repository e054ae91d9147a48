import AgentRuntime
import ChatKitWidgets
import Foundation
import JSONValue
import TestSupport
import Testing
@testable import OddsTool

@Suite("get_odds against a fixture Odds API")
struct GetOddsTests {
    static let slate: FixtureHTTPServer.Handler = { request in
        switch request.path {
        case "/v4/sports/americanfootball_nfl/odds": .oddsJSON(OddsFixtures.text("nfl_slate.json"), headers: OddsFixtures.quotaHeaders)
        case "/v4/sports/mma_mixed_martial_arts/odds": .oddsJSON(OddsFixtures.text("mma_card.json"), headers: OddsFixtures.quotaHeaders)
        case "/v4/sports/soccer_epl/odds": .oddsJSON(OddsFixtures.text("epl_slate.json"), headers: OddsFixtures.quotaHeaders)
        case "/v4/sports/americanfootball_nfl/events/e912304de2b2ce35b473ce2ecd3d1502/odds":
            .oddsJSON(OddsFixtures.text("nfl_props.json"), headers: ["x-requests-remaining": "406", "x-requests-used": "94", "x-requests-last": "2"])
        default: .status(404)
        }
    }

    @Test("sends the documented query and shops the best line per outcome")
    func slateBestLines() async throws {
        try await withFixtureHTTPServer(Self.slate) { server in
            let report = try await OddsFixtures.service(baseURL: server.url()).report(for: GetOddsArguments(sport: .nfl))
            let query = try #require(server.requests.first).query
            #expect(query["apiKey"] == "test-key")
            #expect(query["regions"] == "us")
            #expect(query["markets"] == "h2h,spreads,totals")
            #expect(query["oddsFormat"] == "american")
            #expect(query["dateFormat"] == "iso")
            // Today and tomorrow in US Eastern: 05:00Z on the 16th to 04:59:59Z on the 18th.
            #expect(query["commenceTimeFrom"] == "2025-11-16T05:00:00Z")
            #expect(query["commenceTimeTo"] == "2025-11-18T04:59:59Z")

            #expect(report.quota == OddsQuota(remaining: 412, used: 88, last: 3))
            #expect(report.cached == false)
            #expect(report.games.count == 3)
            let bills = report.games[0]
            #expect(bills.homeTeam == "Buffalo Bills" && bills.bookCount == 4)

            let spreads = try #require(bills.markets["spreads"])
            // BetMGM hangs -6; the consensus is -5.5 and only books at -5.5 are compared.
            #expect(spreads == [
                OutcomeLine(name: "Tampa Bay Buccaneers", point: 5.5, bestPrice: -110, bestBook: "DraftKings", consensusPrice: -112, fairProbability: 0.5051, bookCount: 3),
                OutcomeLine(name: "Buffalo Bills", point: -5.5, bestPrice: -105, bestBook: "Caesars", consensusPrice: -108, fairProbability: 0.4949, bookCount: 3),
            ])
            let totals = try #require(bills.markets["totals"])
            #expect(totals.map(\.name) == ["Over", "Under"])
            #expect(totals.map(\.point) == [48.5, 48.5])
            #expect(totals.map(\.bestPrice) == [-105, -110])
            #expect(totals.map(\.bestBook) == ["BetMGM", "FanDuel"])
            #expect(totals.map(\.fairProbability) == [0.4949, 0.5051])
            let moneyline = try #require(bills.markets["h2h"])
            #expect(moneyline.map(\.bestPrice) == [210, -240])
            #expect(moneyline.map(\.bestBook) == ["Caesars", "BetMGM"])
            // Medians: (3.00 + 3.05) / 2 = 3.025 → +203; (1.4 + 1.40816) / 2 = 1.40408 → -247.
            #expect(moneyline.map(\.consensusPrice) == [203, -247])
            #expect(moneyline.map(\.fairProbability) == [0.3171, 0.6829])
            #expect(moneyline.allSatisfy { $0.point == nil })

            // A game without spreads or totals posted keeps only the markets it has.
            #expect(report.games[2].markets.keys.sorted() == ["h2h"])
        }
    }

    @Test("the output encodes with the documented snake_case keys")
    func outputShape() async throws {
        try await withFixtureHTTPServer(Self.slate) { server in
            let report = try await OddsFixtures.service(baseURL: server.url()).report(for: GetOddsArguments(sport: .nfl, markets: [.spreads]))
            let json = try JSONValue(encoding: report)
            #expect(json["quota"] == ["remaining": 412, "used": 88, "last": 3])
            let game = try #require(json["games"]?.arrayValue?.first)
            #expect(game.objectValue?.keys.sorted() == ["away_team", "book_count", "commence_time", "home_team", "id", "markets", "sport"])
            let outcome = try #require(game["markets"]?["spreads"]?.arrayValue?.first)
            for key in ["name", "point", "best_price", "best_book", "fair_probability"] { #expect(outcome[key] != nil, "\(key)") }
            #expect(try #require(server.requests.first).query["markets"] == "spreads")
        }
    }

    @Test("team filter matches home or away names case-insensitively")
    func teamFilter() async throws {
        try await withFixtureHTTPServer(Self.slate) { server in
            let service = OddsFixtures.service(baseURL: server.url())
            let chiefs = try await service.report(for: GetOddsArguments(sport: .nfl, team: "chiefs"))
            #expect(chiefs.games.map(\.awayTeam) == ["Kansas City Chiefs"])
            let none = try await service.report(for: GetOddsArguments(sport: .nfl, team: "Jets"))
            #expect(none.games.isEmpty)
            #expect(none.notes.first?.contains("\"Jets\"") == true)
        }
    }

    @Test("MMA asks for moneylines only; soccer three-way markets have no fair probability")
    func mmaAndSoccer() async throws {
        try await withFixtureHTTPServer(Self.slate) { server in
            let service = OddsFixtures.service(baseURL: server.url())
            let fight = try await service.report(for: GetOddsArguments(sport: .mma))
            #expect(server.requests.last?.query["markets"] == "h2h")
            #expect(fight.games.first?.markets["h2h"]?.map(\.bestPrice) == [310, -380])
            await #expect(throws: OddsAPIError.self) { try await service.report(for: GetOddsArguments(sport: .mma, markets: [.spreads])) }
            let epl = try await service.report(for: GetOddsArguments(sport: .epl))
            let outcomes = try #require(epl.games.first?.markets["h2h"])
            #expect(outcomes.map(\.name) == ["Chelsea", "Arsenal", "Draw"])
            #expect(outcomes.allSatisfy { $0.fairProbability == nil })
        }
    }

    @Test("bookmakers replace regions in the query")
    func bookmakers() async throws {
        try await withFixtureHTTPServer(Self.slate) { server in
            _ = try await OddsFixtures.service(baseURL: server.url()).report(for: GetOddsArguments(sport: .nfl, bookmakers: ["DraftKings", "fanduel"]))
            let query = try #require(server.requests.first).query
            #expect(query["bookmakers"] == "draftkings,fanduel")
            #expect(query["regions"] == nil)
            await #expect(throws: OddsAPIError.self) {
                try await OddsFixtures.service(baseURL: server.url()).report(for: GetOddsArguments(sport: .nfl, bookmakers: ["draft kings&x=1"]))
            }
        }
    }

    @Test("player props come from the event-odds endpoint, per player at the consensus line")
    func props() async throws {
        try await withFixtureHTTPServer(Self.slate) { server in
            let report = try await OddsFixtures.service(baseURL: server.url()).report(for: GetOddsArguments(
                sport: .nfl, playerProps: PlayerPropsRequest(eventID: "e912304de2b2ce35b473ce2ecd3d1502", markets: ["player_pass_yds", "player_anytime_td"])
            ))
            #expect(try #require(server.requests.first).query["markets"] == "player_pass_yds,player_anytime_td")
            #expect(report.quota.remaining == 406)
            #expect(report.props == [
                PropLine(player: "James Cook", market: "player_anytime_td", line: nil, overPrice: -140, overBook: "FanDuel", underPrice: nil, underBook: nil),
                PropLine(player: "Baker Mayfield", market: "player_pass_yds", line: 231.5, overPrice: -110, overBook: "DraftKings", underPrice: -120, underBook: "DraftKings"),
                PropLine(player: "Josh Allen", market: "player_pass_yds", line: 249.5, overPrice: -108, overBook: "FanDuel", underPrice: -112, underBook: "DraftKings"),
            ])
            await #expect(throws: OddsAPIError.self) {
                try await OddsFixtures.service(baseURL: server.url()).report(for: GetOddsArguments(
                    sport: .nfl, playerProps: PlayerPropsRequest(eventID: "../../sports", markets: ["player_pass_yds"])
                ))
            }
        }
    }

    @Test("answers are cached: a repeated question spends no request")
    func cache() async throws {
        try await withFixtureHTTPServer(Self.slate) { server in
            let service = OddsFixtures.service(baseURL: server.url())
            _ = try await service.report(for: GetOddsArguments(sport: .nfl))
            let again = try await service.report(for: GetOddsArguments(sport: .nfl, team: "Bills"))
            #expect(server.requests.count == 1)
            #expect(again.cached)
            #expect(again.quota.remaining == 412)
        }
    }

    @Test("the last reserved requests are never spent")
    func quotaReserve() async throws {
        let low: FixtureHTTPServer.Handler = { _ in
            .oddsJSON(OddsFixtures.text("nfl_slate.json"), headers: ["x-requests-remaining": "10", "x-requests-used": "490", "x-requests-last": "3"])
        }
        try await withFixtureHTTPServer(low) { server in
            let service = OddsFixtures.service(baseURL: server.url(), reserved: 10)
            let first = try await service.report(for: GetOddsArguments(sport: .nfl))
            #expect(first.quota.remaining == 10)
            await #expect(throws: OddsAPIError.quotaReserve(remaining: 10, reserve: 10)) {
                try await service.report(for: GetOddsArguments(sport: .nfl, markets: [.h2h]))
            }
            #expect(server.requests.count == 1)
        }
    }

    @Test("HTTP errors become actionable messages", arguments: [
        (401, OddsAPIError.unauthorized),
        (429, OddsAPIError.rateLimited),
        (422, OddsAPIError.rejectedParameters(detail: "sport americanfootball_nfl, markets h2h,spreads,totals, bookmakers all US")),
    ])
    func httpErrors(status: Int, expected: OddsAPIError) async throws {
        _ = try await withFixtureHTTPServer({ _ in .json(#"{"message":"nope","error_code":"X"}"#, status: status) }) { server in
            await #expect(throws: expected) {
                try await OddsFixtures.service(baseURL: server.url()).report(for: GetOddsArguments(sport: .nfl))
            }
        }
        #expect(!expected.description.contains("test-key"))
    }

    @Test("an empty slate is an empty list with a note, never invented games")
    func emptySlate() async throws {
        try await withFixtureHTTPServer({ _ in .oddsJSON("[]", headers: OddsFixtures.quotaHeaders) }) { server in
            let report = try await OddsFixtures.service(baseURL: server.url()).report(for: GetOddsArguments(sport: .wnba))
            #expect(report.games.isEmpty)
            #expect(report.notes == ["No WNBA games with odds between 2025-11-16T05:00:00Z and 2025-11-18T04:59:59Z."])
            #expect(server.requests.first?.path == "/v4/sports/basketball_wnba/odds")
        }
    }

    @Test("without an API key nothing is requested")
    func missingKey() async throws {
        try await withFixtureHTTPServer(Self.slate) { server in
            await #expect(throws: OddsAPIError.missingAPIKey) {
                try await OddsFixtures.service(baseURL: server.url(), apiKey: nil).report(for: GetOddsArguments(sport: .nfl))
            }
            #expect(server.requests.isEmpty)
        }
    }

    @Test("the tool shows the board, or an error state in the widget and a clear error to the model")
    func toolWidgetStates() async throws {
        try await withFixtureHTTPServer(Self.slate) { server in
            let recorder = OddsEventRecorder()
            let report = try await GetOddsTool(service: OddsFixtures.service(baseURL: server.url())).call(arguments: GetOddsArguments(sport: .nfl), context: recorder.context())
            let board = try #require(recorder.finalWidget)
            #expect(board == OddsBoard.board(report, query: GetOddsArguments(sport: .nfl), timeZone: TimeZone(identifier: "America/New_York")!))
        }
        try await withFixtureHTTPServer({ _ in .status(401) }) { server in
            let recorder = OddsEventRecorder()
            await #expect(throws: OddsAPIError.unauthorized) {
                try await GetOddsTool(service: OddsFixtures.service(baseURL: server.url())).call(arguments: GetOddsArguments(sport: .nfl), context: recorder.context())
            }
            let widget = try #require(recorder.finalWidget)
            #expect(widget == OddsBoard.failure(OddsAPIError.unauthorized.description, query: GetOddsArguments(sport: .nfl)))
        }
    }

    @Test("refresh repeats the query stored in the board")
    func refresh() async throws {
        try await withFixtureHTTPServer(Self.slate) { server in
            let service = OddsFixtures.service(baseURL: server.url(), cacheTTL: .zero)
            let query = GetOddsArguments(sport: .nfl, team: "Bills")
            let board = OddsBoard.board(try await service.report(for: query), query: query, timeZone: service.timeZone)
            #expect(OddsActionHandler.storedQuery(in: board) == query)
            let outcome = try await OddsActionHandler(service: service).handle(
                WidgetAction(type: "odds.refresh", payload: ["query": ["sport": "nba"]]), widget: board, context: OddsEventRecorder().context()
            )
            #expect(server.requests.count == 2)
            #expect(server.requests.last?.path == "/v4/sports/americanfootball_nfl/odds")
            #expect(outcome.widget != nil)
            #expect(outcome.hiddenContext?.contains("1 games") == true)
        }
    }
}
