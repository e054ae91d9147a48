import ChatKitWidgets
import JSONValue

/// The widgets `supabase_query` shows: pick cards for picks, a chart for a player's or team's recent form,
/// a compact table card for everything else.
enum QueryWidgets {
    static func widget(for dataset: SupabaseDataset, rows: [JSONValue], note: String?) -> WidgetRoot {
        let objects = rows.compactMap(\.objectValue)
        switch dataset {
        case .picks where !objects.isEmpty:
            return pickCards(objects, note: note)
        case .playerForm, .teamForm:
            if let chart = formChart(dataset, objects) { return chart }
            return table(dataset, objects)
        default:
            return table(dataset, objects)
        }
    }

    // MARK: Picks

    /// One list item per pick: match, pick and odds, a confidence badge, the reasoning and an
    /// "Add to parlay" button speaking the parlay module's `parlay.add_leg` contract.
    static func pickCards(_ picks: [[String: JSONValue]], note: String?) -> WidgetRoot {
        var items = picks.map { pick -> ListViewItem in
            let match = text(pick["match_teams"])
            let selection = text(pick["pick"])
            let odds = text(pick["odds"])
            let confidence = pick["confidence"]?.doubleValue.map { Int($0) }
            let market = text(pick["bet_type"])
            return ListViewItem(gap: 2) {
                Col(style: BoxStyle(gap: 2)) {
                    Row(style: BoxStyle(align: .center, gap: 2)) {
                        Caption(value: [text(pick["sport"]), match].filter { !$0.isEmpty }.joined(separator: " · "), truncate: true)
                        Spacer()
                        if let confidence { confidenceBadge(confidence) }
                    }
                    Row(style: BoxStyle(align: .center, gap: 2)) {
                        Text(value: selection, weight: .semibold)
                        Spacer()
                        Text(value: odds, weight: .semibold)
                    }
                    if !text(pick["reasoning"]).isEmpty {
                        Text(value: text(pick["reasoning"]), color: "secondary", size: .sm, maxLines: 3)
                    }
                    Button(
                        label: "Add to parlay",
                        onClickAction: ActionConfig(type: "parlay.add_leg", payload: [
                            "leg": ["selection": .string(selection), "odds": .string(odds), "event": .string(match), "market": .string(market)],
                            "selected": false,
                        ]),
                        iconStart: .plus, style: .secondary, variant: .outline, size: .sm
                    )
                }
            }
        }
        if let note {
            items.append(ListViewItem { Caption(value: note) })
        }
        return .listView(ListView(status: WidgetStatus(text: "Professor Lock picks", icon: .sparkle), children: items))
    }

    /// ≥ 75 success, ≥ 60 warning, else danger (the parlay card's convention).
    static func confidenceBadge(_ confidence: Int) -> Badge {
        let color: Badge.Color = confidence >= 75 ? .success : confidence >= 60 ? .warning : .danger
        return Badge(label: "\(confidence)%", color: color, variant: .soft, pill: true)
    }

    // MARK: Recent form

    /// A chart over `game_date` (oldest first) when there are at least two dated games and numeric stats.
    static func formChart(_ dataset: SupabaseDataset, _ rows: [[String: JSONValue]]) -> WidgetRoot? {
        let dated = rows.filter { $0["game_date"]?.stringValue != nil }
        guard dated.count >= 2 else { return nil }
        let candidates = dataset == .teamForm
            ? ["team_score", "opponent_score"]
            : DatasetCatalog.statColumns.map(\.name)
        // Stats recorded in every game shown, at most three.
        let keys = candidates.filter { key in dated.allSatisfy { $0[key]?.doubleValue != nil } }.prefix(3)
        guard !keys.isEmpty else { return nil }
        let ordered = dated.sorted { ($0["game_date"]?.stringValue ?? "") < ($1["game_date"]?.stringValue ?? "") }
        let data: [[String: NumberOrString]] = ordered.map { row in
            var point: [String: NumberOrString] = ["date": .string(String((row["game_date"]?.stringValue ?? "").suffix(5)))]
            for key in keys { point[key] = .number(row[key]?.doubleValue ?? 0) }
            return point
        }
        let subject = text(rows.first?["player_name"] ?? rows.first?["team_name"])
        let series: [ChartSeries] = keys.map { key in
            dataset == .teamForm ? .bar(BarSeries(label: label(key), dataKey: key)) : .line(LineSeries(label: label(key), dataKey: key))
        }
        return .card(Card(size: .md, status: WidgetStatus(text: "Recent form", icon: .chart)) {
            Title(value: subject.isEmpty ? "Recent form" : "\(subject): last \(ordered.count) games", size: .sm)
            Chart(data: data, series: series, xAxis: "date", showLegend: true, height: 180)
        })
    }

    // MARK: Table

    /// A compact card: one row per record with the dataset's summary columns (up to 10 records).
    static func table(_ dataset: SupabaseDataset, _ rows: [[String: JSONValue]]) -> WidgetRoot {
        let columns = DatasetCatalog.definition(of: dataset).summaryColumns
        let shown = rows.prefix(10)
        return .card(Card(size: .md, status: WidgetStatus(text: title(dataset), icon: .search)) {
            if shown.isEmpty {
                Text(value: "No matching rows.", color: "secondary", size: .sm)
            } else {
                Row(style: BoxStyle(gap: 2)) {
                    for column in columns { Caption(value: label(column), weight: .semibold, truncate: true) }
                }
                Divider()
                for row in shown {
                    Row(style: BoxStyle(gap: 2)) {
                        for column in columns { Text(value: text(row[column]), width: .string("\(100 / columns.count)%"), size: .sm, truncate: true) }
                    }
                }
                if rows.count > shown.count { Caption(value: "\(rows.count - shown.count) more in the answer") }
            }
        })
    }

    private static func title(_ dataset: SupabaseDataset) -> String {
        switch dataset {
        case .picks: "Picks"
        case .games: "Games"
        case .playerProps: "Player props"
        case .playerForm: "Player form"
        case .teamForm: "Team form"
        case .injuries: "Injuries"
        case .insights: "Insights"
        case .teams: "Teams"
        case .players: "Players"
        }
    }

    static func label(_ column: String) -> String {
        column.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }

    static func text(_ value: JSONValue?) -> String {
        switch value {
        case .string(let text): text
        case .int(let number): String(number)
        case .double(let number): number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
        case .bool(let flag): flag ? "yes" : "no"
        case nil, .null: ""
        case .some(let other): other.jsonString()
        }
    }
}
