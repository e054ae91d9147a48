/// What a page says once boilerplate is gone: the pieces tools quote.
public struct HTMLPage: Sendable, Hashable {
    /// The `<title>`.
    public var title: String?
    /// The first `h1`, else the first `h2` (StatMuse puts its answer there).
    public var headline: String?
    public var headings: [HTMLHeading]
    /// Text of each block (paragraph, list item, cell, heading) in document order, words spaced
    /// as a reader sees them. Script, style, navigation, page header/footer, asides, forms and SVG
    /// are not included.
    public var blocks: [String]
    public var tables: [HTMLTable]
    /// `article:published_time` (or a similar meta), else the first `<time datetime>`.
    public var publishedTime: String?

    public init(
        title: String? = nil, headline: String? = nil, headings: [HTMLHeading] = [], blocks: [String] = [],
        tables: [HTMLTable] = [], publishedTime: String? = nil
    ) {
        self.title = title
        self.headline = headline
        self.headings = headings
        self.blocks = blocks
        self.tables = tables
        self.publishedTime = publishedTime
    }

    /// The blocks as one text, a line per block.
    public var text: String { blocks.joined(separator: "\n") }
}

public struct HTMLHeading: Sendable, Hashable {
    /// 1 for `h1` … 6 for `h6`.
    public var level: Int
    public var text: String

    public init(level: Int, text: String) {
        self.level = level
        self.text = text
    }
}

/// A data table: the header cells (from `thead`, or a first row of `th` cells) and the body rows.
public struct HTMLTable: Sendable, Hashable {
    public var header: [String]
    public var rows: [[String]]

    public init(header: [String], rows: [[String]]) {
        self.header = header
        self.rows = rows
    }
}
