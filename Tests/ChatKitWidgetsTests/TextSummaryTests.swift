import ChatKitWidgets
import Testing

@Suite("WidgetRoot.textSummary")
struct TextSummaryTests {
    @Test("a card reads as status, one line per block, rows on one line, and its footer buttons")
    func cardSummary() {
        let root = WidgetRoot.card(Card(
            status: WidgetStatus(text: "From ESPN"),
            confirm: CardAction(label: "Place", action: ActionConfig(type: "place"))
        ) {
            Title(value: "Lakers @ Celtics")
            Divider()
            Row { Text(value: "LAL"); Spacer(); Badge(label: "+3.5"); Icon(name: .star) }
            Button(label: "Refresh")
            Input(name: "stake")
        })
        #expect(root.textSummary == "From ESPN\nLakers @ Celtics\nLAL +3.5\n[Refresh]\n[Place]")
    }

    @Test("a list view reads as one bullet per item")
    func listSummary() {
        #expect(WidgetSamples.listView.textSummary == "Tonight's slate\n• Lakers @ Celtics -3.5\n• Knicks @ Heat")
    }

    @Test("charts name their series")
    func chartSummary() {
        let root = WidgetRoot.basic(BasicRoot {
            Chart(data: [], series: [.bar(BarSeries(label: "Points", dataKey: "p")), .line(LineSeries(label: "Trend", dataKey: "p"))], xAxis: "x")
        })
        #expect(root.textSummary == "Chart: Points, Trend")
    }
}
