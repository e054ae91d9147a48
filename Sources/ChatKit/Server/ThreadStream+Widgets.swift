import ChatKitWidgets
import Foundation

extension ThreadStream {
    /// Sends a finished widget as one `thread.item.done` (the reference `stream_widget` with a static
    /// widget). Returns the item id (`msg_…`).
    @discardableResult
    public func streamWidget(_ widget: WidgetRoot, copyText: String? = nil) async throws -> String {
        let item = WidgetItem(
            id: generateItemID(.message), threadID: thread.id, createdAt: ChatKitDate.now(), widget: widget, copyText: copyText)
        try await send(.itemDone(.widget(item)))
        return item.id
    }

    /// Streams successive states of a widget: `thread.item.added` with the first, the
    /// ``WidgetRoot/diff(from:to:)`` of each next state as `thread.item.updated`, then
    /// `thread.item.done` with the last. Sends nothing when `states` is empty. Returns the item id.
    @discardableResult
    public func streamWidget<States: AsyncSequence>(
        _ states: States, copyText: String? = nil
    ) async throws -> String? where States.Element == WidgetRoot {
        var iterator = states.makeAsyncIterator()
        guard let first = try await iterator.next() else { return nil }
        var item = WidgetItem(
            id: generateItemID(.message), threadID: thread.id, createdAt: ChatKitDate.now(), widget: first, copyText: copyText)
        try await send(.itemAdded(.widget(item)))
        while let next = try await iterator.next() {
            for delta in WidgetRoot.diff(from: item.widget, to: next) {
                try await send(.itemUpdated(itemID: item.id, update: ThreadItemUpdate(delta)))
            }
            item.widget = next
        }
        try await send(.itemDone(.widget(item)))
        return item.id
    }
}

extension ThreadItemUpdate {
    /// The wire update for a widget diff step.
    public init(_ delta: WidgetDelta) {
        switch delta {
        case .streamingTextDelta(let componentID, let delta, let done):
            self = .widgetStreamingTextValueDelta(componentID: componentID, delta: delta, done: done)
        case .rootReplaced(let root):
            self = .widgetRootUpdated(root)
        }
    }
}
