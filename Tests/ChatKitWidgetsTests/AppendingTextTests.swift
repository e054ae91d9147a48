import ChatKitWidgets
import Testing

@Suite("WidgetRoot.appendingText")
struct AppendingTextTests {
    @Test("appends to the Text with the id, wherever it is nested")
    func appendsToNestedText() {
        let root = WidgetRoot.card(Card { Col { Row { Text(value: "Sun", id: "forecast", streaming: true) } } })
        let expected = WidgetRoot.card(Card { Col { Row { Text(value: "Sunny", id: "forecast", streaming: true) } } })
        #expect(root.appendingText("ny", toComponent: "forecast") == expected)
    }

    @Test("appends to Markdown inside a list item and inside a Transition")
    func appendsToMarkdown() {
        let list = WidgetRoot.listView(ListView(children: [ListViewItem { Markdown(value: "**a**", id: "m") }]))
        #expect(list.appendingText("b", toComponent: "m")
            == .listView(ListView(children: [ListViewItem { Markdown(value: "**a**b", id: "m") }])))
        let transition = WidgetRoot.basic(BasicRoot { Transition(child: Text(value: "x", id: "t")) })
        #expect(transition.appendingText("y", toComponent: "t")
            == .basic(BasicRoot { Transition(child: Text(value: "xy", id: "t")) }))
    }

    @Test("leaves the widget unchanged when no Text or Markdown has the id")
    func unknownIDIsNoOp() {
        let root = WidgetRoot.card(Card { Title(value: "T", id: "title"); Text(value: "x", id: "t") })
        #expect(root.appendingText("!", toComponent: "title") == root)
        #expect(root.appendingText("!", toComponent: "missing") == root)
    }

    @Test("streaming the appends yields exactly the appended deltas")
    func appendThenDiff() {
        let start = WidgetRoot.card(Card { Text(value: "", id: "t", streaming: true) })
        let next = start.appendingText("Hel", toComponent: "t")
        #expect(WidgetRoot.diff(from: start, to: next) == [.streamingTextDelta(componentID: "t", delta: "Hel", done: false)])
    }
}
