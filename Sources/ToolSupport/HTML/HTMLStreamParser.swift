import CLibXML2

/// Receives the events of one streaming parse, in document order: a state machine fed by the
/// parser. Start and end events are balanced the way libxml2 repairs the markup (implied and
/// auto-closed elements included), so they nest exactly like the tree libxml2 would build.
protocol HTMLStreamReceiver {
    /// An element starts; `name` is lower-case and NUL-terminated. Both arguments are only valid during the call.
    mutating func startElement(_ name: UnsafePointer<UInt8>, attributes: HTMLAttributes)
    /// The innermost open element ends.
    mutating func endElement()
    /// Text (UTF-8, whole characters; script and style content included), valid only during the call.
    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>)
}

/// The attributes of a start tag, as libxml2's tree would hold them: a valueless boolean attribute
/// (`<input disabled>`) has its name as value, any other valueless attribute the empty string.
struct HTMLAttributes {
    fileprivate let pairs: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?

    /// The value of the attribute named `name` (lower-case), if the tag has it.
    func value(of name: StaticString) -> UnsafePointer<UInt8>? {
        var found: UnsafePointer<UInt8>?
        forEach { attribute, value in
            if found == nil, Self.equal(attribute, name.utf8Start) { found = value }
        }
        return found
    }

    /// Calls `body` with each name (lower-case) and value, NUL-terminated, in source order.
    func forEach(_ body: (_ name: UnsafePointer<UInt8>, _ value: UnsafePointer<UInt8>) -> Void) {
        guard var pair = pairs else { return }
        while let name = pair[0] {
            if let value = pair[1] {
                body(name, value)
            } else {
                body(name, htmlIsBooleanAttr(name) != 0 ? name : name + Int(xmlStrlen(name)))  // the name's NUL: ""
            }
            pair += 2
        }
    }

    private static func equal(_ lhs: UnsafePointer<UInt8>, _ rhs: UnsafePointer<UInt8>) -> Bool {
        var index = 0
        while lhs[index] == rhs[index] {
            if lhs[index] == 0 { return true }
            index += 1
        }
        return false
    }
}

/// Streams HTML through libxml2's error-tolerant HTML parser (its SAX interface: no tree is built).
///
/// A pure function of the bytes: broken markup is repaired the way libxml2 does (missing end
/// tags, stray `</div>`s), the charset is the one passed in (or detected from the bytes), and
/// nothing is ever fetched (`HTML_PARSE_NONET`). This is the only file that talks to libxml2.
enum HTMLStreamParser {
    /// Parses `html` served with `charset` (`nil`: detect from `<meta>`/bytes) into `receiver`.
    /// Non-UTF-8 pages are transcoded with Foundation first, so every charset it knows works
    /// whatever iconv support libxml2 was built with.
    static func parse<Receiver: HTMLStreamReceiver>(_ html: [UInt8], charset: Charset?, into receiver: inout Receiver) {
        let charset = charset ?? Charset.detect(contentType: nil, body: html)
        // libxml2 would read the rest of a page as Latin-1 after its first invalid UTF-8 byte:
        // repair such a page first, the way a string would (U+FFFD for each bad sequence).
        let isUTF8 = charset == .utf8 && html.withUnsafeBufferPointer(ByteLanes.isValidUTF8)
        let utf8 = isUTF8 ? html : Array(charset.decode(html).utf8)
        withUnsafeMutablePointer(to: &receiver) { parseUTF8(utf8, into: ReceiverBox($0)) }
    }

    private static func parseUTF8(_ utf8: [UInt8], into box: AnyReceiverBox) {
        guard !utf8.isEmpty, utf8.count <= Int(Int32.max), libxml2Ready, let context = htmlNewParserCtxt() else { return }
        defer { htmlFreeParserCtxt(context) }
        // The context owns a handler of its own (freed with it): replace its callbacks with ours.
        context.pointee.sax.pointee = handler()
        context.pointee.userData = Unmanaged.passUnretained(box).toOpaque()
        withExtendedLifetime(box) {
            utf8.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { characters in
                    // The input is declared UTF-8 as a charset rather than through an encoding
                    // handler (what `htmlCtxtReadMemory(…, "UTF-8", …)` does), which would run the
                    // whole page through a UTF-8 to UTF-8 converter: a second copy of it.
                    guard let input = xmlParserInputBufferCreateMem(characters.baseAddress, Int32(characters.count), XML_CHAR_ENCODING_NONE)
                    else { return }
                    guard let stream = xmlNewIOInputStream(context, input, XML_CHAR_ENCODING_UTF8) else {
                        xmlFreeParserInputBuffer(input)
                        return
                    }
                    guard inputPush(context, stream) >= 0 else { return }  // a failed push frees the stream
                    _ = htmlCtxtUseOptions(context, options)
                    _ = htmlParseDocument(context)
                    // No `startDocument` callback, so libxml2 builds no document; free one defensively.
                    if let document = context.pointee.myDoc {
                        xmlFreeDoc(document)
                        context.pointee.myDoc = nil
                    }
                }
            }
        }
    }

    /// Recover from any markup, stay silent, never touch the network, and ignore `<meta charset>`
    /// (the bytes are UTF-8 by now). Blank text is kept: it separates words, and libxml2 only
    /// decides what is "blank" by looking at the tree it builds.
    private static let options = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue
            | HTML_PARSE_IGNORE_ENC.rawValue)

    /// `xmlInitParser` runs once, thread-safely (a lazy global), before the first parse.
    private static let libxml2Ready: Bool = {
        xmlInitParser()
        return true
    }()

    /// The receiver as the parser's user data: a class (to travel as a pointer) whose one
    /// subclass per receiver type calls the receiver directly.
    private class AnyReceiverBox {
        func startElement(_ name: UnsafePointer<UInt8>, attributes: HTMLAttributes) {}
        func endElement() {}
        func text(_ bytes: UnsafeBufferPointer<UInt8>) {}
    }

    /// Points at the caller's receiver (valid for the parse) rather than holding a copy, so each
    /// event is a direct call without an exclusivity check on a class property.
    private final class ReceiverBox<Receiver: HTMLStreamReceiver>: AnyReceiverBox {
        let receiver: UnsafeMutablePointer<Receiver>
        init(_ receiver: UnsafeMutablePointer<Receiver>) { self.receiver = receiver }
        override func startElement(_ name: UnsafePointer<UInt8>, attributes: HTMLAttributes) { receiver.pointee.startElement(name, attributes: attributes) }
        override func endElement() { receiver.pointee.endElement() }
        override func text(_ bytes: UnsafeBufferPointer<UInt8>) { receiver.pointee.text(bytes) }
    }

    /// The box behind the user data (borrowed: the parse holds it alive).
    private static func withBox(_ userData: UnsafeMutableRawPointer, _ body: (AnyReceiverBox) -> Void) {
        Unmanaged<AnyReceiverBox>.fromOpaque(userData)._withUnsafeGuaranteedRef(body)
    }

    private static func handler() -> htmlSAXHandler {
        var handler = htmlSAXHandler()
        handler.startElement = { userData, name, attributes in
            guard let userData, let name else { return }
            HTMLStreamParser.withBox(userData) { $0.startElement(name, attributes: HTMLAttributes(pairs: attributes)) }
        }
        handler.endElement = { userData, _ in
            guard let userData else { return }
            HTMLStreamParser.withBox(userData) { $0.endElement() }
        }
        let text: charactersSAXFunc = { userData, bytes, length in
            guard let userData, let bytes, length > 0 else { return }
            HTMLStreamParser.withBox(userData) { $0.text(UnsafeBufferPointer(start: bytes, count: Int(length))) }
        }
        handler.characters = text
        handler.cdataBlock = text
        return handler
    }
}
