import AgentRuntime
import ChatKitWidgets
import JSONValue
import Synchronization
import TestSupport
import ToolSupport

/// Latches one test shares with the `test_signals` tools of its own server, found through the
/// `TEST_SIGNALS_ID` variable of the environment the app was built with (modules are built from
/// their type, so this is how a test reaches the instance it runs).
final class TestSignals: Sendable {
    static let environmentKey = "TEST_SIGNALS_ID"
    private static let registry = Mutex<[String: TestSignals]>([:])

    let id = "signals-\(UInt64.random(in: 0...UInt64.max))"
    /// Opened when `slow_scout` is running.
    let slowToolStarted = TestLatch()
    /// Opened when `slow_scout` saw its cancellation.
    let slowToolCancelled = TestLatch()

    init() {
        Self.registry.withLock { $0[id] = self }
    }

    /// Forgets the signals once the test is over.
    func retire() {
        _ = Self.registry.withLock { $0.removeValue(forKey: id) }
    }

    static func lookUp(_ environment: [String: String]) -> TestSignals? {
        guard let id = environment[environmentKey] else { return nil }
        return registry.withLock { $0[id] }
    }
}

/// A tool module defined by the tests: progress plus a streamed widget, a client tool call, and a slow tool.
struct SignalsModule: ToolModule {
    static let name = "test_signals"
    let signals: TestSignals?

    init(settings: ToolSettings, environment: ToolEnvironment) throws {
        signals = TestSignals.lookUp(environment.variables)
    }

    var tools: [any Tool] {
        [ScoutReportTool(), PickFromAppTool(), SlowScoutTool(signals: signals)]
    }
}

struct TeamArguments: ToolArguments {
    var team: String
    static let schemaFields: [String: SchemaField] = ["team": "The team."]
}

struct ScoutReport: Encodable, Sendable {
    var team: String
    var note: String
}

/// Reports progress, then shows a card whose note streams in three pieces.
struct ScoutReportTool: Tool {
    static let noteComponent = "scout-note"
    static let notePieces = ["Line ", "moved ", "late."]

    let name = "scout_report"
    let description = "A scouting note about a team, streamed into a card."

    func call(arguments: TeamArguments, context: ToolContext) async throws -> ScoutReport {
        await context.progress("Scouting \(arguments.team)", icon: .search)
        let widget = await context.showWidget(.card(Card {
            Title(value: "Scout: \(arguments.team)")
            Text(value: "", id: Self.noteComponent, streaming: true)
        }))
        for piece in Self.notePieces {
            await widget.appendText(piece, toComponent: Self.noteComponent)
        }
        await widget.finish()
        return ScoutReport(team: arguments.team, note: Self.notePieces.joined())
    }
}

struct PromptArguments: ToolArguments {
    var prompt: String
    static let schemaFields: [String: SchemaField] = ["prompt": "What to ask the app."]
}

/// Hands the call to the client app.
struct PickFromAppTool: Tool {
    let name = "pick_from_app"
    let description = "Ask the app which bet slip is selected."

    func call(arguments: PromptArguments, context: ToolContext) async throws -> String {
        await context.requestClientToolCall(arguments: ["prompt": .string(arguments.prompt)])
        return "asked the client"
    }
}

/// Runs until its run is cancelled.
struct SlowScoutTool: Tool {
    let name = "slow_scout"
    let description = "A scouting report that takes very long."
    let signals: TestSignals?

    func call(arguments: TeamArguments, context: ToolContext) async throws -> String {
        await context.progress("Scouting \(arguments.team) in depth")
        signals?.slowToolStarted.open()
        do {
            try await TestLatch().wait()  // never opened: only cancellation ends the wait
        } catch is CancellationError {
            signals?.slowToolCancelled.open()
            throw CancellationError()
        }
        return "unreachable"
    }
}
