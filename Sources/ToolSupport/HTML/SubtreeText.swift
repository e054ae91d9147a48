/// The spaced text of one element (a heading, a title, a table cell, a matched result link),
/// collected while the parser streams through it: every element inside is a boundary, and the
/// text of dropped elements (script, style, …) is left out.
struct SubtreeText {
    private var run = TextRun()
    /// How deep the parser is inside a dropped element (0: not inside one).
    private var droppedDepth = 0

    /// An element inside starts.
    mutating func enter(_ tag: HTMLTag) {
        run.markBoundary()
        if droppedDepth > 0 || tag == .dropped { droppedDepth += 1 }
    }

    /// An element inside ends.
    mutating func exit() {
        if droppedDepth > 0 { droppedDepth -= 1 }
        run.markBoundary()
    }

    mutating func append(_ text: UnsafeBufferPointer<UInt8>) {
        if droppedDepth == 0 { run.append(text) }
    }

    /// The text collected (`nil` when empty); the collector is ready for another element.
    mutating func take() -> String? {
        droppedDepth = 0
        return run.take()
    }
}
