extension WidgetRoot {
    /// The readable text of the widget, one line per block, for terminals and for telling the
    /// model what it showed. Rows and list items become single lines, buttons read `[label]`,
    /// decoration (icons, dividers, spacers) and empty form fields are left out.
    public var textSummary: String {
        let lines: [String]
        switch self {
        case .card(let card):
            let actions = [card.confirm, card.cancel].compactMap { $0.map { "[\($0.label)]" } }
            lines = [card.status?.text].compactMap { $0 }
                + card.children.flatMap(\.summaryLines)
                + [actions.joined(separator: " ")]
        case .listView(let list):
            lines = [list.status?.text].compactMap { $0 }
                + list.children.map { item in "• " + item.children.flatMap(\.summaryLines).joined(separator: " ") }
        case .basic(let basic):
            let children = basic.children.flatMap(\.summaryLines)
            lines = basic.direction == .row ? [children.joined(separator: " ")] : children
        }
        return lines.filter { !$0.isEmpty }.joined(separator: "\n")
    }
}

extension WidgetComponent {
    /// The readable lines of this subtree; see `WidgetRoot.textSummary`.
    fileprivate var summaryLines: [String] {
        let lines: [String]
        switch self {
        case .text(let node): lines = [node.value]
        case .title(let node): lines = [node.value]
        case .caption(let node): lines = [node.value]
        case .markdown(let node): lines = [node.value]
        case .label(let node): lines = [node.value]
        case .badge(let node): lines = [node.label]
        case .button(let node): lines = node.label.map { ["[\($0)]"] } ?? []
        case .image(let node): lines = node.alt.map { [$0] } ?? []
        case .checkbox(let node): lines = node.label.map { [$0] } ?? []
        case .chart(let node): lines = [node.summary]
        case .row(let node): lines = [node.children.flatMap(\.summaryLines).joined(separator: " ")]
        case .box(let node) where node.direction == .row:
            lines = [node.children.flatMap(\.summaryLines).joined(separator: " ")]
        default: lines = childComponents.flatMap(\.summaryLines)
        }
        return lines.filter { !$0.isEmpty }
    }
}

extension Chart {
    fileprivate var summary: String {
        let labels = series.map { series in
            switch series {
            case .bar(let bar): bar.label
            case .area(let area): area.label
            case .line(let line): line.label
            }
        }
        return "Chart: " + labels.joined(separator: ", ")
    }
}
