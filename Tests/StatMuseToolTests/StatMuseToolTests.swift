import AgentRuntime
import ChatKitWidgets
import Foundation
import JSONValue
import Logging
import Synchronization
import Testing
import TestSupport
import ToolSupport
@testable import StatMuseTool

@Suite("statmuse_query against a loopback StatMuse")
struct StatMuseToolTests {
    /// Builds the module against a fixture server and lends a caller to `body`.
    static func withStatMuse(
        options: [String: JSONValue] = ["max_attempts": 3],
        _ handler: @escaping FixtureHTTPServer.Handler,
        _ body: (_ call: (String) async -> (ToolInvocation, [AgentEvent]), _ server: FixtureHTTPServer) async throws -> Void
    ) async throws {
        try await withFixtureHTTPServer(handler) { server in
            try await withToolHTTPClient { client in
                let settings = ToolSettings(baseURL: server.url(), options: options)
                let module = try StatMuseModule(settings: settings, environment: ToolEnvironment(httpClient: client, logger: Logger(label: "test"), variables: [:]))
                let registry = try ToolRegistry(module.tools)
                try await body({ arguments in
                    let sink = RecordingEventSink()
                    let result = await registry.invoke(name: "statmuse_query", arguments: arguments, context: sink.context(toolName: "statmuse_query"))
                    return (result, sink.events)
                }, server)
            }
        }
    }

    @Test("slugs follow the app's rules and are URL-encoded", arguments: [
        ("LJ Martin rushing yards last 5 games", "lj-martin-rushing-yards-last-5-games"),
        ("  Who's the Yankees' best hitter?? ", "whos-the-yankees-best-hitter"),
        ("Chiefs, Bills -- record!", "chiefs-bills-record"),
        ("AT&T / 50% + more", "at%26t-%2F-50%25-%2B-more"),
        ("Rūdolfs Balcers goals", "r%C5%ABdolfs-balcers-goals"),
        ("J.T. Realmuto avg", "j.t.-realmuto-avg"),
    ])
    func slug(_ query: String, _ expected: String) {
        #expect(StatMuseSlug.make(query) == expected)
    }

    @Test("the answer comes from the first h1 with normal spacing, plus the first table, the card and the cache")
    func answer() async throws {
        let page = try fixtureBytes("StatMuse/answer-judge.html")
        try await Self.withStatMuse({ _ in .init(headers: ["Content-Type": "text/html; charset=utf-8"], body: page) }) { call, server in
            let (result, events) = await call(#"{"query":"Aaron Judge home runs this season","sport":"mlb"}"#)
            let output = try #require(result.output?.value)
            #expect(output["answer"] == "The New York Yankees' Aaron Judge has hit 53 home runs this season.")
            #expect(output["url"] == .string(server.url("/mlb/ask/aaron-judge-home-runs-this-season")))
            #expect(output["sport"] == "mlb")
            #expect(output["cached"] == false)
            #expect(output["table"]?["columns"] == ["NAME", "SEASON", "TM", "G", "AB", "R", "H", "HR", "RBI", "AVG"])
            #expect(output["table"]?["rows"] == [["Aaron Judge", "2025", "NYY", "152", "541", "137", "179", "53", "114", ".331"]])
            #expect(server.requests.map(\.path) == ["/mlb/ask/aaron-judge-home-runs-this-season"])

            guard case .widgetDone(_, .card(let card))? = events.last else {
                Issue.record("no final card")
                return
            }
            let json = try JSONValue(encoding: card).jsonString()
            #expect(json.contains("Aaron Judge has hit 53 home runs"))
            #expect(json.contains("[View on StatMuse](\(server.url("/mlb/ask/aaron-judge-home-runs-this-season")))"))
            #expect(events.contains { if case .progress = $0 { true } else { false } })

            let (again, _) = await call(#"{"query":"aaron judge home runs this season","sport":"mlb"}"#)
            #expect(again.output?.value["cached"] == true)
            #expect(server.requests.count == 1)
            _ = await call(#"{"query":"Aaron Judge home runs this season","sport":"nfl"}"#)
            #expect(server.requests.count == 2, "the cache key includes the sport")
        }
    }

    @Test("with no h1 the first h2 is the answer; the card shows at most 10 rows")
    func h2AndLongTable() async throws {
        let page = try fixtureBytes("StatMuse/answer-gamelog.html")
        try await Self.withStatMuse({ _ in .init(headers: ["Content-Type": "text/html"], body: page) }) { call, _ in
            let (result, events) = await call(#"{"query":"LeBron James points last 14 games","sport":"nba"}"#)
            let output = try #require(result.output?.value)
            #expect(output["answer"] == "LeBron James averaged 27.5 points in his last 14 games.")
            #expect(output["table"]?["rows"]?.arrayValue?.count == 14)
            guard case .widgetDone(_, let root)? = events.last else {
                Issue.record("no final widget")
                return
            }
            let json = try JSONValue(encoding: root).jsonString()
            #expect(json.contains("\"1/10\""))
            #expect(!json.contains("\"1/11\""))
        }
    }

    @Test("422, 404 and an empty page are clear no-answer errors, with an error card", arguments: [422, 404, 200])
    func noAnswer(_ status: Int) async throws {
        let empty = try fixtureBytes("StatMuse/empty.html")
        try await Self.withStatMuse({ _ in status == 200 ? .init(headers: ["Content-Type": "text/html"], body: empty) : .status(status) }) { call, server in
            let (result, events) = await call(#"{"query":"best pitcher vs lefties in day games","sport":"mlb"}"#)
            guard case .failed(let failure) = result else {
                Issue.record("expected a failure, got \(result)")
                return
            }
            let message = String(describing: failure)
            #expect(message.contains("StatMuse has no answer for \"best pitcher vs lefties in day games\" in MLB"))
            #expect(message.contains(status == 200 ? "the page has no answer" : "HTTP \(status)"))
            #expect(server.requests.count == 1, "no retries for a definite answer")
            guard case .widgetDone(_, .card(let card))? = events.last else {
                Issue.record("no error card")
                return
            }
            #expect(card.status?.text == "Failed")
        }
    }

    @Test("5xx and 429 are retried with backoff until StatMuse answers")
    func retries() async throws {
        let page = try fixtureBytes("StatMuse/answer-judge.html")
        let attempts = Mutex(0)
        try await Self.withStatMuse({ _ in
            let attempt = attempts.withLock { $0 += 1; return $0 }
            return attempt == 1 ? .status(429, headers: ["Retry-After": "0"]) : attempt == 2 ? .status(502, headers: ["Retry-After": "0"]) : .init(body: page)
        }) { call, server in
            let (result, _) = await call(#"{"query":"Aaron Judge home runs this season","sport":"mlb"}"#)
            #expect(result.output?.value["answer"] != nil)
            #expect(server.requests.count == 3)
        }
    }

    @Test("a persistent 503 fails with the status after the configured attempts")
    func persistentFailure() async throws {
        try await Self.withStatMuse(options: ["max_attempts": 2], { _ in .status(503, headers: ["Retry-After": "0"]) }) { call, server in
            let (result, _) = await call(#"{"query":"Bills record","sport":"nfl"}"#)
            guard case .failed(let failure) = result else {
                Issue.record("expected a failure")
                return
            }
            #expect(String(describing: failure).contains("HTTP 503"))
            #expect(server.requests.count == 2)
        }
    }

    @Test("an unknown sport is rejected by the schema before any request")
    func unknownSport() async throws {
        try await Self.withStatMuse({ _ in .status(500) }) { call, server in
            let (result, _) = await call(#"{"query":"Messi goals","sport":"soccer"}"#)
            guard case .failed = result else {
                Issue.record("expected invalid arguments")
                return
            }
            #expect(server.requests.isEmpty)
        }
    }
}
