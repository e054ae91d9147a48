import AgentRuntime
import ChatKitWidgets
import Foundation
import TestSupport

/// A market `lookup_odds` can price (a `CaseIterable` string enum, so the schema lists its cases).
enum OddsMarket: String, SchemaLiteralEnum, Sendable {
    case moneyline, spread
}

struct LookupOddsArguments: ToolArguments {
    var team: String
    var market: OddsMarket

    static let schemaFields: [String: SchemaField] = [
        "team": "The team to price.",
        "market": "Which market to price.",
    ]
}

struct LookupOddsOutput: Encodable, Sendable {
    var team: String
    var market: String
    var price: String
}

/// Reports progress, then holds its answer until `release` opens, so a test can make it finish
/// after the other tool of the same batch (which only works if both run at once).
struct LookupOddsTool: Tool {
    let name = "lookup_odds"
    let description = "Look up the current price of a team in a market."
    let release: TestLatch

    func call(arguments: LookupOddsArguments, context: ToolContext) async throws -> LookupOddsOutput {
        await context.progress("Checking \(arguments.market.rawValue) lines for \(arguments.team)", icon: .chart)
        try await release.wait()
        return LookupOddsOutput(team: arguments.team, market: arguments.market.rawValue, price: "-165")
    }
}

struct InjuryReportArguments: ToolArguments {
    var team: String
    var maxPlayers: Int?

    enum CodingKeys: String, CodingKey {
        case team
        case maxPlayers = "max_players"
    }

    static let schemaFields: [String: SchemaField] = [
        "team": "The team whose injury report to read.",
        "max_players": SchemaField("How many players to list at most; null for all.", default: nil),
    ]
}

struct InjuryReportOutput: Encodable, Sendable {
    var team: String
    var out: [String]
}

/// Reports progress twice and answers at once.
struct InjuryReportTool: Tool {
    let name = "injury_report"
    let description = "Read a team's current injury report."

    func call(arguments: InjuryReportArguments, context: ToolContext) async throws -> InjuryReportOutput {
        await context.progress("Reading the \(arguments.team) injury report", icon: .document)
        await context.progress("Injury report read")
        return InjuryReportOutput(team: arguments.team, out: ["Player A", "Player B"].prefix(arguments.maxPlayers ?? 2).map { $0 })
    }
}

struct SlowLookupArguments: ToolArguments {
    var query: String
}

/// Opens `started` and then waits for its run to be cancelled, opening `sawCancellation` when it is.
struct SlowLookupTool: Tool {
    let name = "slow_lookup"
    let description = "A lookup that takes a very long time."
    let started: TestLatch
    let sawCancellation: TestLatch

    func call(arguments: SlowLookupArguments, context: ToolContext) async throws -> String {
        await context.progress("Looking up \(arguments.query)")
        started.open()
        do {
            try await TestLatch().wait()  // never opened: only cancellation ends the wait
        } catch is CancellationError {
            sawCancellation.open()
            throw CancellationError()
        }
        return "unreachable"
    }
}
