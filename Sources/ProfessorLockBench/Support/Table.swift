/// A plain-text table: a title, a header row and aligned columns (first and last column left, the
/// figures in between right-aligned).
struct Table {
    let title: String
    let columns: [String]
    private(set) var rows: [[String]] = []
    /// Lines printed under the table (targets, skipped parts, caveats).
    private(set) var notes: [String] = []

    init(_ title: String, columns: [String]) {
        self.title = title
        self.columns = columns
    }

    mutating func add(_ row: [String]) {
        rows.append(row + Array(repeating: "", count: max(0, columns.count - row.count)))
    }

    mutating func note(_ text: String) {
        notes.append(text)
    }

    func print() {
        let all = [columns] + rows
        let widths = columns.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                let padding = String(repeating: " ", count: widths[index] - cell.count)
                return index == 0 || index == widths.count - 1 ? cell + padding : padding + cell
            }.joined(separator: "  ").trimmingSuffixSpaces()
        }
        let rule = String(repeating: "-", count: widths.reduce(0, +) + 2 * (widths.count - 1))
        Swift.print("\n== \(title)")
        Swift.print(line(columns))
        Swift.print(rule)
        rows.forEach { Swift.print(line($0)) }
        notes.forEach { Swift.print("  * \($0)") }
        progress("")
    }
}

extension String {
    fileprivate func trimmingSuffixSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}

/// A verdict cell: `ok` or `MISSED`, or `-` without a target.
func verdict(_ met: Bool?) -> String {
    switch met {
    case true?: "ok"
    case false?: "MISSED"
    case nil: "-"
    }
}
