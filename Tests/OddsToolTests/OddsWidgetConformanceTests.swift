import ChatKitWidgets
import Foundation
import JSONValue
import TestSupport
import Testing
@testable import OddsTool

@Suite("odds widgets pass the strict widget check", .enabled(if: ExternalService.chatKitOracle.shouldRun))
struct OddsWidgetConformanceTests {
    @Test("loading, board, props, empty and error widgets conform to openai-chatkit 1.6.5")
    func conform() async throws {
        try await withFixtureHTTPServer(GetOddsTests.slate) { server in
            let service = OddsFixtures.service(baseURL: server.url())
            let slateQuery = GetOddsArguments(sport: .nfl)
            let propsQuery = GetOddsArguments(sport: .nfl, playerProps: PlayerPropsRequest(eventID: "e912304de2b2ce35b473ce2ecd3d1502", markets: ["player_pass_yds", "player_anytime_td"]))
            let slate = try await service.report(for: slateQuery)
            let props = try await service.report(for: propsQuery)
            var empty = slate
            empty.games = []
            let widgets: [(String, WidgetRoot)] = [
                ("loading", OddsBoard.loading(slateQuery)),
                ("board", OddsBoard.board(slate, query: slateQuery, timeZone: service.timeZone)),
                ("props", OddsBoard.board(props, query: propsQuery, timeZone: service.timeZone)),
                ("empty", OddsBoard.board(empty, query: slateQuery, timeZone: service.timeZone)),
                ("error", OddsBoard.failure(OddsAPIError.rateLimited.description, query: slateQuery)),
            ]
            let oracle = try ConformanceOracle.shared()
            for (name, widget) in widgets {
                let verdict = try await oracle.checkWidget(try JSONValue(encoding: widget))
                #expect(verdict.conforms, "\(name): \(verdict)")
            }
        }
    }
}
