/// What one streaming pass over a page collects. The blocks are ranges of one text buffer, so
/// ranking needs no string per block; ``page`` makes the strings for those who want them.
struct ExtractedPage {
    var title: String?
    var headline: String?
    var headings: [HTMLHeading] = []
    /// The text of every block, one after the other.
    var text: [UInt8] = []
    var blocks: [Range<Int>] = []
    var tables: [HTMLTable] = []
    var publishedTime: String?

    var page: HTMLPage {
        HTMLPage(
            title: title, headline: headline, headings: headings,
            blocks: blocks.map { String(decoding: text[$0], as: UTF8.self) },
            tables: tables, publishedTime: publishedTime)
    }
}

/// The state machine that turns the parser's events into an ``ExtractedPage``.
///
/// Blocks: text is gathered into one ``TextRun``; a block element ends the current block where it
/// starts and where it ends, an inline element only marks a word boundary. Dropped elements
/// (script, style, navigation, …) and the site's header/footer outside `<article>`/`<main>` are
/// skipped whole; inside `<head>` only the title and metas count. Headings, the title and table
/// cells also collect their own text (``SubtreeText``) while the parser streams through them.
/// Headings and tables keep the order in which they start, whatever their nesting.
struct HTMLPageReader: HTMLStreamReceiver {
    /// Reads `html` served with `charset` (`nil`: detect). Without `tables`, table structure is not
    /// collected (their cells are still blocks).
    static func read(_ html: [UInt8], charset: Charset?, tables: Bool = true) -> ExtractedPage {
        var reader = HTMLPageReader(readsTables: tables, expectedTextBytes: html.count)
        HTMLStreamParser.parse(html, charset: charset, into: &reader)
        return reader.finish()
    }

    private struct Context: OptionSet {
        let rawValue: UInt8
        /// Inside `<head>`: only `<title>` and `<meta>` matter.
        static let head = Context(rawValue: 1)
        /// Inside `<article>` or `<main>`: a `<header>`/`<footer>` there belongs to the content.
        static let content = Context(rawValue: 2)
    }

    /// What an open element is to the reader.
    private enum Role {
        case plain
        /// The first title, collecting its text.
        case title
        case heading(slot: Int, level: Int)
        /// A table, a section (`thead`/`tbody`/`tfoot`), row or cell of the table built by `builder`.
        case table(builder: Int)
        case tableSection(builder: Int, isHead: Bool)
        case tableRow(builder: Int, isHead: Bool)
        case tableCell(builder: Int, isHeader: Bool)
    }

    /// What the end of an element does to the current block.
    private enum Close {
        case nothing, endBlock, boundary
    }

    private struct OpenElement {
        /// The context of its children.
        var context: Context
        var close: Close
        var role: Role
    }

    /// The header and rows of a table being read (nested tables have builders of their own).
    private struct TableBuilder {
        var slot: Int
        var header: [String] = []
        var rows: [[String]] = []
        var cells: [String] = []
        var allHeaderCells = true

        mutating func startRow() {
            cells.removeAll()
            allHeaderCells = true
        }

        mutating func add(cell: String, isHeader: Bool) {
            allHeaderCells = allHeaderCells && isHeader
            cells.append(cell)
        }

        mutating func endRow(isHead: Bool) {
            guard !cells.isEmpty else { return }
            if header.isEmpty && rows.isEmpty && (isHead || allHeaderCells) {
                header = cells
            } else if !isHead {  // a second header row (grouping) adds nothing a reader needs
                rows.append(cells)
            }
        }

        var table: HTMLTable? { header.isEmpty && rows.isEmpty ? nil : HTMLTable(header: header, rows: rows) }
    }

    private let readsTables: Bool
    private var text = TextRun()
    private var blocks: [Range<Int>] = []
    private var title: String?
    private var publishedTime: String?
    private var firstTimeElement: String?
    /// Headings and tables in the order they start; `nil` for those that turn out empty.
    private var headings: [HTMLHeading?] = []
    private var tables: [HTMLTable?] = []
    private var tableBuilders: [TableBuilder] = []
    /// The open elements the reader follows (those inside a skipped element are only counted).
    private var open: [OpenElement] = []
    /// Depth inside a skipped element (0: not skipping); the skipped element itself is the last of `open`.
    private var skipDepth = 0
    /// The text collectors of open headings, title and cells, innermost last. Slots past
    /// `collectorCount` are spares kept for their buffers.
    private var collectors: [SubtreeText] = []
    private var collectorCount = 0

    /// `expectedTextBytes`: room for the page's text up front (markup and entities only ever
    /// shrink it), so the text buffer is never copied to grow.
    private init(readsTables: Bool, expectedTextBytes: Int) {
        self.readsTables = readsTables
        text.reserveCapacity(expectedTextBytes)
    }

    // MARK: Events

    mutating func startElement(_ name: UnsafePointer<UInt8>, attributes: HTMLAttributes) {
        let tag = HTMLTag(name)
        for index in 0..<collectorCount { collectors[index].enter(tag) }
        if skipDepth > 0 {
            skipDepth += 1
            return
        }
        let parentRole = open.last?.role ?? .plain
        var context = open.last?.context ?? []
        var role = Role.plain
        switch tag {
        case .dropped:
            return skip(context: context, role: .plain, boundary: true)
        case .pageChrome where !context.contains(.content):
            return skip(context: context, role: .plain, boundary: true)
        case .head:
            context.insert(.head)
        case .title:
            if title == nil { startCollecting() }
            return skip(context: context, role: title == nil ? .title : .plain, boundary: false)
        case .meta:
            readMeta(attributes)
            return skip(context: context, role: .plain, boundary: false)
        case .content:
            context.insert(.content)
        case .heading(let level):
            endBlock()
            role = .heading(slot: headings.count, level: level)
            headings.append(nil)
            startCollecting()
        case .table:
            endBlock()
            if readsTables {
                role = .table(builder: tableBuilders.count)
                tableBuilders.append(TableBuilder(slot: tables.count))
                tables.append(nil)
            }
        case .tableSection(let isHead):
            switch parentRole {
            case .table(let builder), .tableSection(let builder, _): role = .tableSection(builder: builder, isHead: isHead)
            default: break
            }
        case .tableRow:
            switch parentRole {
            case .table(let builder): role = .tableRow(builder: builder, isHead: false)
            case .tableSection(let builder, let isHead): role = .tableRow(builder: builder, isHead: isHead)
            default: break
            }
            if case .tableRow(let builder, _) = role { tableBuilders[builder].startRow() }
        case .tableCell(let isHeader):
            if case .tableRow(let builder, _) = parentRole {
                role = .tableCell(builder: builder, isHeader: isHeader)
                startCollecting()
            }
        case .time:
            if firstTimeElement == nil, let value = attributes.value(of: "datetime") { firstTimeElement = Self.normalized(value) }
        default:
            break
        }
        let close: Close
        if context.contains(.head) && tag != .head {
            close = .nothing
        } else if tag.isBlock {
            endBlock()
            close = .endBlock
        } else {
            text.markBoundary()
            close = .boundary
        }
        open.append(OpenElement(context: context, close: close, role: role))
    }

    mutating func endElement() {
        if skipDepth > 1 {
            skipDepth -= 1
            return exitCollectors()
        }
        skipDepth = 0
        guard let element = open.popLast() else { return exitCollectors() }
        switch element.role {
        case .plain, .table, .tableSection:
            break
        case .title:
            let text = stopCollecting()
            if title == nil { title = text }
        case .heading(let slot, let level):
            if let text = stopCollecting() { headings[slot] = HTMLHeading(level: level, text: text) }
        case .tableRow(let builder, let isHead):
            tableBuilders[builder].endRow(isHead: isHead)
        case .tableCell(let builder, let isHeader):
            tableBuilders[builder].add(cell: stopCollecting() ?? "", isHeader: isHeader)
        }
        if case .table = element.role, let builder = tableBuilders.popLast() {
            tables[builder.slot] = builder.table
        }
        exitCollectors()
        switch element.close {
        case .nothing: break
        case .endBlock: endBlock()
        case .boundary: text.markBoundary()
        }
    }

    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        for index in 0..<collectorCount { collectors[index].append(bytes) }
        // Text outside every element (a stray "<" before `<html>`) has no place in a page, as in libxml2's tree.
        if skipDepth == 0, let context = open.last?.context, !context.contains(.head) { text.append(bytes) }
    }

    // MARK: Helpers

    /// Skips an element's content (its end still reaches the reader).
    private mutating func skip(context: Context, role: Role, boundary: Bool) {
        if boundary { text.markBoundary() }
        open.append(OpenElement(context: context, close: .nothing, role: role))
        skipDepth = 1
    }

    private mutating func endBlock() {
        if let range = text.closeText() { blocks.append(range) }
    }

    private mutating func startCollecting() {
        if collectorCount == collectors.count { collectors.append(SubtreeText()) }
        collectorCount += 1
    }

    private mutating func stopCollecting() -> String? {
        collectorCount -= 1
        return collectors[collectorCount].take()
    }

    private mutating func exitCollectors() {
        for index in 0..<collectorCount { collectors[index].exit() }
    }

    /// `article:published_time` or a similar meta, the first that has a value.
    private mutating func readMeta(_ attributes: HTMLAttributes) {
        guard publishedTime == nil else { return }
        let key = (attributes.value(of: "property") ?? attributes.value(of: "name") ?? attributes.value(of: "itemprop")).map { Self.normalized($0).lowercased() }
        guard let key, Self.publishedTimeKeys.contains(key) else { return }
        if let content = attributes.value(of: "content").map(Self.normalized), !content.isEmpty { publishedTime = content }
    }

    private static let publishedTimeKeys: Set<String> = ["article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate"]

    /// An attribute value with its whitespace collapsed and trimmed.
    static func normalized(_ value: UnsafePointer<UInt8>) -> String {
        var run = TextRun()
        run.append(value)
        return run.take() ?? ""
    }

    private mutating func finish() -> ExtractedPage {
        endBlock()
        let headings = headings.compactMap { $0 }
        let text = text.bytes
        return ExtractedPage(
            title: title,
            headline: (headings.first { $0.level == 1 } ?? headings.first { $0.level == 2 })?.text,
            headings: headings,
            text: text,
            blocks: blocks,
            tables: tables.compactMap { $0 },
            publishedTime: publishedTime ?? firstTimeElement)
    }
}
