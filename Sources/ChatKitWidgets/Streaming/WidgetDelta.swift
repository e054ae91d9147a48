/// One update that takes the client from one widget state to the next.
public enum WidgetDelta: Sendable, Hashable {
    /// Text appended to the `value` of the `Text`/`Markdown` node `componentID`
    /// (`widget.streaming_text.value_delta`). `done` is true unless the node is marked `streaming`.
    case streamingTextDelta(componentID: String, delta: String, done: Bool)
    /// The whole widget replaced (`widget.root.updated`).
    case rootReplaced(WidgetRoot)
}
