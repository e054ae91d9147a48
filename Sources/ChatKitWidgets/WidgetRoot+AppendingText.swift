extension WidgetRoot {
    /// This widget with `delta` appended to the `value` of the `Text` or `Markdown` node whose
    /// `id` is `componentID`; unchanged when there is none.
    ///
    /// This is the one change `WidgetRoot.diff(from:to:)` turns into a streaming text delta
    /// instead of a full replace.
    public func appendingText(_ delta: String, toComponent componentID: String) -> WidgetRoot {
        rewritingComponents { node in
            switch node {
            case .text(var text) where text.id == componentID:
                text.value += delta
                return .text(text)
            case .markdown(var markdown) where markdown.id == componentID:
                markdown.value += delta
                return .markdown(markdown)
            default:
                return node
            }
        }
    }
}
