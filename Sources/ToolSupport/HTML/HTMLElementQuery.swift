/// An element picked out of a page by class: its attributes and spaced text.
public struct HTMLElement: Sendable, Hashable {
    public var tag: String
    public var attributes: [String: String]
    public var text: String

    public init(tag: String, attributes: [String: String], text: String) {
        self.tag = tag
        self.attributes = attributes
        self.text = text
    }

    /// The classes of the element.
    public var classes: [Substring] { (attributes["class"] ?? "").split(whereSeparator: \.isWhitespace) }
}

extension HTMLExtractor {
    /// Every element carrying one of `classNames`, in document order (for result pages such as
    /// DuckDuckGo's `result__a` / `result__snippet`). Matched elements are not searched further.
    public static func elements(withAnyClass classNames: Set<String>, in html: [UInt8], charset: Charset? = nil) -> [HTMLElement] {
        var query = ClassQuery(classNames: classNames)
        HTMLStreamParser.parse(html, charset: charset, into: &query)
        return query.found
    }
}

/// Finds elements by class while the parser streams: outside a match it only looks at `class`
/// attributes (in every element, boilerplate included); inside one it collects the text.
private struct ClassQuery: HTMLStreamReceiver {
    private let classNames: Set<String>
    private(set) var found: [HTMLElement] = []
    /// The element being collected, and how deep the parser is inside it (0: outside any match).
    private var match: (tag: String, attributes: [String: String])?
    private var matchDepth = 0
    private var text = SubtreeText()

    init(classNames: Set<String>) {
        self.classNames = classNames
    }

    mutating func startElement(_ name: UnsafePointer<UInt8>, attributes: HTMLAttributes) {
        if matchDepth > 0 {
            matchDepth += 1
            text.enter(HTMLTag(name))
            return
        }
        guard let classList = attributes.value(of: "class").map(HTMLPageReader.normalized),
              classList.split(whereSeparator: \.isWhitespace).contains(where: { classNames.contains(String($0)) })
        else { return }
        var values: [String: String] = [:]
        attributes.forEach { name, value in
            let key = String(cString: name).lowercased()
            if values[key] == nil { values[key] = HTMLPageReader.normalized(value) }
        }
        match = (String(cString: name), values)
        matchDepth = 1
    }

    mutating func endElement() {
        guard matchDepth > 0 else { return }
        matchDepth -= 1
        guard matchDepth == 0 else { return text.exit() }
        if let match { found.append(HTMLElement(tag: match.tag, attributes: match.attributes, text: text.take() ?? "")) }
        match = nil
    }

    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        if matchDepth > 0 { text.append(bytes) }
    }
}
