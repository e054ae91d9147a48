import Testing
import TestSupport
@testable import ToolSupport

/// What the streaming (SAX) extraction must get right that a tree walk got for free.
@Suite("HTML streaming extraction")
struct HTMLStreamingTests {
    private func page(_ html: String) -> HTMLPage { HTMLExtractor.extract(Array(html.utf8), charset: .utf8) }

    @Test("unclosed paragraphs and list items end where libxml2 closes them")
    func unclosedTags() {
        #expect(page("<body><p>one<p>two<ul><li>three<li>four</ul>five").blocks == ["one", "two", "three", "four", "five"])
    }

    @Test("nested skipped elements are skipped whole, and the text around them stays apart")
    func nestedSkippedElements() {
        let html = "<div>keep<nav>menu<script>var x = '<p>leak</p>';</script><aside>side <b>bold</b></aside>more menu</nav>after</div>"
        #expect(page(html).blocks == ["keep after"])
    }

    @Test("script and style content never becomes text, even when it looks like markup")
    func rawTextElements() {
        let html = "<head><style>p{x:y}</style></head><body><script>if (a < b) { document.write(\"<p>leak</p>\") }</script><p>text</p></body>"
        #expect(page(html).blocks == ["text"])
    }

    @Test("entities decode, and a no-break space is a space")
    func entities() {
        #expect(page("<p>Sunday&#8217;s game &amp; more&nbsp;here &middot; now</p>").blocks == ["Sunday’s game & more here · now"])
    }

    @Test("CDATA sections outside script are text like libxml2 reads them")
    func cdata() {
        #expect(page("<div>a</div><![CDATA[x]]>hello").blocks == ["a", "<![CDATA[x]]>hello"])
    }

    @Test("<br> and <hr> separate blocks, inline markup only separates words")
    func breaks() {
        #expect(page("<p>line one<br>line two<hr>line <b>three</b><i>four</i>.</p>").blocks == ["line one", "line two", "line three four."])
    }

    @Test("headings and tables keep the order in which they start, outer before nested")
    func nestingOrder() {
        let extracted = page("""
            <h1>Outer <h2>Inner</h2></h1>\
            <table><tr><td>outer<table><tr><th>A</th></tr><tr><td>inner</td></tr></table></td></tr></table>
            """)
        #expect(extracted.headings.map(\.text) == ["Outer Inner", "Inner"])
        #expect(extracted.headline == "Outer Inner")
        #expect(extracted.tables == [
            HTMLTable(header: [], rows: [["outer A inner"]]),
            HTMLTable(header: ["A"], rows: [["inner"]]),
        ])
    }

    @Test("a heading's text includes what the page chrome rules drop from blocks, but not scripts")
    func headingText() {
        let extracted = page("<h2>Score <header>live</header><script>x()</script>update</h2>")
        #expect(extracted.headline == "Score live update")
        #expect(extracted.blocks == ["Score update"])
    }

    @Test("text outside every element (a stray < before <html>) is dropped, as libxml2's tree drops it")
    func strayTopLevelText() {
        #expect(page("<![if x]><p>body</p>").blocks == ["![if x]>", "body"])
    }

    @Test("pages nested deeper than 256 elements keep their text")
    func deepNesting() {
        let html = String(repeating: "<div>", count: 300) + "deep text" + String(repeating: "</div>", count: 300) + "<p>after"
        #expect(page(html).blocks == ["deep text", "after"])
    }

    @Test("valueless attributes read like libxml2's tree: booleans carry their name, others are empty")
    func attributes() {
        let html = Array("<a class=\" result__a \" href=\" /x \" disabled data-x>Go</a>".utf8)
        let found = HTMLExtractor.elements(withAnyClass: ["result__a"], in: html)
        #expect(found == [HTMLElement(tag: "a", attributes: ["class": "result__a", "href": "/x", "disabled": "disabled", "data-x": ""], text: "Go")])
    }

    @Test("class lookup searches inside boilerplate and skips scripts in the matched text")
    func classLookupInsideBoilerplate() {
        let html = Array("<form><div class=\"result__snippet\">Allen <script>x()</script>runs</div></form>".utf8)
        #expect(HTMLExtractor.elements(withAnyClass: ["result__snippet"], in: html).map(\.text) == ["Allen runs"])
    }

    @Test("a page that says UTF-8 but is not ranks the text its strings hold")
    func invalidUTF8() {
        let html = Array("<p>The caf".utf8) + [0xE9] + Array(" served Mahomes breakfast before the ankle scan on Friday morning.</p>".utf8)
        let snippets = SnippetExtractor.snippets(html: html, charset: .utf8, query: "Mahomes ankle")
        let blocks = HTMLExtractor.extract(html, charset: .utf8).blocks
        #expect(snippets.passages == PassageRanker().rank(blocks, query: "Mahomes ankle"))
        #expect(snippets.passages.first?.text.contains("\u{FFFD}") == true)
    }

    @Test("snippets rank exactly what ranking the extracted blocks ranks")
    func snippetsMatchBlockRanking() throws {
        let html = try fixtureBytes("WebSearch/article.html") + Array(PassageRankerTests.largeArticle())
        for query in ["Mahomes ankle injury practice", "Kelce knee", "Chiefs' reports", "nothing matches zzz"] {
            let blocks = HTMLExtractor.extract(html).blocks
            #expect(SnippetExtractor.snippets(html: html, query: query, maxPassages: 5).passages == PassageRanker().rank(blocks, query: query, limit: 5))
        }
    }

    @Test("8-byte lane tests agree with the byte rules for every byte value and position")
    func byteLanes() {
        for value in 0...255 {
            let byte = UInt8(value)
            for lane in 0..<8 {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 9)
                bytes[lane] = byte
                bytes.withUnsafeBufferPointer { buffer in
                    let lanes = ByteLanes.load(buffer, 0)
                    let flag: UInt64 = 0x80 << (8 * UInt64(lane))
                    #expect((ByteLanes.word(lanes) & flag != 0) == SearchTerms.isWordByte(byte))
                    #expect((ByteLanes.control(lanes) & flag != 0) == (byte < 0x20))
                    #expect((ByteLanes.equal(lanes, UInt8(ascii: "'")) & flag != 0) == (byte == UInt8(ascii: "'")))
                    let lowered = (ByteLanes.lowercased(lanes) >> (8 * UInt64(lane))) & 0xFF
                    #expect(UInt8(lowered) == (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte))
                }
            }
        }
    }

    @Test("text split across parser callbacks is spaced as if it came whole")
    func chunkedText() {
        let bytes = Array("  A  long\u{A0}run\tof text,\n with (spaces) and ’quotes’ . ok  ".utf8)
        var whole = TextRun()
        bytes.withUnsafeBufferPointer { whole.append($0) }
        let expected = whole.take()
        for split in 0...bytes.count where split == bytes.count || bytes[split] & 0xC0 != 0x80 {  // libxml2 never splits a character
            var pieces = TextRun()
            bytes[..<split].withUnsafeBufferPointer { pieces.append($0) }
            bytes[split...].withUnsafeBufferPointer { pieces.append($0) }
            #expect(pieces.take() == expected, "split at \(split)")
        }
    }
}
