import ChatKitWidgets
import Testing

/// Mirrors `test_diff` in chatkit-python `tests/test_widgets.py` and the gotchas of chatkit-protocol.md §14.10.
@Suite("WidgetRoot.diff behaves like diff_widget")
struct WidgetDiffTests {
    private func card(_ text: Text) -> WidgetRoot { .card(Card { text }) }

    @Test("identical widgets produce no updates")
    func noOp() {
        #expect(WidgetRoot.diff(from: .card(Card {}), to: .card(Card {})).isEmpty)
        #expect(WidgetRoot.diff(from: WidgetSamples.kitchenSinkCard, to: WidgetSamples.kitchenSinkCard).isEmpty)
    }

    @Test("an append to a streaming Text with an id becomes a value delta that is not done")
    func streamingAppend() {
        let before = card(Text(value: "Hello", id: "text", streaming: true))
        let after = card(Text(value: "Hello, world!", id: "text", streaming: true))
        #expect(WidgetRoot.diff(from: before, to: after) == [.streamingTextDelta(componentID: "text", delta: ", world!", done: false)])
    }

    @Test("an append to a Text without a streaming flag is a delta marked done")
    func appendWithoutStreamingFlag() {
        let before = card(Text(value: "Hel", id: "text"))
        let after = card(Text(value: "Hello", id: "text"))
        #expect(WidgetRoot.diff(from: before, to: after) == [.streamingTextDelta(componentID: "text", delta: "lo", done: true)])
    }

    @Test("flipping streaming from true to false replaces the root")
    func streamingFlagFlip() {
        let before = card(Text(value: "Hello", id: "text", streaming: true))
        let after = card(Text(value: "Hello, world!", id: "text", streaming: false))
        #expect(WidgetRoot.diff(from: before, to: after) == [.rootReplaced(after)])
    }

    @Test("a value that is not an append replaces the root")
    func nonAppend() {
        let before = card(Text(value: "Hello"))
        let after = card(Text(value: "world!"))
        #expect(WidgetRoot.diff(from: before, to: after) == [.rootReplaced(after)])
    }

    @Test("an append to a Text without an id produces nothing")
    func appendWithoutID() {
        let before = card(Text(value: "Hello", streaming: true))
        let after = card(Text(value: "Hello, world!", streaming: true))
        #expect(WidgetRoot.diff(from: before, to: after).isEmpty)
    }

    @Test("an append inside a Transition produces nothing, as upstream walks list children only")
    func appendInsideTransition() {
        let before = WidgetRoot.card(Card { Transition(child: Text(value: "a", id: "t")) })
        let after = WidgetRoot.card(Card { Transition(child: Text(value: "ab", id: "t")) })
        #expect(WidgetRoot.diff(from: before, to: after).isEmpty)
    }

    @Test("appends to several Markdown and Text nodes in nested containers and list items each become a delta")
    func nestedAppends() {
        func list(_ first: String, _ second: String) -> WidgetRoot {
            .listView(ListView(children: [
                ListViewItem { Col { Row { Markdown(value: first, id: "m", streaming: true) } } },
                ListViewItem { Text(value: second, id: "t") },
            ]))
        }
        #expect(WidgetRoot.diff(from: list("a", "x"), to: list("ab", "xyz")) == [
            .streamingTextDelta(componentID: "m", delta: "b", done: false),
            .streamingTextDelta(componentID: "t", delta: "yz", done: true),
        ])
    }

    @Test("any other change replaces the root", arguments: [
        WidgetRoot.card(Card(size: .lg) { Text(value: "Hello", id: "text") }),
        WidgetRoot.card(Card { Text(value: "Hello", id: "other") }),
        WidgetRoot.card(Card { Text(value: "Hello", id: "text", weight: .bold) }),
        WidgetRoot.card(Card { Markdown(value: "Hello", id: "text") }),
        WidgetRoot.card(Card { Text(value: "Hello", id: "text"); Divider() }),
        WidgetRoot.basic(BasicRoot { Text(value: "Hello", id: "text") }),
    ])
    func otherChanges(after: WidgetRoot) {
        let before = card(Text(value: "Hello", id: "text"))
        #expect(WidgetRoot.diff(from: before, to: after) == [.rootReplaced(after)])
    }

    @Test("the prefix test works on Unicode scalars, like Python's str.startswith")
    func scalarPrefix() {
        let before = card(Text(value: "e", id: "t"))
        let after = card(Text(value: "e\u{301}!", id: "t"))
        #expect(WidgetRoot.diff(from: before, to: after) == [.streamingTextDelta(componentID: "t", delta: "\u{301}!", done: true)])
    }
}
