import ChatKitWidgets
import Foundation
import JSONValue

/// The odds board widget: one row per game (matchup, start time, spread, total, moneylines,
/// best books), each price a button that adds the pick to a parlay.
///
/// Wire contract with the parlay module (no code dependency): a price button's action is
/// `parlay.add_leg` with payload `{"leg": {"selection", "odds", "event", "market"}, "selected": false}`
/// (every value a string, none null), and "Build parlay" is `parlay.build`. The parlay handler
/// toggles picks in this widget and builds the card from the selected ones. "Refresh" is
/// `odds.refresh`; the query it repeats is stored in the button's payload under `query`.
public enum OddsBoard {
    /// Games shown; the tool's output always has all of them.
    public static let maxGames = 10
    public static let maxProps = 15
    static let queryKey = "query"
    static let refreshAction = "odds.refresh"

    public static func loading(_ query: GetOddsArguments) -> WidgetRoot {
        .card(Card(size: .lg, status: WidgetStatus(text: "The Odds API", icon: .chart)) {
            Title(value: "📊 \(query.sport.title) Odds Board", size: .sm)
            Text(value: "Fetching the latest lines…", color: .named("secondary"))
        })
    }

    public static func failure(_ message: String, query: GetOddsArguments) -> WidgetRoot {
        .card(Card(size: .lg, status: WidgetStatus(text: "Odds unavailable", icon: .info)) {
            header(query)
            Text(value: message, color: .named("danger"))
        })
    }

    public static func board(_ report: OddsReport, query: GetOddsArguments, timeZone: TimeZone) -> WidgetRoot {
        .card(Card(size: .lg, status: WidgetStatus(text: "The Odds API · \(report.cached ? "cached" : "live")", icon: .chart)) {
            header(query)
            if let props = report.props {
                propRows(props, game: report.games.first)
            } else if report.games.isEmpty {
                Text(value: "No \(query.sport.title) games with odds in this window.", color: .named("secondary"))
            } else {
                for (index, game) in report.games.prefix(maxGames).enumerated() {
                    if index > 0 { Divider() }
                    gameRow(game, sport: query.sport, timeZone: timeZone)
                }
                if report.games.count > maxGames {
                    Caption(value: "+\(report.games.count - maxGames) more games in the full answer")
                }
            }
            Divider()
            Row(style: BoxStyle(align: .center, gap: 2)) {
                Caption(value: quotaText(report.quota))
                Spacer()
                Button(label: "Build parlay", onClickAction: ActionConfig(type: "parlay.build"), style: .secondary, variant: .outline, size: .sm)
            }
        })
    }

    // MARK: Parts

    private static func header(_ query: GetOddsArguments) -> Row {
        let payload = (try? JSONValue(encoding: query)).map { JSONValue.object([queryKey: $0]) }
        return Row(style: BoxStyle(align: .center, gap: 2)) {
            Title(value: "📊 \(query.sport.title) Odds Board", size: .sm)
            Spacer()
            Button(label: "Refresh", onClickAction: ActionConfig(type: refreshAction, payload: payload), iconStart: .reload, style: .secondary, variant: .ghost, size: .sm)
        }
    }

    private static func gameRow(_ game: GameLines, sport: OddsSport, timeZone: TimeZone) -> Col {
        let event = "\(game.awayTeam) @ \(game.homeTeam)"
        let picks = pickButtons(game, sport: sport, event: event)
        let books = bestBooks(game)
        return Col(style: BoxStyle(gap: 1)) {
            Row(style: BoxStyle(align: .center, gap: 2)) {
                Text(value: event, weight: .semibold, truncate: true)
                Spacer()
                Caption(value: startTime(game.commenceTime, timeZone: timeZone))
            }
            if picks.isEmpty {
                Caption(value: "No prices posted yet")
            } else {
                Row(style: BoxStyle(wrap: .wrap, gap: 1)) { picks }
            }
            if !books.isEmpty { Caption(value: "Best: \(books)", truncate: true) }
        }
    }

    private static func pickButtons(_ game: GameLines, sport: OddsSport, event: String) -> [WidgetComponent] {
        var buttons: [WidgetComponent] = []
        let order: [(market: String, label: (OutcomeLine) -> String, selection: (OutcomeLine) -> String)] = [
            ("spreads", { "\(shortName($0.name, sport)) \(signed($0.point))" }, { "\($0.name) \(signed($0.point))" }),
            ("totals", { "\($0.name == "Over" ? "O" : "U") \(plain($0.point))" }, { "\($0.name) \(plain($0.point))" }),
            ("h2h", { "\(shortName($0.name, sport)) ML" }, { $0.name == "Draw" ? "Draw" : "\($0.name) ML" }),
        ]
        for (market, label, selection) in order {
            for outcome in game.markets[market] ?? [] {
                let price = american(outcome.bestPrice)
                let leg: JSONValue = ["selection": .string(selection(outcome)), "odds": .string(price), "event": .string(event), "market": .string(market)]
                buttons.append(Button(
                    label: "\(label(outcome)) \(price)",
                    onClickAction: ActionConfig(type: "parlay.add_leg", payload: ["leg": leg, "selected": false]),
                    style: .secondary, variant: .outline, size: .sm
                ).widgetComponent)
            }
        }
        return buttons
    }

    private static func propRows(_ props: [PropLine], game: GameLines?) -> [WidgetComponent] {
        guard !props.isEmpty else { return [Text(value: "No player props posted for this game yet.", color: .named("secondary")).widgetComponent] }
        let event = game.map { "\($0.awayTeam) @ \($0.homeTeam)" } ?? ""
        var rows: [WidgetComponent] = []
        for prop in props.prefix(maxProps) {
            let market = prop.market.replacingOccurrences(of: "player_", with: "").replacingOccurrences(of: "_", with: " ")
            var buttons: [WidgetComponent] = []
            for (side, price, book) in [("Over", prop.overPrice, prop.overBook), ("Under", prop.underPrice, prop.underBook)] {
                guard let price else { continue }
                let sideName = prop.line == nil ? (side == "Over" ? "Yes" : "No") : side
                let selection = "\(prop.player) \(sideName.lowercased())\(prop.line.map { " \(plain($0))" } ?? "") \(market)"
                let leg: JSONValue = ["selection": .string(selection), "odds": .string(american(price)), "event": .string(event), "market": .string(prop.market)]
                buttons.append(Button(
                    label: "\(sideName.prefix(1))\(prop.line.map { " \(plain($0))" } ?? "") \(american(price))\(book.map { " · \($0)" } ?? "")",
                    onClickAction: ActionConfig(type: "parlay.add_leg", payload: ["leg": leg, "selected": false]),
                    style: .secondary, variant: .outline, size: .sm
                ).widgetComponent)
            }
            rows.append(Row(style: BoxStyle(align: .center, wrap: .wrap, gap: 2)) {
                Col(style: BoxStyle(flex: 1)) {
                    Text(value: prop.player, weight: .semibold, truncate: true)
                    Caption(value: market)
                }
                buttons
            }.widgetComponent)
        }
        if props.count > maxProps { rows.append(Caption(value: "+\(props.count - maxProps) more props in the full answer").widgetComponent) }
        return rows
    }

    /// "spread DraftKings / FanDuel · total … · ML …"
    private static func bestBooks(_ game: GameLines) -> String {
        [("spreads", "spread"), ("totals", "total"), ("h2h", "ML")].compactMap { market, label in
            guard let outcomes = game.markets[market], !outcomes.isEmpty else { return nil }
            return "\(label) \(outcomes.map(\.bestBook).joined(separator: " / "))"
        }.joined(separator: " · ")
    }

    static func quotaText(_ quota: OddsQuota) -> String {
        guard let remaining = quota.remaining else { return "Quota: unknown" }
        var text = "Quota: \(remaining) requests left"
        if let last = quota.last { text += " (last call cost \(last))" }
        return text
    }

    static func american(_ price: Int) -> String { price > 0 ? "+\(price)" : "\(price)" }

    private static func signed(_ point: Double?) -> String {
        guard let point else { return "" }
        return point > 0 ? "+\(plain(point))" : plain(point)
    }

    private static func plain(_ point: Double?) -> String {
        guard let point else { return "" }
        return point == point.rounded() ? String(Int(point)) : String(point)
    }

    /// "Bills" for US teams; soccer clubs and fighters keep their full names.
    private static func shortName(_ team: String, _ sport: OddsSport) -> String {
        switch sport {
        case .nfl, .ncaaf, .nba, .wnba, .mlb, .nhl: team.split(separator: " ").last.map(String.init) ?? team
        default: team
        }
    }

    static func startTime(_ iso: String, timeZone: TimeZone) -> String {
        guard let date = ISO8601DateFormatter().date(from: iso) else { return iso }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "EEE MMM d, h:mm a"
        let zone = timeZone.identifier == "America/New_York" ? "ET" : (timeZone.abbreviation(for: date) ?? timeZone.identifier)
        return "\(formatter.string(from: date)) \(zone)"
    }
}
