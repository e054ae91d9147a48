import Foundation

/// Turns `get_odds` arguments into a report: validates them, calls The Odds API and shops the
/// lines. Shared by the tool and the board's refresh action.
public struct OddsService: Sendable {
    public let client: OddsAPIClient
    /// The sports calendar's time zone (day boundaries of the window, start times on the board).
    public let timeZone: TimeZone
    private let now: @Sendable () -> Date

    public init(client: OddsAPIClient, timeZone: TimeZone, now: @escaping @Sendable () -> Date = Date.init) {
        self.client = client
        self.timeZone = timeZone
        self.now = now
    }

    public func report(for arguments: GetOddsArguments) async throws(OddsAPIError) -> OddsReport {
        let sport = arguments.sport
        let bookmakers = try arguments.bookmakers.map { keys throws(OddsAPIError) in try Self.keys(keys, field: "bookmakers") }
        if let props = arguments.playerProps {
            return try await propsReport(props, sport: sport, bookmakers: bookmakers)
        }
        let markets = Array(Set(arguments.markets ?? sport.defaultMarkets)).sorted()
        if sport == .mma, markets != [.h2h] {
            throw .invalidArgument("MMA has moneylines only: use markets [\"h2h\"] or null.")
        }
        let window = try OddsWindow.resolve(from: arguments.from, to: arguments.to, now: now(), timeZone: timeZone)
        let answer = try await client.gameOdds(
            sport: sport.apiKey, markets: markets.map(\.rawValue), bookmakers: bookmakers, from: window.from, to: window.to
        )
        var events = answer.value
        var notes: [String] = []
        if let team = arguments.team?.trimmingCharacters(in: .whitespacesAndNewlines), !team.isEmpty {
            events = events.filter { $0.homeTeam.localizedCaseInsensitiveContains(team) || $0.awayTeam.localizedCaseInsensitiveContains(team) }
            if events.isEmpty { notes.append("No \(sport.title) game in the window has a team matching \"\(team)\".") }
        }
        if answer.value.isEmpty { notes.append("No \(sport.title) games with odds between \(window.from) and \(window.to).") }
        return OddsReport(
            sport: sport.apiKey, from: window.from, to: window.to,
            games: BestLines.slate(events, markets: markets.map(\.rawValue)),
            props: nil, quota: answer.quota, cached: answer.cached, notes: notes
        )
    }

    private func propsReport(_ request: PlayerPropsRequest, sport: OddsSport, bookmakers: [String]?) async throws(OddsAPIError) -> OddsReport {
        guard sport != .mma else { throw .invalidArgument("The Odds API has no player props for MMA.") }
        let eventID = request.eventID.trimmingCharacters(in: .whitespaces)
        guard !eventID.isEmpty, eventID.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
            throw .invalidArgument("player_props.event_id must be a game id from a previous get_odds result (letters and digits), got \"\(request.eventID)\".")
        }
        let markets = try Self.keys(request.markets, field: "player_props.markets")
        let answer = try await client.eventOdds(sport: sport.apiKey, eventID: eventID, markets: markets, bookmakers: bookmakers)
        let event = answer.value
        let props = BestLines.props(event, markets: markets)
        return OddsReport(
            sport: sport.apiKey, from: event.commenceTime, to: event.commenceTime,
            games: [BestLines.game(event, markets: [])],
            props: props, quota: answer.quota, cached: answer.cached,
            notes: props.isEmpty ? ["No books have posted \(markets.joined(separator: ", ")) for this game yet."] : []
        )
    }

    /// API keys are lower-case identifiers; anything else would only earn a 422.
    private static func keys(_ keys: [String], field: String) throws(OddsAPIError) -> [String] {
        let cleaned = keys.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        if let bad = cleaned.first(where: { $0.isEmpty || !$0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") } }) {
            throw .invalidArgument("\(field): \"\(bad)\" is not a The Odds API key (lower-case letters, digits and _, e.g. \"draftkings\" or \"player_pass_yds\").")
        }
        var seen: Set<String> = []
        return cleaned.filter { seen.insert($0).inserted }
    }
}
