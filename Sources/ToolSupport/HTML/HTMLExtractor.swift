import CLibXML2

/// Parses HTML with libxml2's error-tolerant HTML parser and extracts an ``HTMLPage``.
///
/// A pure function of the bytes: broken markup is repaired the way libxml2 does (missing end
/// tags, stray `</div>`s), the charset is the one passed in (or detected from the bytes), and
/// nothing is ever fetched (`HTML_PARSE_NONET`).
public enum HTMLExtractor {
    /// Extracts the page from raw bytes served with `charset` (`nil`: detect from `<meta>`/bytes).
    public static func extract(_ html: [UInt8], charset: Charset? = nil) -> HTMLPage {
        var page = HTMLPage()
        withDocument(html, charset: charset) { first in
            var walker = HTMLWalker()
            var child = first
            while let node = child {
                walker.visit(node, context: [])
                child = node.pointee.next
            }
            page = walker.finish()
        }
        return page
    }

    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Parses `html` and lends the document's first top-level node to `body` (the tree is freed after).
    /// Non-UTF-8 pages are transcoded with Foundation first, so every charset it knows works
    /// whatever iconv support libxml2 was built with.
    static func withDocument(_ html: [UInt8], charset: Charset?, _ body: (xmlNodePtr?) -> Void) {
        let charset = charset ?? Charset.detect(contentType: nil, body: html)
        withParsedDocument(charset == .utf8 ? html : Array(charset.decode(html).utf8), body)
    }

    private static func withParsedDocument(_ utf8: [UInt8], _ body: (xmlNodePtr?) -> Void) {
        _ = initialized
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue)
        let document: htmlDocPtr? = utf8.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { htmlReadMemory($0, Int32(buffer.count), nil, "UTF-8", options) }
            }
        }
        guard let document else { return body(nil) }
        defer { xmlFreeDoc(document) }
        body(document.pointee.children)
    }
}

/// One depth-first pass over the libxml2 tree, collecting blocks, headings, tables and metadata.
struct HTMLWalker {
    private var page = HTMLPage()
    private var run = TextRun()
    private var firstH2: String?
    private var firstTimeElement: String?

    struct Context: OptionSet {
        let rawValue: UInt8
        /// Inside `<head>`: only `<title>` and `<meta>` matter.
        static let head = Context(rawValue: 1)
        /// Inside `<article>` or `<main>`: a `<header>`/`<footer>` there belongs to the content.
        static let content = Context(rawValue: 2)
    }

    mutating func finish() -> HTMLPage {
        flush()
        if page.headline == nil { page.headline = firstH2 }
        if page.publishedTime == nil { page.publishedTime = firstTimeElement }
        return page
    }

    mutating func visit(_ node: xmlNodePtr, context: Context) {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            if !context.contains(.head), let content = node.pointee.content { run.append(content) }
        case XML_ELEMENT_NODE:
            visitElement(node, context: context)
        default:
            break
        }
    }

    private mutating func visitElement(_ node: xmlNodePtr, context: Context) {
        let tag = HTMLTag(node.pointee.name)
        var context = context
        switch tag {
        case .dropped:
            run.markBoundary()
            return
        case .pageChrome where !context.contains(.content):
            run.markBoundary()
            return
        case .head:
            context.insert(.head)
        case .title:
            if page.title == nil { page.title = Self.text(of: node) }
            return
        case .meta:
            readMeta(node)
            return
        case .content:
            context.insert(.content)
        case .heading(let level):
            flush()
            if let text = Self.text(of: node) {
                page.headings.append(HTMLHeading(level: level, text: text))
                if level == 1, page.headline == nil { page.headline = text }
                if level == 2, firstH2 == nil { firstH2 = text }
            }
        case .table:
            flush()
            if let table = Self.table(node) { page.tables.append(table) }
        case .time:
            if firstTimeElement == nil, let value = Self.attribute("datetime", of: node) { firstTimeElement = value }
        default:
            break
        }
        if context.contains(.head) && tag != .head {
            visitChildren(node, context: context)
            return
        }
        if tag.isBlock { flush() } else { run.markBoundary() }
        visitChildren(node, context: context)
        if tag.isBlock { flush() } else { run.markBoundary() }
    }

    private mutating func visitChildren(_ node: xmlNodePtr, context: Context) {
        var child = node.pointee.children
        while let current = child {
            visit(current, context: context)
            child = current.pointee.next
        }
    }

    private mutating func flush() {
        if let text = run.take() { page.blocks.append(text) }
    }

    private mutating func readMeta(_ node: xmlNodePtr) {
        guard page.publishedTime == nil else { return }
        let key = (Self.attribute("property", of: node) ?? Self.attribute("name", of: node) ?? Self.attribute("itemprop", of: node))?.lowercased()
        guard let key, ["article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate"].contains(key) else { return }
        if let content = Self.attribute("content", of: node), !content.isEmpty { page.publishedTime = content }
    }

    // MARK: Subtrees

    /// The spaced text of a subtree, without dropped elements; `nil` when empty.
    static func text(of node: xmlNodePtr) -> String? {
        var run = TextRun()
        collect(node.pointee.children, into: &run)
        return run.take()
    }

    private static func collect(_ first: xmlNodePtr?, into run: inout TextRun) {
        var child = first
        while let node = child {
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content { run.append(content) }
            case XML_ELEMENT_NODE:
                let tag = HTMLTag(node.pointee.name)
                run.markBoundary()
                if tag != .dropped { collect(node.pointee.children, into: &run) }
                run.markBoundary()
            default:
                break
            }
            child = node.pointee.next
        }
    }

    /// The header and rows of a table (nested tables are left to their own visit).
    static func table(_ node: xmlNodePtr) -> HTMLTable? {
        var header: [String] = []
        var rows: [[String]] = []
        func readRows(_ parent: xmlNodePtr, inHead: Bool) {
            var child = parent.pointee.children
            while let node = child {
                defer { child = node.pointee.next }
                guard node.pointee.type == XML_ELEMENT_NODE else { continue }
                switch HTMLTag(node.pointee.name) {
                case .tableSection(let isHead):
                    readRows(node, inHead: isHead)
                case .tableRow:
                    var cells: [String] = []
                    var allHeaderCells = true
                    var cell = node.pointee.children
                    while let current = cell {
                        defer { cell = current.pointee.next }
                        guard current.pointee.type == XML_ELEMENT_NODE, case .tableCell(let isHeader) = HTMLTag(current.pointee.name) else { continue }
                        allHeaderCells = allHeaderCells && isHeader
                        cells.append(text(of: current) ?? "")
                    }
                    guard !cells.isEmpty else { continue }
                    if header.isEmpty && rows.isEmpty && (inHead || allHeaderCells) {
                        header = cells
                    } else if inHead {
                        continue  // a second header row (grouping) adds nothing a reader needs
                    } else {
                        rows.append(cells)
                    }
                default:
                    continue
                }
            }
        }
        readRows(node, inHead: false)
        return header.isEmpty && rows.isEmpty ? nil : HTMLTable(header: header, rows: rows)
    }

    /// An attribute's value, trimmed (read from the attribute list: no allocation by libxml2).
    static func attribute(_ name: String, of node: xmlNodePtr) -> String? {
        var attribute = node.pointee.properties
        while let current = attribute {
            defer { attribute = current.pointee.next }
            guard let attributeName = current.pointee.name, String(cString: attributeName).lowercased() == name else { continue }
            var run = TextRun()
            var child = current.pointee.children
            while let text = child {
                if let content = text.pointee.content { run.append(content) }
                child = text.pointee.next
            }
            return run.take() ?? ""
        }
        return nil
    }
}
