/// What the extractor does with an element, by tag name.
enum HTMLTag: Equatable {
    /// Never text: script, style, navigation, asides, forms, SVG and other non-content.
    case dropped
    /// Site header/footer: dropped unless inside `<article>`/`<main>`.
    case pageChrome
    case head, title, meta
    /// `<article>`, `<main>`.
    case content
    case heading(Int)
    case table
    case tableSection(isHead: Bool)
    case tableRow
    case tableCell(isHeader: Bool)
    case time
    /// Other elements that start a new line of text.
    case block
    case inline

    /// The kind of the element named by a NUL-terminated lower-case name (as libxml2 reports it).
    init(_ name: UnsafePointer<UInt8>) {
        // Names of up to 8 bytes (all but two of the names that matter) are looked up as one integer.
        var key: UInt64 = 0
        var length = 0
        while name[length] != 0 {
            if length == 8 {
                self = Self.byName[String(cString: name)] ?? .inline
                return
            }
            key |= UInt64(name[length]) << (8 * length)
            length += 1
        }
        self = Self.byShortName[key] ?? .inline
    }

    var isBlock: Bool {
        switch self {
        case .inline, .time, .meta, .title: false
        default: true
        }
    }

    private static let byName: [String: HTMLTag] = {
        var map: [String: HTMLTag] = [:]
        for name in ["script", "style", "nav", "aside", "noscript", "form", "svg", "template", "iframe", "object", "button", "select", "textarea", "canvas", "dialog", "menu"] {
            map[name] = .dropped
        }
        for name in ["header", "footer"] { map[name] = .pageChrome }
        for name in ["p", "div", "section", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "figure", "figcaption", "br", "hr", "address", "details", "summary", "body", "html", "caption", "center", "legend", "fieldset"] {
            map[name] = .block
        }
        for level in 1...6 { map["h\(level)"] = .heading(level) }
        map["head"] = .head
        map["title"] = .title
        map["meta"] = .meta
        map["article"] = .content
        map["main"] = .content
        map["table"] = .table
        map["thead"] = .tableSection(isHead: true)
        map["tbody"] = .tableSection(isHead: false)
        map["tfoot"] = .tableSection(isHead: false)
        map["tr"] = .tableRow
        map["td"] = .tableCell(isHeader: false)
        map["th"] = .tableCell(isHeader: true)
        map["time"] = .time
        return map
    }()

    private static let byShortName: [UInt64: HTMLTag] = Dictionary(
        uniqueKeysWithValues: byName.filter { $0.key.utf8.count <= 8 }.map { name, tag in
            (name.utf8.enumerated().reduce(UInt64(0)) { key, byte in key | UInt64(byte.element) << (8 * byte.offset) }, tag)
        })
}
