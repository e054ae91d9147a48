import AgentRuntime
import ChatKitWidgets
import JSONValue
import SupabaseTesting
import TestSupport
import Testing
@testable import SupabaseQueryTool

@Suite("supabase_query datasets and filters", .enabled(if: ExternalService.postgres.shouldRun))
struct SupabaseQueryDatasetTests {
    @Test("every dataset reads its table and returns objects keyed by the allowed columns")
    func everyDataset() async throws {
        try await withHarness { harness, _ in
            for dataset in SupabaseDataset.allCases {
                let (output, widgets) = try await harness.call(SupabaseQueryArguments(dataset: dataset))
                #expect(output.dataset == dataset.rawValue)
                #expect(output.rowCount > 0, "dataset \(dataset.rawValue) returned nothing")
                #expect(output.rowCount == output.rows.count)
                #expect(output.note == nil)
                #expect(widgets.count == 1)
                let allowed = Set(DatasetCatalog.definition(of: dataset).columns.map(\.name)).union(["odds"]).subtracting(["bookmakers"])
                for row in output.rows {
                    let keys = Set(try #require(row.objectValue).keys)
                    #expect(keys.isSubset(of: allowed), "unexpected columns \(keys.subtracting(allowed)) in \(dataset.rawValue)")
                }
            }
        }
    }

    @Test("picks never expose the system user id or metadata")
    func picksHideInternalColumns() async throws {
        try await withHarness { harness, _ in
            let rows = try await harness.rows(.picks())
            #expect(rows.allSatisfy { $0["user_id"] == nil && $0["metadata"] == nil })
        }
    }

    @Test("eq, neq, in, gt, gte, lt, lte and ilike filter as SQL would")
    func operators() async throws {
        try await withHarness { harness, _ in
            let pending = try await harness.rows(.picks([QueryFilter(column: "status", op: .eq, value: "pending")]))
            #expect(pending.count == 9 && pending.allSatisfy { $0["status"] == "pending" })

            let notPending = try await harness.rows(.picks([QueryFilter(column: "status", op: .neq, value: "pending")]))
            #expect(notPending.count == 3)

            let settled = try await harness.rows(.picks([QueryFilter(column: "status", op: .in, value: "won, lost")]))
            #expect(Set(settled.compactMap { $0["status"]?.stringValue }) == ["won", "lost"])

            let confident = try await harness.rows(.picks([QueryFilter(column: "confidence", op: .gt, value: "70")]))
            #expect(confident.allSatisfy { ($0["confidence"]?.doubleValue ?? 0) > 70 } && confident.count == 3)
            let atLeast = try await harness.rows(.picks([QueryFilter(column: "confidence", op: .gte, value: "71")]))
            #expect(atLeast.count == 3)
            let below = try await harness.rows(.picks([QueryFilter(column: "confidence", op: .lt, value: "60")]))
            #expect(below.count == 2)
            let atMost = try await harness.rows(.picks([QueryFilter(column: "confidence", op: .lte, value: "60")]))
            #expect(atMost.count == 3)

            let tatum = try await harness.rows(.picks([QueryFilter(column: "pick", op: .ilike, value: "tatum")]))
            #expect(tatum.count == 1 && tatum[0]["pick"] == "Jayson Tatum Over 27.5 Points")
            let pattern = try await harness.rows(.picks([QueryFilter(column: "match_teams", op: .ilike, value: "%@ buffalo%")]))
            #expect(pattern.count == 2)
        }
    }

    @Test("upcoming pending picks ordered by confidence, with now as the server's clock")
    func upcomingPicks() async throws {
        try await withHarness { harness, _ in
            let rows = try await harness.rows(.picks([
                QueryFilter(column: "status", op: .eq, value: "pending"),
                QueryFilter(column: "event_time", op: .gte, value: "now"),
            ], orderBy: "confidence", descending: true, limit: 5))
            let confidences = rows.compactMap { $0["confidence"]?.doubleValue }
            #expect(confidences == [82, 78, 71, 69, 67])
        }
    }

    @Test("sport filters match every stored spelling and rows come back with the canonical label")
    func sportNormalisation() async throws {
        try await withHarness { harness, _ in
            for spelling in ["CFB", "College Football", "NCAAF", "ncaaf"] {
                let rows = try await harness.rows(.picks([QueryFilter(column: "sport", op: .eq, value: spelling)]))
                #expect(rows.count == 2, "\(spelling) matched \(rows.count)")
                #expect(rows.allSatisfy { $0["sport"] == "CFB" })
            }
            let fights = try await harness.rows(.picks([QueryFilter(column: "sport", op: .eq, value: "UFC")]))
            #expect(fights.count == 1 && fights[0]["sport"] == "UFC")
            let games = try await harness.rows(SupabaseQueryArguments(dataset: .games, filters: [QueryFilter(column: "sport", op: .in, value: "NBA,MLB")]))
            #expect(games.count == 3 && games.allSatisfy { ["NBA", "MLB"].contains($0["sport"]?.stringValue ?? "") })
            let notFootball = try await harness.rows(.picks([QueryFilter(column: "sport", op: .neq, value: "College Football")]))
            #expect(notFootball.count == 10)
        }
    }

    @Test("games carry the best price per outcome from metadata.full_data")
    func gameOdds() async throws {
        try await withHarness { harness, _ in
            let rows = try await harness.rows(SupabaseQueryArguments(dataset: .games, filters: [QueryFilter(column: "home_team", op: .eq, value: "Boston Celtics")]))
            let odds = try #require(rows.first?["odds"]?.objectValue)
            let moneyline = try #require(odds["h2h"]?.arrayValue)
            #expect(moneyline.contains(["name": "Boston Celtics", "price": -175, "book": "FanDuel"]))
            #expect(moneyline.contains(["name": "New York Knicks", "price": 155, "book": "DraftKings"]))
            let totals = try #require(odds["totals"]?.arrayValue)
            #expect(totals.contains(["name": "Over", "price": -105, "book": "FanDuel", "point": 221.5]))
        }
    }

    @Test("unknown columns and sort keys are errors that list what is allowed")
    func unknownColumns() async throws {
        try await withHarness { harness, _ in
            await #expect(throws: SupabaseQueryError.self) {
                try await harness.call(.picks([QueryFilter(column: "edge", op: .gt, value: "1")]))
            }
            do {
                _ = try await harness.call(.picks(orderBy: "pick_type"))
                Issue.record("expected an error")
            } catch let error as SupabaseQueryError {
                #expect(error.description.contains("unknown column 'pick_type'") && error.description.contains("confidence"))
            }
            await #expect(throws: SupabaseQueryError.notFilterable(column: "key_factors", filterable: DatasetCatalog.picks.columns.filter { $0.type.sqlType != nil }.map(\.name))) {
                try await harness.call(.picks([QueryFilter(column: "key_factors", op: .eq, value: "x")]))
            }
        }
    }

    @Test("values are checked against the column type before the query runs")
    func invalidValues() async throws {
        try await withHarness { harness, _ in
            for (column, value) in [("confidence", "high"), ("event_time", "next tuesday"), ("id", "42"), ("line_value", "nan")] {
                await #expect(throws: SupabaseQueryError.self, "\(column) = \(value)") {
                    try await harness.call(.picks([QueryFilter(column: column, op: .eq, value: value)]))
                }
            }
            await #expect(throws: SupabaseQueryError.emptyList(column: "status")) {
                try await harness.call(.picks([QueryFilter(column: "status", op: .in, value: " , ")]))
            }
            await #expect(throws: SupabaseQueryError.self) {
                try await harness.call(.picks([QueryFilter(column: "confidence", op: .ilike, value: "7%")]))
            }
        }
    }

    @Test("the row cap bounds every answer and truncated says more rows matched")
    func rowCap() async throws {
        try await withHarness(options: ["max_rows": 5]) { harness, _ in
            let (output, _) = try await harness.call(.picks(limit: 100))
            #expect(output.rowCount == 5 && output.truncated)
            let (exact, _) = try await harness.call(SupabaseQueryArguments(dataset: .injuries, limit: 5))
            #expect(exact.rowCount == 5 && !exact.truncated)
            let (all, _) = try await harness.call(SupabaseQueryArguments(dataset: .teams, limit: 3))
            #expect(all.rowCount == 3 && all.truncated)
        }
    }
}
