extension WidgetComponent {
    /// The nested components, in order (a `Transition`'s single child included).
    var childComponents: [WidgetComponent] {
        switch self {
        case .box(let node): node.children
        case .row(let node): node.children
        case .col(let node): node.children
        case .form(let node): node.children
        case .transition(let node): [node.child]
        default: []
        }
    }

    /// This node with `transform` applied to every node of its subtree, innermost first.
    func rewritten(_ transform: (WidgetComponent) -> WidgetComponent) -> WidgetComponent {
        let node: WidgetComponent
        switch self {
        case .box(var box):
            box.children = box.children.map { $0.rewritten(transform) }
            node = .box(box)
        case .row(var row):
            row.children = row.children.map { $0.rewritten(transform) }
            node = .row(row)
        case .col(var col):
            col.children = col.children.map { $0.rewritten(transform) }
            node = .col(col)
        case .form(var form):
            form.children = form.children.map { $0.rewritten(transform) }
            node = .form(form)
        case .transition(var transition):
            transition.child = transition.child.rewritten(transform)
            node = .transition(transition)
        default:
            node = self
        }
        return transform(node)
    }
}

extension WidgetRoot {
    /// This root with `transform` applied to every component in it, innermost first.
    func rewritingComponents(_ transform: (WidgetComponent) -> WidgetComponent) -> WidgetRoot {
        switch self {
        case .card(var card):
            card.children = card.children.map { $0.rewritten(transform) }
            return .card(card)
        case .listView(var list):
            for index in list.children.indices {
                list.children[index].children = list.children[index].children.map { $0.rewritten(transform) }
            }
            return .listView(list)
        case .basic(var basic):
            basic.children = basic.children.map { $0.rewritten(transform) }
            return .basic(basic)
        }
    }
}
