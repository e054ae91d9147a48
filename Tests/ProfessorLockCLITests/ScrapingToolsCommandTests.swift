import Foundation
import JSONValue
import Synchronization
import TestSupport
import Testing

/// The scraping tools from the command line, pointed at fixture servers through their base-URL
/// variables: the events stream as NDJSON and the result is the documented output.
@Suite("professor-lock tools call: web_search and statmuse_query against fixture servers")
struct ScrapingToolsCommandTests {
    @Test("tools call web_search --json streams the search and prints ranked passages per result", .timeLimit(.minutes(1)))
    func webSearch() async throws {
        let site = try SearchFixtureSite.handler()
        let base = Mutex("")
        try await withFixtureHTTPServer({ request in site(request, base.withLock { $0 }) }) { server in
            base.withLock { $0 = server.url() }
            let run = try await CLIProcess.run(
                ["tools", "call", "web_search", "--args", #"{"query":"chiefs injury report mahomes ankle","max_results":5,"fetch_pages":true,"recency":null}"#, "--json"]
                    + ToolsCommandContractTests.tools,
                environment: ["DUCKDUCKGO_BASE_URL": server.url(), "WEB_SEARCH_ALLOW_PRIVATE": "1"])
            #expect(run.status == 0, "\(run.stderr)")
            let events = run.jsonLines.compactMap { $0 }
            let types = events.compactMap { $0["type"]?.stringValue }
            #expect(types.contains("progress") && types.contains("search_started") && types.contains("search_source"), "\(types)")
            #expect(types.contains("widget") && types.contains("widget_done"), "\(types)")
            let result = try #require(events.last)
            #expect(result["type"] == "result" && result["ok"] == true, "\(run.stdout)")
            let output = try #require(result["output"])
            #expect(output["provider"] == "duckduckgo")
            let first = try #require(output["results"]?[0])
            #expect(first["url"] == .string("\(server.url())/article"))
            #expect(first["source"] == "127.0.0.1")
            #expect(first["passages"]?.arrayValue?.contains { $0.stringValue?.contains("Mahomes was limited in practice") == true } == true)
            #expect(output["errors"]?.arrayValue?.map { $0["url"] } == [.string("\(server.url())/missing")], "a page that fails is listed")
        }
    }

    @Test("tools call statmuse_query --json prints the answer with its table and shows the card", .timeLimit(.minutes(1)))
    func statMuse() async throws {
        let page = try fixtureBytes("StatMuse/answer-judge.html")
        try await withFixtureHTTPServer({ request in
            request.path == "/mlb/ask/aaron-judge-home-runs-this-season"
                ? .init(headers: ["Content-Type": "text/html; charset=utf-8"], body: page) : .status(404)
        }) { server in
            let run = try await CLIProcess.run(
                ["tools", "call", "statmuse_query", "--args", #"{"query":"Aaron Judge home runs this season","sport":"mlb"}"#, "--json"]
                    + ToolsCommandContractTests.tools,
                environment: ["STATMUSE_BASE_URL": server.url()])
            #expect(run.status == 0, "\(run.stderr)")
            let events = run.jsonLines.compactMap { $0 }
            #expect(events.contains { $0["type"] == "widget_done" }, "\(run.stdout)")
            let result = try #require(events.last)
            #expect(result["ok"] == true, "\(run.stdout)")
            let output = try #require(result["output"])
            #expect(output["answer"] == "The New York Yankees' Aaron Judge has hit 53 home runs this season.")
            #expect(output["url"] == .string(server.url("/mlb/ask/aaron-judge-home-runs-this-season")))
            #expect(output["table"]?["rows"]?[0]?[7] == "53")
            #expect(output["cached"] == false)
        }
    }
}
