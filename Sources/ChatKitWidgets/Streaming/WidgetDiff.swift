extension WidgetRoot {
    /// The updates that turn `before` into `after`, exactly as `diff_widget` in chatkit-python's
    /// `server.py` computes them, so the client sees the same events:
    ///
    /// - no change: no updates;
    /// - only appends to the `value` of `Text`/`Markdown` nodes: one `streamingTextDelta` per
    ///   grown node that has an `id` (appends to nodes without one, or inside a `Transition`,
    ///   produce nothing; the client sees them with the final item);
    /// - anything else (another prop, the `streaming` flag, a non-append, a child count): one
    ///   `rootReplaced(after)`.
    public static func diff(from before: WidgetRoot, to after: WidgetRoot) -> [WidgetDelta] {
        if before.needsFullReplace(to: after) {
            return [.rootReplaced(after)]
        }
        let beforeNodes = StreamingTextNodes(before)
        let afterNodes = StreamingTextNodes(after)
        return afterNodes.ids.compactMap { id in
            guard let old = beforeNodes.nodes[id], let new = afterNodes.nodes[id], old.value != new.value else {
                return nil
            }
            // The full-replace check above guarantees the new value extends the old one.
            let delta = String(new.value.unicodeScalars.dropFirst(old.value.unicodeScalars.count))
            return .streamingTextDelta(componentID: id, delta: delta, done: !new.streaming)
        }
    }

    private func needsFullReplace(to after: WidgetRoot) -> Bool {
        switch (self, after) {
        case (.card(let old), .card(let new)):
            return replaceNeeded(old, new, children: \.children)
        case (.basic(let old), .basic(let new)):
            return replaceNeeded(old, new, children: \.children)
        case (.listView(var old), .listView(var new)):
            let oldItems = old.children
            let newItems = new.children
            old.children = []
            new.children = []
            return old != new || oldItems.count != newItems.count
                || zip(oldItems, newItems).contains { replaceNeeded($0, $1, children: \.children) }
        default:
            return true
        }
    }
}

extension WidgetComponent {
    /// Whether anything changed besides an append to a text `value` (`full_replace` upstream).
    fileprivate func needsFullReplace(to after: WidgetComponent) -> Bool {
        switch (self, after) {
        case (.text(let old), .text(var new)):
            if new.value.isScalarExtension(of: old.value) { new.value = old.value }
            return old != new
        case (.markdown(let old), .markdown(var new)):
            if new.value.isScalarExtension(of: old.value) { new.value = old.value }
            return old != new
        case (.box(let old), .box(let new)):
            return replaceNeeded(old, new, children: \.children)
        case (.row(let old), .row(let new)):
            return replaceNeeded(old, new, children: \.children)
        case (.col(let old), .col(let new)):
            return replaceNeeded(old, new, children: \.children)
        case (.form(let old), .form(let new)):
            return replaceNeeded(old, new, children: \.children)
        case (.transition(let old), .transition(let new)):
            return old.id != new.id || old.key != new.key || old.child.needsFullReplace(to: new.child)
        default:
            return self != after
        }
    }
}

/// Compares two containers: their own props exactly, their children pairwise.
private func replaceNeeded<Node: Equatable>(
    _ old: Node, _ new: Node, children: WritableKeyPath<Node, [WidgetComponent]>
) -> Bool {
    var oldProps = old
    var newProps = new
    oldProps[keyPath: children] = []
    newProps[keyPath: children] = []
    let oldChildren = old[keyPath: children]
    let newChildren = new[keyPath: children]
    return oldProps != newProps || oldChildren.count != newChildren.count
        || zip(oldChildren, newChildren).contains { $0.needsFullReplace(to: $1) }
}

extension String {
    /// Prefix test on Unicode scalars, as Python's `str.startswith` (no canonical equivalence).
    fileprivate func isScalarExtension(of prefix: String) -> Bool {
        unicodeScalars.starts(with: prefix.unicodeScalars)
    }
}

/// The `Text`/`Markdown` nodes with an `id`, found the way `diff_widget` walks the tree: through
/// list `children` only (a `Transition`'s single child is not visited); a repeated id keeps the last node.
private struct StreamingTextNodes {
    struct Node {
        var value: String
        var streaming: Bool
    }

    private(set) var ids: [String] = []
    private(set) var nodes: [String: Node] = [:]

    init(_ root: WidgetRoot) {
        switch root {
        case .card(let card): visit(card.children)
        case .basic(let basic): visit(basic.children)
        case .listView(let list): list.children.forEach { visit($0.children) }
        }
    }

    private mutating func visit(_ components: [WidgetComponent]) {
        for component in components {
            switch component {
            case .text(let text): record(id: text.id, Node(value: text.value, streaming: text.streaming ?? false))
            case .markdown(let markdown): record(id: markdown.id, Node(value: markdown.value, streaming: markdown.streaming ?? false))
            case .transition: break
            default: visit(component.childComponents)
            }
        }
    }

    private mutating func record(id: String?, _ node: Node) {
        guard let id else { return }
        if nodes.updateValue(node, forKey: id) == nil { ids.append(id) }
    }
}
