import Testing
import TestSupport
@testable import ToolSupport

@Suite("HTML extraction")
struct HTMLExtractorTests {
    @Test("boilerplate (script, style, nav, page header/footer, aside, noscript, form, svg) is dropped")
    func dropsBoilerplate() throws {
        let page = HTMLExtractor.extract(try fixtureBytes("WebSearch/article.html"))
        let text = page.text
        for boilerplate in ["tracking script", "Trending", "Subscribe", "All rights reserved", "svg label", "Advertisement", "display:none", "Privacy"] {
            #expect(!text.contains(boilerplate), "\(boilerplate) leaked")
        }
        #expect(text.contains("Injury designations are final on Friday afternoon."))  // an article's own footer stays
    }

    @Test("text nodes are spaced like a reader sees them, punctuation stays attached")
    func spacing() throws {
        let page = HTMLExtractor.extract(try fixtureBytes("WebSearch/article.html"))
        #expect(page.headline == "Chiefs injury report: Patrick Mahomes limited, Travis Kelce questionable")
        #expect(page.blocks.contains("Tight end Travis Kelce is listed as questionable with a knee injury. He did not practice Wednesday or Thursday."))
        #expect(page.blocks.contains { $0.hasPrefix("The Kansas City Chiefs released their Friday injury report ahead of Sunday’s game") })
    }

    @Test("glued spans get a space, as StatMuse answers need")
    func statMuseHeadline() throws {
        let page = HTMLExtractor.extract(try fixtureBytes("StatMuse/answer-judge.html"))
        #expect(page.headline == "The New York Yankees' Aaron Judge has hit 53 home runs this season.")
    }

    @Test("title, published time, headings and the first table with header and rows")
    func metadataAndTables() throws {
        let page = HTMLExtractor.extract(try fixtureBytes("WebSearch/article.html"))
        #expect(page.title == "Chiefs injury report: Mahomes limited, Kelce questionable | Sports Desk")
        #expect(page.publishedTime == "2025-11-14T17:32:00Z")
        #expect(page.headings.first?.level == 1)
        let table = try #require(page.tables.first)
        #expect(table.header == ["Player", "Position", "Injury", "Status"])
        #expect(table.rows == [
            ["Patrick Mahomes", "QB", "Ankle", "Limited"], ["Travis Kelce", "TE", "Knee", "Questionable"], ["Rashee Rice", "WR", "Hamstring", "Full"],
        ])
    }

    @Test("a <time datetime> stands in when no meta gives the published time")
    func timeElement() {
        let page = HTMLExtractor.extract(Array("<html><body><p>Posted <time datetime=\"2025-10-01\">Oct 1</time></p></body></html>".utf8))
        #expect(page.publishedTime == "2025-10-01")
    }

    @Test("broken HTML (unclosed and misnested tags) still yields its text")
    func brokenHTML() throws {
        let page = HTMLExtractor.extract(try fixtureBytes("WebSearch/broken.html"))
        #expect(page.text.contains("First paragraph about Josh Allen rushing touchdowns"))
        #expect(page.text.contains("Third paragraph: Allen has 11 rushing touchdowns this season."))
        #expect(page.text.contains("Loose item"))
    }

    @Test("a windows-1252 page declared with http-equiv decodes curly quotes and accents")
    func windows1252() throws {
        let bytes = try fixtureBytes("WebSearch/article-windows-1252.html")
        let page = HTMLExtractor.extract(bytes)
        #expect(page.headline == "Bills notes — Allen’s “best game”")
        #expect(page.text.contains("café-au-lait"))
    }

    @Test("an iso-8859-1 page declared with meta charset decodes, with h2 as the headline")
    func latin1() throws {
        let page = HTMLExtractor.extract(try fixtureBytes("WebSearch/article-iso-8859-1.html"))
        #expect(page.title == "Montréal")
        #expect(page.headline == "Canadiens à Montréal")
        #expect(page.text.contains("32 arrêts"))
    }

    @Test("the HTTP charset wins over the page's meta")
    func headerCharsetWins() {
        let bytes = Array("<meta charset=\"utf-8\"><p>caf".utf8) + [0xE9] + Array("</p>".utf8)
        let charset = Charset.detect(contentType: "text/html; charset=ISO-8859-1", body: bytes)
        #expect(charset == .windows1252)
        #expect(HTMLExtractor.extract(bytes, charset: charset).text == "café")
    }

    @Test("elements are found by class with their attributes and spaced text")
    func elementsByClass() {
        let html = Array("<div><a class=\"x result__a\" href=\"/a\">One <b>two</b></a><p class=\"other\">no</p></div>".utf8)
        let found = HTMLExtractor.elements(withAnyClass: ["result__a"], in: html)
        #expect(found == [HTMLElement(tag: "a", attributes: ["class": "x result__a", "href": "/a"], text: "One two")])
    }

    @Test("empty or non-HTML input gives an empty page, not a crash")
    func emptyInput() {
        #expect(HTMLExtractor.extract([]).blocks.isEmpty)
        #expect(HTMLExtractor.extract([0x00, 0xFF, 0xFE]).headline == nil)
    }
}
