import AgentRuntime
import AsyncHTTPClient
import FakeModelServer
import Foundation
import JSONValue
import NIOCore
import NIOHTTP1
import OpenAIModels
import Synchronization

/// Posts raw JSON to the fake server and returns the status and the whole body as text.
func rawPost(_ path: String, json: String, server: FakeModelServer) async throws -> (status: Int, body: String) {
    var request = HTTPClientRequest(url: try await server.baseURL() + path)
    request.method = .POST
    request.headers.add(name: "Content-Type", value: "application/json")
    request.body = .bytes(ByteBuffer(string: json))
    let response = try await HTTPClient.shared.execute(request, timeout: .seconds(30))
    let body = try await response.body.collect(upTo: 1 << 24)
    return (Int(response.status.code), String(buffer: body))
}

/// Records the delays a client asked to sleep, and sleeps only briefly so tests stay fast.
final class SleepRecorder: Sendable {
    private let delays = Mutex<[Duration]>([])

    var recorded: [Duration] { delays.withLock { $0 } }

    var sleep: @Sendable (Duration) async throws -> Void {
        { delay in
            self.delays.withLock { $0.append(delay) }
            try await Task.sleep(for: .milliseconds(1))
        }
    }
}

/// Collects the stream events a client reports.
final class EventLog: Sendable {
    private let events = Mutex<[ModelStreamEvent]>([])

    var recorded: [ModelStreamEvent] { events.withLock { $0 } }

    func append(_ event: ModelStreamEvent) {
        events.withLock { $0.append(event) }
    }
}

enum TestAPI: String, CaseIterable, Sendable {
    case responses
    case chatCompletions

    var endpoint: FakeEndpoint {
        switch self {
        case .responses: .responses
        case .chatCompletions: .chatCompletions
        }
    }
}

/// A client of the given API pointed at the fake server, with a recorded, near-instant sleep.
func makeClient(_ api: TestAPI, server: FakeModelServer, sleep: SleepRecorder = SleepRecorder()) async throws -> any ModelClient {
    let configuration = OpenAIConfiguration(baseURL: try await server.baseURL(), apiKey: "sk-test", model: "gpt-4.1")
    switch api {
    case .responses: return ResponsesModelClient(configuration: configuration, sleep: sleep.sleep)
    case .chatCompletions: return ChatCompletionsModelClient(configuration: configuration, sleep: sleep.sleep)
    }
}

/// The Agents SDK's example tools (§2.1) as the runtime describes them.
enum ReferenceTools {
    static let getOdds = ToolDefinition(
        name: "get_odds",
        description: "Fetch current betting odds for a sport.",
        parameters: [
            "properties": [
                "sport": [
                    "description": "League to fetch odds for.", "enum": ["nfl", "nba", "mlb", "nhl"], "title": "Sport", "type": "string",
                ],
                "markets": [
                    "anyOf": [["items": ["type": "string"], "type": "array"], ["type": "null"]],
                    "description": "Optional list of markets such as h2h, spreads, totals.",
                    "title": "Markets",
                ],
                "region": ["default": "us", "description": "Bookmaker region code.", "title": "Region", "type": "string"],
            ],
            "required": ["sport", "markets", "region"],
            "title": "get_odds_args",
            "type": "object",
            "additionalProperties": false,
        ]
    )

    static let webSearch = ToolDefinition(
        name: "web_search",
        description: "Search the web and return the top results.",
        parameters: [
            "properties": [
                "query": ["description": "The search query.", "title": "Query", "type": "string"],
                "max_results": [
                    "default": 5, "description": "Maximum number of results to return.", "title": "Max Results", "type": "integer",
                ],
            ],
            "required": ["query", "max_results"],
            "title": "web_search_args",
            "type": "object",
            "additionalProperties": false,
        ]
    )

    static let instructions = "You are a sports betting assistant."
    static let question = "What are the Chiefs odds?"
    static let oddsArguments = #"{"sport":"nfl","markets":["h2h"],"region":"us"}"#
    static let searchArguments = #"{"query":"Chiefs injury report","max_results":5}"#

    /// The two calls of §4.3 (b), with the argument fragments of the reference stream.
    static let parallelCalls = [
        FakeFunctionCall(
            name: "get_odds",
            argumentFragments: [#"{"sport":"nfl","#, #""markets":["h2h"],"#, #""region":"us"}"#],
            callID: "call_odds_0001"
        ),
        FakeFunctionCall(
            name: "web_search",
            argumentFragments: [#"{"query":"Chiefs injury report","#, #""max_results":5}"#],
            callID: "call_search_0001"
        ),
    ]
}
