import CLibXML2

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
        var found: [HTMLElement] = []
        withDocument(html, charset: charset) { root in
            func search(_ first: xmlNodePtr?) {
                var child = first
                while let node = child {
                    defer { child = node.pointee.next }
                    guard node.pointee.type == XML_ELEMENT_NODE else { continue }
                    if let classList = HTMLWalker.attribute("class", of: node),
                       classList.split(whereSeparator: \.isWhitespace).contains(where: { classNames.contains(String($0)) }) {
                        found.append(element(node))
                    } else {
                        search(node.pointee.children)
                    }
                }
            }
            search(root)
        }
        return found
    }

    private static func element(_ node: xmlNodePtr) -> HTMLElement {
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            if let name = current.pointee.name {
                let key = String(cString: name).lowercased()
                attributes[key] = HTMLWalker.attribute(key, of: node)
            }
            attribute = current.pointee.next
        }
        let tag = node.pointee.name.map { String(cString: $0) } ?? ""
        return HTMLElement(tag: tag, attributes: attributes, text: HTMLWalker.text(of: node) ?? "")
    }
}
