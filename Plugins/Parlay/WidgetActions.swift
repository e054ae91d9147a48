import ChatKitWidgets

/// Finds the actions wired into a widget tree (buttons, forms, selects), in document order.
enum WidgetActions {
    static func all(in components: [WidgetComponent]) -> [ActionConfig] {
        components.flatMap(actions(of:))
    }

    private static func actions(of component: WidgetComponent) -> [ActionConfig] {
        switch component {
        case .button(let button): button.onClickAction.map { [$0] } ?? []
        case .select(let select): select.onChangeAction.map { [$0] } ?? []
        case .form(let form): (form.onSubmitAction.map { [$0] } ?? []) + all(in: form.children)
        case .box(let box): all(in: box.children)
        case .row(let row): all(in: row.children)
        case .col(let col): all(in: col.children)
        case .transition(let transition): actions(of: transition.child)
        default: []
        }
    }

    /// The tree with `transform` applied to every button, containers rebuilt around it.
    static func rewritingButtons(_ components: [WidgetComponent], _ transform: (Button) -> Button) -> [WidgetComponent] {
        components.map { rewritingButtons($0, transform) }
    }

    private static func rewritingButtons(_ component: WidgetComponent, _ transform: (Button) -> Button) -> WidgetComponent {
        switch component {
        case .button(let button):
            return .button(transform(button))
        case .form(var form):
            form.children = rewritingButtons(form.children, transform)
            return .form(form)
        case .box(var box):
            box.children = rewritingButtons(box.children, transform)
            return .box(box)
        case .row(var row):
            row.children = rewritingButtons(row.children, transform)
            return .row(row)
        case .col(var col):
            col.children = rewritingButtons(col.children, transform)
            return .col(col)
        case .transition(var transition):
            transition.child = rewritingButtons(transition.child, transform)
            return .transition(transition)
        default:
            return component
        }
    }

    static func rewritingButtons(_ root: WidgetRoot, _ transform: (Button) -> Button) -> WidgetRoot {
        switch root {
        case .card(var card):
            card.children = rewritingButtons(card.children, transform)
            return .card(card)
        case .basic(var basic):
            basic.children = rewritingButtons(basic.children, transform)
            return .basic(basic)
        case .listView(var list):
            for index in list.children.indices {
                list.children[index].children = rewritingButtons(list.children[index].children, transform)
            }
            return .listView(list)
        }
    }

    static func all(in root: WidgetRoot) -> [ActionConfig] {
        switch root {
        case .card(let card): all(in: card.children)
        case .basic(let basic): all(in: basic.children)
        case .listView(let list): list.children.flatMap { all(in: $0.children) }
        }
    }
}
