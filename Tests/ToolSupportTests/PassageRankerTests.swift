import Foundation
import Testing
import TestSupport
@testable import ToolSupport

@Suite("Passage ranking")
struct PassageRankerTests {
    @Test("the passage that answers the query ranks first, boilerplate never appears")
    func bestPassageFirst() throws {
        let snippets = SnippetExtractor.snippets(html: try fixtureBytes("WebSearch/article.html"), query: "Mahomes ankle injury practice")
        let best = try #require(snippets.passages.first)
        #expect(best.text.contains("Patrick Mahomes was limited in practice with an ankle injury"))
        #expect((1...3).contains(snippets.passages.count))
        #expect(snippets.passages.allSatisfy { !$0.text.contains("tracking") && !$0.text.contains("svg") })
        #expect(zip(snippets.passages, snippets.passages.dropFirst()).allSatisfy { $0.score >= $1.score })
    }

    @Test("a query that matches nothing yields no passages rather than the first lines")
    func noMatch() throws {
        let snippets = SnippetExtractor.snippets(html: try fixtureBytes("WebSearch/article.html"), query: "curling olympics")
        #expect(snippets.passages.isEmpty)
    }

    @Test("plurals and possessives match their stem")
    func stemming() {
        let passages = PassageRanker().rank(["The Bills' defense allowed many yards today.", "Weather is cold in the city today."], query: "bill yard")
        #expect(passages.first?.text == "The Bills' defense allowed many yards today.")
    }

    @Test("sentences split at terminal punctuation but not after abbreviations or initials")
    func sentences() {
        let parts = SentenceSplitter.sentences(in: "Chiefs vs. Bills is Sunday. J. Allen starts! Will Kelce play? Maybe.")
        #expect(parts == ["Chiefs vs. Bills is Sunday.", "J. Allen starts!", "Will Kelce play?", "Maybe."])
    }

    @Test("parse and ranking of a 200 KB article run at 50 MB/s or more", .enabled(if: ProcessInfo.processInfo.environment["TOOLSUPPORT_MEASURE_THROUGHPUT"] == "1"))
    func throughput() throws {
        let html = Self.largeArticle()
        let clock = ContinuousClock()
        let iterations = 50
        _ = SnippetExtractor.snippets(html: html, query: "Mahomes ankle injury")
        let elapsed = clock.measure {
            for _ in 0..<iterations { _ = SnippetExtractor.snippets(html: html, query: "Mahomes ankle injury") }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let megabytesPerSecond = Double(html.count * iterations) / seconds / 1_000_000
        print("snippet extraction: \(html.count) bytes, \(String(format: "%.1f", megabytesPerSecond)) MB/s")
        #expect(megabytesPerSecond >= 50)
    }

    /// A ~200 KB article: the fixture's body repeated with varied paragraphs.
    static func largeArticle() -> [UInt8] {
        var body = ""
        var index = 0
        while body.utf8.count < 200_000 {
            index += 1
            body += """
                <div class="block"><h2>Update \(index)</h2><p>The <a href="/t/\(index)">Kansas City Chiefs</a> listed <span>player \(index)</span> as \
                <strong>questionable</strong> on Friday. Coach Andy Reid said the team would decide on Sunday morning.</p>\
                <p>Patrick Mahomes practiced in full on day \(index), and his ankle injury is no longer a concern according to the report.</p>\
                <ul><li>Item \(index) one</li><li>Item \(index) two</li></ul><aside>Related \(index)</aside></div>

                """
        }
        return Array("<html><head><title>Big</title><script>var x = 1;</script></head><body><nav>Menu</nav><article>\(body)</article></body></html>".utf8)
    }
}
