import AgentRuntime
import AsyncHTTPClient
import ChatKitWidgets
import Foundation
import OddsTool
import Synchronization
import TestSupport
import ToolSupport

/// Fixtures in `Tests/Fixtures/Odds`, and a client wired to a loopback fixture server.
enum OddsFixtures {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Odds")

    static func text(_ name: String) -> String {
        (try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)) ?? "missing fixture \(name)"
    }

    static let quotaHeaders = ["x-requests-remaining": "412", "x-requests-used": "88", "x-requests-last": "3"]

    /// Sunday 16 Nov 2025, 09:00 ET.
    static let sundayMorning = Date(timeIntervalSince1970: 1_763_301_600)

    static func service(
        baseURL: String, apiKey: String? = "test-key", reserved: Int = 10, cacheTTL: Duration = .seconds(60)
    ) -> OddsService {
        var fetchOptions = OddsAPIClient.Configuration(apiKey: nil).fetchOptions
        fetchOptions.retry = .none
        fetchOptions.timeout = .seconds(10)
        let client = OddsAPIClient(
            configuration: .init(baseURL: baseURL + "/v4", apiKey: apiKey, reservedRequests: reserved, cacheTTL: cacheTTL, fetchOptions: fetchOptions),
            fetcher: HTTPFetcher(client: HTTPClient.shared)
        )
        return OddsService(client: client, timeZone: TimeZone(identifier: "America/New_York")!, now: { sundayMorning })
    }
}

/// A tool context whose events are kept for inspection.
final class OddsEventRecorder: Sendable {
    private let events = Mutex<[AgentEvent]>([])

    func context() -> ToolContext {
        ToolContext(callID: "call_odds", toolName: "get_odds", caller: .operator_, sink: EventSink { event in
            self.events.withLock { $0.append(event) }
        })
    }

    /// The final state of the (single) widget shown.
    var finalWidget: WidgetRoot? {
        events.withLock { events in
            events.compactMap { event -> WidgetRoot? in
                if case .widgetDone(_, let root) = event { return root }
                return nil
            }.last
        }
    }
}

extension FixtureHTTPServer.Response {
    /// A JSON answer with The Odds API's quota headers.
    static func oddsJSON(_ text: String, headers: [String: String]) -> Self {
        Self(status: 200, headers: headers.merging(["Content-Type": "application/json"]) { old, _ in old }, body: Array(text.utf8))
    }
}
