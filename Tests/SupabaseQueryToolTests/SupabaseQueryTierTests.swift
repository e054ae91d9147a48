import AgentRuntime
import AsyncHTTPClient
import Logging
import ToolSupport
import ChatKitWidgets
import JSONValue
import SupabaseTesting
import TestSupport
import Testing
@testable import SupabaseQueryTool

@Suite("supabase_query tier limits and widgets", .enabled(if: ExternalService.postgres.shouldRun))
struct SupabaseQueryTierTests {
    @Test("a free caller gets at most the configured number of picks and a note about Pro")
    func freeLimit() async throws {
        try await withHarness { harness, _ in
            let (output, widgets) = try await harness.call(.picks(limit: 20), as: CallerIdentity(userID: "anyone", attributes: ["tier": "free"]))
            #expect(output.rowCount == 2 && output.truncated)
            #expect(output.note?.contains("Pro") == true)
            guard case .listView(let list) = widgets.first else { Issue.record("expected pick cards"); return }
            #expect(list.children.count == 3)   // two picks and the note
        }
        try await withHarness(options: ["free_pick_limit": 1]) { harness, _ in
            let (output, _) = try await harness.call(.picks(), as: CallerIdentity(userID: "anyone", attributes: ["tier": "free"]))
            #expect(output.rowCount == 1 && output.note != nil)
        }
    }

    @Test("the tier limit applies only to picks and is silent when nothing was cut")
    func limitScope() async throws {
        try await withHarness { harness, _ in
            let free = CallerIdentity(userID: "anyone", attributes: ["tier": "free"])
            let (games, _) = try await harness.call(SupabaseQueryArguments(dataset: .games), as: free)
            #expect(games.rowCount == 6 && games.note == nil)
            let (one, _) = try await harness.call(.picks([QueryFilter(column: "sport", op: .eq, value: "UFC")]), as: free)
            #expect(one.rowCount == 1 && one.note == nil && !one.truncated)
        }
    }

    @Test("paid tiers and the operator see every pick")
    func unrestricted() async throws {
        try await withHarness { harness, _ in
            for caller in [CallerIdentity(userID: "u", attributes: ["tier": "pro"]), CallerIdentity(userID: "u", attributes: ["tier": "elite"]), .operator_] {
                let (output, _) = try await harness.call(.picks(), as: caller)
                #expect(output.rowCount == 12 && output.note == nil)
            }
        }
    }

    @Test("a user without a tier attribute gets the tier stored in the database (tools call --user-id)")
    func resolvesTierFromDatabase() async throws {
        try await withHarness { harness, _ in
            let (free, _) = try await harness.call(.picks(), as: CallerIdentity(userID: SeedUser.free))
            #expect(free.rowCount == 2 && free.note != nil)
            let (pro, _) = try await harness.call(.picks(), as: CallerIdentity(userID: SeedUser.pro))
            #expect(pro.rowCount == 12)
            let (unknown, _) = try await harness.call(.picks(), as: CallerIdentity(userID: "not-a-uuid"))
            #expect(unknown.rowCount == 2)
        }
    }

    @Test("pick cards show match, pick, odds, a confidence badge, reasoning and a parlay.add_leg button")
    func pickCards() async throws {
        try await withHarness { harness, _ in
            let (_, widgets) = try await harness.call(.picks([QueryFilter(column: "pick", op: .eq, value: "Buffalo Bills ML")]))
            let widget = try #require(widgets.first)
            let json = try JSONValue(encoding: widget).jsonString()
            for expected in ["Tampa Bay Buccaneers @ Buffalo Bills", "Buffalo Bills ML", "-250", "82%", "Bills are 7-1", "parlay.add_leg", "Add to parlay"] {
                #expect(json.contains(expected), "missing \(expected)")
            }
            guard case .listView(let list) = widget, case .col(let col) = list.children.first?.children.first else {
                Issue.record("unexpected shape"); return
            }
            let action = col.children.compactMap { component -> ActionConfig? in
                if case .button(let button) = component { return button.onClickAction }
                return nil
            }.first
            #expect(action?.payload == ["leg": ["selection": "Buffalo Bills ML", "odds": "-250", "event": "Tampa Bay Buccaneers @ Buffalo Bills", "market": "moneyline"], "selected": false])
        }
    }

    @Test("recent form with dates is a chart; other datasets are a table card")
    func formChartAndTable() async throws {
        try await withHarness { harness, _ in
            let (_, form) = try await harness.call(SupabaseQueryArguments(dataset: .playerForm, filters: [QueryFilter(column: "player_name", op: .eq, value: "Jayson Tatum")]))
            let chartJSON = try JSONValue(encoding: try #require(form.first)).jsonString()
            #expect(chartJSON.contains("\"Chart\"") && chartJSON.contains("points"))
            let (_, team) = try await harness.call(SupabaseQueryArguments(dataset: .teamForm, filters: [QueryFilter(column: "team_name", op: .eq, value: "Boston Celtics")]))
            #expect(try JSONValue(encoding: try #require(team.first)).jsonString().contains("team_score"))
            let (_, injuries) = try await harness.call(SupabaseQueryArguments(dataset: .injuries))
            guard case .card = injuries.first else { Issue.record("expected a table card"); return }
        }
    }

    @Test("without SUPABASE_DB_URL the module starts and the tool says how to configure it")
    func notConfigured() async throws {
        let module = try SupabaseQueryModule(settings: ToolSettings(), environment: .init(httpClient: .shared, logger: .init(label: "t"), variables: [:]))
        let tool = try #require(module.tools.first as? SupabaseQueryTool)
        let context = ToolContext(callID: "c", toolName: tool.name, caller: .operator_, sink: EventSink { _ in })
        await #expect(throws: SupabaseQueryError.notConfigured) { try await tool.call(arguments: .picks(), context: context) }
    }
}
