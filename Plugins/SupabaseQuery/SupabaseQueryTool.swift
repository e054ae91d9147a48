import AgentRuntime
import ChatKitWidgets
import Foundation
import JSONValue
import PostgresNIO
import SupabaseAuth
import ToolSupport

/// `supabase_query`: reads the app's betting data from an allow-list of datasets, safely.
///
/// Every call is one parameterised `SELECT` inside a read-only transaction with a statement timeout and a
/// row cap. The caller's tier comes from the caller identity (set by the verified transport) or, for a
/// user without one (`tools call --user-id`), from the database; the operator is unrestricted.
public struct SupabaseQueryTool: Tool {
    public let name = "supabase_query"
    public let description = """
        Read Professor Lock's own betting data (the only source of picks: never invent picks or odds). \
        Datasets: picks (AI picks: match_teams, pick, odds, confidence 0-100, sport, event_time, reasoning, status \
        pending/won/lost, bet_type), games (schedule with best odds per market), player_props (lines and best \
        over/under prices), player_form and team_form (recent games, for trends), injuries, insights (daily research), \
        teams, players. For upcoming picks use filters status eq pending and event_time gte now, order_by confidence. \
        Shows picks as cards the user can add to a parlay, recent form as a chart, other data as a table.
        """

    let connection: (database: SupabaseDatabase, tiers: TierResolver)?
    let settings: SupabaseQuerySettings

    init(connection: (database: SupabaseDatabase, tiers: TierResolver)?, settings: SupabaseQuerySettings) {
        self.connection = connection
        self.settings = settings
    }

    public func call(arguments: SupabaseQueryArguments, context: ToolContext) async throws -> SupabaseQueryOutput {
        guard let (database, tiers) = connection else { throw SupabaseQueryError.notConfigured }
        let tier = try await Self.tier(of: context.caller, tiers: tiers)
        let requested = min(arguments.limit ?? settings.defaultLimit, settings.maximumRows)
        let tierLimit = arguments.dataset == .picks ? settings.pickLimits.limit(for: tier) : nil
        let fetchLimit = max(1, min(requested, tierLimit ?? requested))
        let query = try QueryPlanner.query(for: arguments, fetchLimit: fetchLimit)

        await context.progress("Reading \(arguments.dataset.rawValue.replacingOccurrences(of: "_", with: " "))…", icon: .search)
        let result: (rows: [String], truncated: Bool)
        do {
            result = try await database.readOnly(statementTimeoutMilliseconds: settings.statementTimeoutMilliseconds) { transaction in
                let fetched = try await transaction.rows(query, atMost: fetchLimit)
                return (try fetched.rows.map { try $0.decode(String.self) }, fetched.truncated)
            }
        } catch {
            await context.showWidget(.errorCard(title: "Supabase: \(arguments.dataset.rawValue)", message: String(describing: error))).finish()
            throw error
        }

        let definition = DatasetCatalog.definition(of: arguments.dataset)
        let rows = try result.rows.map { try Self.presented(JSONValue(parsing: $0), definition: definition) }
        let tierCut = tierLimit.map { result.truncated && fetchLimit == $0 && requested > $0 } ?? false
        let output = SupabaseQueryOutput(
            dataset: arguments.dataset.rawValue, rows: rows, rowCount: rows.count, truncated: result.truncated,
            note: tierCut ? settings.pickLimits.note(shown: rows.count) : nil
        )
        await context.showWidget(QueryWidgets.widget(for: arguments.dataset, rows: rows, note: output.note)).finish()
        return output
    }

    /// The caller's tier: the transport's attribute, else the database's for a user; `nil` for the operator.
    static func tier(of caller: CallerIdentity, tiers: TierResolver) async throws -> SubscriptionTier? {
        if let label = caller.attributes["tier"] { return SubscriptionTier(label: label) }
        guard let userID = caller.userID else { return nil }
        return try await tiers.tier(forUserID: userID)
    }

    /// A row as the model sees it: canonical sport labels, and odds summarised from the stored bookmakers.
    static func presented(_ row: JSONValue, definition: DatasetDefinition) -> JSONValue {
        guard var fields = row.objectValue else { return row }
        for column in definition.columns where column.isSport {
            if case .string(let label) = fields[column.name] { fields[column.name] = .string(SportLabel.canonical(label)) }
        }
        if let bookmakers = fields.removeValue(forKey: "bookmakers") {
            fields["odds"] = OddsSummary.summarise(bookmakers)
        }
        return .object(fields)
    }
}
