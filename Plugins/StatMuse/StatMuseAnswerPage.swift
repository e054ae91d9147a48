import ToolSupport

/// The answer on a StatMuse page: the first `h1` (else `h2`) and the first data table.
struct StatMuseAnswerPage: Sendable, Hashable {
    var answer: String
    var table: StatMuseOutput.Table?

    /// Reads a page; `nil` when it has no answer heading.
    init?(html: [UInt8], charset: Charset?) {
        let page = HTMLExtractor.extract(html, charset: charset)
        guard let answer = page.headline, !answer.isEmpty else { return nil }
        self.answer = answer
        if let table = page.tables.first(where: { !$0.rows.isEmpty }) {
            let width = max(table.header.count, table.rows.map(\.count).max() ?? 0)
            let columns = table.header.isEmpty ? (1...width).map { "Column \($0)" } : table.header
            self.table = StatMuseOutput.Table(columns: columns, rows: Array(table.rows.prefix(Self.maxRows)))
        }
    }

    /// Rows kept in the output (StatMuse game logs can run to hundreds).
    static let maxRows = 50
}
