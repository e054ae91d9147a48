import ChatKitWidgets
import Foundation
import JSONValue

/// Widgets that together use every component and every kind of prop value, for round-trip and
/// conformance tests.
enum WidgetSamples {
    static let refresh = ActionConfig(type: "refresh", payload: ["city": "Paris"])

    /// The widget of the verified transcript in chatkit-protocol.md §12.6.
    static let weatherCard = WidgetRoot.card(
        Card {
            Title(value: "Weather")
            Text(value: "Refreshed: cloudy", id: "forecast")
            Button(label: "Refresh", onClickAction: refresh)
        }
    )

    static let kitchenSinkCard = WidgetRoot.card(
        Card(
            id: "card-1",
            key: "k",
            asForm: true,
            background: .theme(light: "surface", dark: "surface-secondary"),
            size: .lg,
            padding: .sides(Spacing(top: 4, x: "8px")),
            status: WidgetStatus(text: "From ESPN", favicon: "https://espn.com/favicon.ico", frame: true),
            collapsed: false,
            confirm: CardAction(label: "Place", action: ActionConfig(type: "bet.place", handler: .client, loadingBehavior: .self)),
            cancel: CardAction(label: "Cancel", action: ActionConfig(type: "bet.cancel", streaming: false)),
            theme: .dark
        ) {
            Title(value: "Lakers @ Celtics", weight: .bold, size: .twoXL, textAlign: .center, truncate: true, maxLines: 2)
            Text(
                value: "Tip-off 7:30 PM",
                id: "tip",
                streaming: true,
                italic: true,
                lineThrough: false,
                color: .theme(light: "gray-700", dark: "gray-200"),
                weight: .semibold,
                width: "50%",
                size: .sm,
                textAlign: .start,
                truncate: false,
                minLines: 1,
                maxLines: 3,
                editable: .enabled(EditableProps(name: "note", autoFocus: true, placeholder: "Note", required: false))
            )
            Text(value: "Read only", editable: .disabled)
            Caption(value: "Odds may change", color: "secondary", size: .sm)
            Markdown(value: "**Pick:** Celtics -3.5", id: "md", streaming: false)
            Badge(label: "LIVE", color: .danger, variant: .soft, size: .sm, pill: true)
            Button(
                label: "Add",
                onClickAction: ActionConfig(type: "slip.add", payload: ["leg": 1, "odds": -110.5, "tags": ["nba"]]),
                submit: false,
                iconStart: .plus,
                iconEnd: .vendor("sportsbook"),
                style: .primary,
                iconSize: .twoXL,
                color: .caution,
                variant: .ghost,
                size: .threeXS,
                pill: true,
                uniform: false,
                block: true,
                disabled: false
            )
            Button(iconStart: .lucide("trophy"))
            Image(
                src: "https://example.com/logo.png",
                alt: "Team logo",
                fit: .natural,
                position: .topLeft,
                radius: .hundredPercent,
                frame: true,
                flush: false,
                height: 40,
                width: "40px",
                margin: .sides(Spacing(bottom: 2)),
                background: "blue-100",
                aspectRatio: 1.5,
                flex: 1
            )
            Icon(name: .chart, color: "primary", size: .threeXL)
            Divider(color: "subtle", size: 1, spacing: "12px", flush: true)
            Spacer(minSize: 8)
            Box(direction: .row, style: BoxStyle(
                align: .baseline,
                justify: .evenly,
                wrap: .wrapReverse,
                gap: 2,
                height: 120.5,
                border: .edges(Borders(top: 1, bottom: .border(Border(size: 2, color: "red-200", style: .dashed)))),
                radius: .zero
            )) {
                Text(value: "Spread")
            }
            Row(style: BoxStyle(
                minHeight: "2rem",
                padding: 3,
                border: .all(Border(size: 1, color: .theme(light: "black", dark: "white"), style: .solid)),
                background: "surface",
                aspectRatio: "16/9"
            )) {
                Text(value: "LAL")
                Spacer()
                Text(value: "+3.5")
            }
            Col(style: BoxStyle(flex: "1 1 auto", size: 10, maxWidth: 600, margin: "auto", border: 1)) {}
            Form(onSubmitAction: ActionConfig(type: "slip.submit"), direction: .col, style: BoxStyle(gap: "8px")) {
                Label(value: "Stake", fieldName: "stake", size: .xs, weight: .medium, textAlign: .end, color: "secondary")
                Input(
                    name: "stake",
                    inputType: .number,
                    defaultValue: "10",
                    required: true,
                    pattern: "[0-9]+",
                    placeholder: "Stake",
                    allowAutofillExtensions: false,
                    autoSelect: true,
                    autoFocus: false,
                    disabled: false,
                    variant: .outline,
                    size: .md,
                    gutterSize: .twoXS,
                    pill: false
                )
                Textarea(
                    name: "notes",
                    defaultValue: "",
                    placeholder: "Notes",
                    variant: .soft,
                    size: .lg,
                    gutterSize: .xl,
                    rows: 3,
                    autoResize: true,
                    maxRows: 6,
                    allowAutofillExtensions: true
                )
                Select(
                    name: "book",
                    options: [
                        Select.Option(value: "dk", label: "DraftKings"),
                        Select.Option(value: "fd", label: "FanDuel", disabled: true, description: "Unavailable"),
                    ],
                    onChangeAction: ActionConfig(type: "book.change"),
                    placeholder: "Sportsbook",
                    defaultValue: "dk",
                    variant: .outline,
                    size: .sm,
                    pill: true,
                    block: false,
                    clearable: true,
                    disabled: false,
                    searchable: true
                )
                DatePicker(
                    name: "date",
                    placeholder: "Game day",
                    defaultValue: Date(timeIntervalSince1970: 1_767_225_600),
                    min: Date(timeIntervalSince1970: 1_767_225_600.25),
                    max: Date(timeIntervalSince1970: 1_798_761_600),
                    variant: .soft,
                    size: .xl,
                    side: .bottom,
                    align: .center,
                    pill: false,
                    block: true,
                    clearable: false,
                    disabled: false
                )
                Checkbox(name: "parlay", label: "Add to parlay", defaultChecked: true, onChangeAction: ActionConfig(type: "toggle"), required: false)
                RadioGroup(
                    name: "side",
                    options: [RadioGroup.Option(label: "Home", value: "home"), RadioGroup.Option(label: "Away", value: "away", disabled: true)],
                    ariaLabel: "Side",
                    defaultValue: "home",
                    direction: .row,
                    disabled: false,
                    required: true
                )
                Button(label: "Submit", submit: true)
            }
            Transition(child: Text(value: "Updating…", id: "transition-text"))
            Chart(
                data: [["game": "G1", "pts": 112, "reb": 44.5], ["game": "G2", "pts": 98, "reb": 51]],
                series: [
                    .bar(BarSeries(label: "Points", dataKey: "pts", stack: "a", color: "blue")),
                    .area(AreaSeries(label: "Rebounds", dataKey: "reb", stack: "b", color: .theme(light: "green", dark: "green-300"), curveType: .monotoneX)),
                    .line(LineSeries(label: "Trend", dataKey: "pts", curveType: .stepAfter)),
                ],
                xAxis: .config(ChartXAxis.Config(dataKey: "game", hide: false, labels: ["G1": "Game 1"])),
                showYAxis: true,
                showLegend: false,
                showTooltip: true,
                barGap: 2,
                barCategoryGap: 8,
                flex: 1,
                height: 200,
                width: "100%",
                minHeight: 100,
                maxSize: 400,
                aspectRatio: 2
            )
            Chart(data: [], series: [.line(LineSeries(label: "Empty", dataKey: "y"))], xAxis: "x")
        }
    )

    static let listView = WidgetRoot.listView(
        ListView(
            id: "games",
            limit: .auto,
            status: WidgetStatus(text: "Tonight's slate", icon: .calendar),
            theme: .light,
            children: [
                ListViewItem(id: "g1", onClickAction: ActionConfig(type: "game.open", payload: ["id": "g1"]), gap: 3, align: .center) {
                    Icon(name: .star)
                    Text(value: "Lakers @ Celtics")
                    Badge(label: "-3.5")
                },
                ListViewItem(gap: "4px") {
                    Text(value: "Knicks @ Heat")
                },
            ]
        )
    )

    static let limitedListView = WidgetRoot.listView(
        ListView(limit: 5, status: WidgetStatus(text: "Plain status"), children: [ListViewItem { Text(value: "Only item") }])
    )

    static let basic = WidgetRoot.basic(
        BasicRoot(theme: .dark, direction: .row, gap: 2, padding: 1, align: .center, justify: .between) {
            Text(value: "Basic")
            Button(label: "Go", onClickAction: ActionConfig(type: "go"))
        }
    )

    static let all: [(name: String, root: WidgetRoot)] = [
        ("weather card", weatherCard),
        ("kitchen sink card", kitchenSinkCard),
        ("list view", listView),
        ("list view with a numeric limit", limitedListView),
        ("basic root", basic),
    ]
}
