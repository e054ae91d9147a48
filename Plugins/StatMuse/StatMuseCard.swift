import ChatKitWidgets

/// The StatMuse card: the answer, up to ten table rows, and a link to the page.
enum StatMuseCard {
    static let maxRows = 10
    static let maxColumns = 8

    static func asking(_ query: String) -> WidgetRoot {
        .card(Card(status: WidgetStatus(text: "StatMuse", icon: .chart)) {
            Text(value: query, weight: .semibold)
            Caption(value: "Asking StatMuse…", color: "secondary")
        })
    }

    static func answer(_ output: StatMuseOutput) -> WidgetRoot {
        .card(Card(status: WidgetStatus(text: "StatMuse · \(output.sport.uppercased())", icon: .chart)) {
            Text(value: output.answer, weight: .medium)
            if let table = output.table {
                Divider()
                Col(style: BoxStyle(gap: 1)) {
                    row(Array(table.columns.prefix(maxColumns)), header: true)
                    for cells in table.rows.prefix(maxRows) { row(Array(cells.prefix(maxColumns)), header: false) }
                }
                if table.rows.count > maxRows { Caption(value: "\(table.rows.count - maxRows) more rows on StatMuse", color: "secondary") }
            }
            Markdown(value: "[View on StatMuse](\(output.url))")
        })
    }

    private static func row(_ cells: [String], header: Bool) -> Row {
        Row(style: BoxStyle(gap: 2)) {
            for cell in cells {
                Text(value: cell.isEmpty ? "–" : cell, weight: header ? .semibold : nil, width: .string("\(100 / max(cells.count, 1))%"), size: .xs, truncate: true)
            }
        }
    }
}
