import AgentRuntime
import AsyncHTTPClient
import Synchronization
import ChatKitWidgets
import Foundation
import JSONValue
import Logging
import Testing
import TestSupport
import ToolSupport
@testable import WebSearchTool

@Suite("web_search against loopback fixtures")
struct WebSearchToolTests {
    static func call(
        _ arguments: String,
        variables: [String: String],
        settings: ToolSettings = ToolSettings(),
        server handler: @escaping @Sendable (FixtureHTTPServer.Request, String) -> FixtureHTTPServer.Response
    ) async throws -> (ToolInvocation, [AgentEvent], FixtureHTTPServer, String) {
        let base = Mutex("")
        return try await withFixtureHTTPServer({ request in handler(request, base.withLock { $0 }) }) { server in
            base.withLock { $0 = server.url() }
            var variables = variables
            for (key, value) in variables { variables[key] = value.replacingOccurrences(of: "{{BASE}}", with: server.url()) }
            var settings = settings
            settings.baseURL = settings.baseURL?.replacingOccurrences(of: "{{BASE}}", with: server.url())
            return try await withToolHTTPClient { client in
                let module = try WebSearchModule(settings: settings, environment: ToolEnvironment(httpClient: client, logger: Logger(label: "test"), variables: variables))
                let registry = try ToolRegistry(module.tools)
                let sink = RecordingEventSink()
                let result = await registry.invoke(name: "web_search", arguments: arguments, context: sink.context(toolName: "web_search"))
                return (result, sink.events, server, server.url())
            }
        }
    }

    static let duckDuckGoOnly = ["DUCKDUCKGO_BASE_URL": "{{BASE}}", "WEB_SEARCH_ALLOW_PRIVATE": "1"]

    @Test("DuckDuckGo results: uddg links decoded, ads skipped, pages scraped into ranked passages, failures listed")
    func duckDuckGo() async throws {
        let (result, events, _, base) = try await Self.call(#"{"query":"chiefs injury report mahomes ankle","max_results":5,"fetch_pages":true,"recency":null}"#, variables: Self.duckDuckGoOnly, server: try SearchFixtureSite.handler())
        let output = try #require(result.output?.value)
        #expect(output["provider"] == "duckduckgo")
        #expect(output["query"] == "chiefs injury report mahomes ankle")
        let results = try #require(output["results"]?.arrayValue)
        #expect(results.map { $0["url"]?.stringValue } == ["\(base)/article", "\(base)/notes?id=7&ref=ddg", "\(base)/missing"])
        #expect(results[0]["title"] == "Chiefs injury report: Mahomes limited, Kelce questionable")
        #expect(results[0]["source"] == "127.0.0.1")
        #expect(results[0]["snippet"] == "The Kansas City Chiefs released their Friday injury report ahead of Sunday's game against the Bills.")
        let passages = (results[0]["passages"]?.arrayValue ?? []).compactMap { $0.stringValue }
        #expect((1...3).contains(passages.count))
        #expect(passages.contains { $0.contains("Mahomes was limited in practice with an ankle injury") })
        #expect(results[0]["published"] == "2025-11-14T17:32:00Z")
        let errors = try #require(output["errors"]?.arrayValue)
        #expect(errors.count == 1)
        #expect(errors.first?["url"] == .string("\(base)/missing"))
        #expect(errors.first?["error"]?.stringValue?.contains("HTTP 404") == true)

        // Streaming: a progress line per phase, a search task with each URL, a widget filling in.
        let progress = events.compactMap { if case .progress(_, let text, _) = $0 { text } else { nil } }
        #expect(progress.count == 2)
        let sources = events.compactMap { if case .searchTaskSourceAdded(_, let source) = $0 { source.url } else { nil } }
        #expect(sources == results.compactMap { $0["url"]?.stringValue })
        #expect(events.contains { if case .searchTaskFinished(_, true) = $0 { true } else { false } })
        let updates = events.compactMap { if case .widgetUpdated(_, .listView(let list)) = $0 { list.children.count } else { nil } }
        #expect(updates == [1, 2, 3])
        guard case .widgetDone(_, .listView(let final))? = events.last(where: { if case .widgetDone = $0 { true } else { false } }) else {
            Issue.record("no final widget")
            return
        }
        #expect(final.children.count == 3)
    }

    @Test("Google is used first when its key and engine id are configured; its published time is kept")
    func google() async throws {
        var settings = ToolSettings(baseURL: "{{BASE}}/customsearch/v1", apiKey: "secret-key")
        settings.timeoutSeconds = 10
        let variables = Self.duckDuckGoOnly.merging(["GOOGLE_SEARCH_ENGINE_ID": "engine-123"]) { $1 }
        let (result, _, server, _) = try await Self.call(#"{"query":"chiefs injury report","max_results":2,"fetch_pages":false,"recency":"week"}"#, variables: variables, settings: settings, server: try SearchFixtureSite.handler())
        let output = try #require(result.output?.value)
        #expect(output["provider"] == "google")
        #expect(output["results"]?.arrayValue?.count == 2)
        #expect(output["results"]?[0]?["published"] == "2025-11-14T17:32:00Z")
        #expect(output["results"]?[0]?["passages"] == [])
        let request = try #require(server.requests.first { $0.path == "/customsearch/v1" })
        #expect(request.query["key"] == "secret-key" && request.query["cx"] == "engine-123" && request.query["num"] == "2" && request.query["dateRestrict"] == "w1")
    }

    @Test("a failing Google falls back to DuckDuckGo and reports why, without the API key")
    func fallback() async throws {
        let settings = ToolSettings(baseURL: "{{BASE}}/customsearch/v1", apiKey: "secret-key")
        let variables = Self.duckDuckGoOnly.merging(["GOOGLE_SEARCH_ENGINE_ID": "engine-123"]) { $1 }
        let (result, _, _, _) = try await Self.call(#"{"query":"chiefs injury report","max_results":1,"fetch_pages":false,"recency":null}"#, variables: variables, settings: settings, server: try SearchFixtureSite.handler(googleStatus: 403))
        let output = try #require(result.output?.value)
        #expect(output["provider"] == "duckduckgo")
        let message = try #require(output["provider_errors"]?[0]?["error"]?.stringValue)
        #expect(message.contains("403"))
        #expect(!result.output!.text.contains("secret-key"))
    }

    @Test("when every provider fails the tool fails with their errors and the widget shows an error card")
    func allProvidersFail() async throws {
        let (result, events, _, _) = try await Self.call(#"{"query":"chiefs","max_results":5,"fetch_pages":true,"recency":null}"#, variables: Self.duckDuckGoOnly) { _, _ in .status(500) }
        guard case .failed(let failure) = result else {
            Issue.record("expected a failure, got \(result)")
            return
        }
        #expect(String(describing: failure).contains("duckduckgo"))
        #expect(String(describing: failure).contains("HTTP 500"))
        #expect(events.contains { if case .searchTaskFinished(_, false) = $0 { true } else { false } })
        guard case .widgetDone(_, .card(let card))? = events.last else {
            Issue.record("the widget did not end with an error card")
            return
        }
        #expect(card.status?.text == "Failed")
    }

    @Test("result pages on loopback are refused unless WEB_SEARCH_ALLOW_PRIVATE=1")
    func privatePagesBlocked() async throws {
        let (result, _, _, _) = try await Self.call(#"{"query":"chiefs injury","max_results":1,"fetch_pages":true,"recency":null}"#, variables: ["DUCKDUCKGO_BASE_URL": "{{BASE}}"], server: try SearchFixtureSite.handler())
        let output = try #require(result.output?.value)
        #expect(output["results"]?[0]?["passages"] == [])
        #expect(output["errors"]?[0]?["error"]?.stringValue?.contains("non-public address 127.0.0.1") == true)
    }

    @Test("the arguments schema is strict with the documented bounds")
    func schema() throws {
        let registry = try ToolRegistry([WebSearchTool(providers: [], scraper: PageScraper(fetcher: HTTPFetcher(client: HTTPClient.shared), options: FetchOptions(), concurrency: 1, passagesPerPage: 3), cache: TTLCache(timeToLive: .zero))])
        let parameters = try #require(registry.definition(named: "web_search")?.parameters)
        #expect(parameters["properties"]?["max_results"]?["maximum"] == 10)
        #expect(parameters["required"]?.arrayValue?.count == 4)
    }
}
