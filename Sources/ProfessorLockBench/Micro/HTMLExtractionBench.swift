import Foundation
import ToolSupport

/// Snippet extraction (libxml2 parse, boilerplate removal, BM25 ranking) from a 200 KB article page,
/// and the same page through BeautifulSoup + lxml in the bench venv for the ratio.
enum HTMLExtractionBench {
    static let query = "Chiefs injury report Mahomes ankle"

    static func run(paths: BenchPaths, python: URL?) async throws -> MicroResult {
        let html = ArticlePage.make(targetBytes: 200 * 1024)
        let bytes = Array(html.utf8)
        let first = SnippetExtractor.snippets(html: bytes, query: query)
        guard !first.passages.isEmpty else { throw BenchFailure("the extractor found no passage in the benchmark page") }
        let samples = syncSample(iterations: 200, warmup: 10) { _ = SnippetExtractor.snippets(html: bytes, query: query) }
        let megabytesPerSecond = Double(bytes.count) / 1e6 / samples.p50.seconds

        var figure = "\(fixed(megabytesPerSecond, 1)) MB/s"
        if let python {
            let page = paths.scratch.appendingPathComponent("article.html")
            try html.write(to: page, atomically: true, encoding: .utf8)
            let output = try await runCommand(python.path, [try paths.resource("bs4_snippets.py").path, page.path, query, "30"], directory: paths.scratch)
            let report = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any]
            if let pythonP50 = report?["p50_ms"] as? Double {
                figure += "; BeautifulSoup+lxml \(fixed(Double(bytes.count) / 1e3 / pythonP50, 1)) MB/s, Swift \(fixed(pythonP50 / samples.p50.milliseconds, 1))x faster"
            }
        } else {
            figure += "; BeautifulSoup comparison skipped (no venv)"
        }
        return MicroResult(
            name: "HTML snippets, \(bytes.count / 1024) KB article", p50: samples.p50.readable, p99: samples.p99.readable,
            figure: figure, target: ">= 50 MB/s", met: megabytesPerSecond >= 50)
    }
}

/// A deterministic news-article page of about the requested size: head with scripts and styles,
/// navigation, a long article with nested inline markup, an aside, comments and a footer.
enum ArticlePage {
    static func make(targetBytes: Int) -> String {
        var generator = SplitMix(seed: 2025)
        let words = [
            "Chiefs", "Bills", "Mahomes", "ankle", "injury", "report", "questionable", "practice", "limited", "coach",
            "Reid", "said", "Friday", "the", "a", "of", "and", "in", "to", "game", "Sunday", "quarterback", "offense",
            "defense", "yards", "touchdown", "spread", "line", "moved", "sharp", "money", "bettors", "Kelce", "return",
            "snap", "counts", "week", "division", "Buffalo", "Kansas", "City", "wide", "receiver", "hamstring", "status",
        ]
        func sentence() -> String {
            let count = 8 + Int(generator.next() % 18)
            var text = (0..<count).map { _ in words[Int(generator.next() % UInt64(words.count))] }.joined(separator: " ")
            text = text.prefix(1).uppercased() + text.dropFirst()
            return text + "."
        }
        var html = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Chiefs injury report: Mahomes limited</title>
            <meta property="article:published_time" content="2025-11-14T18:30:00Z">
            <style>body{font-family:sans-serif}.ad{display:none}</style>
            <script>window.dataLayer=[];function track(e){dataLayer.push(e)}</script></head><body>
            <header><nav><ul>\((1...30).map { "<li><a href=\"/section/\($0)\">Section \($0)</a></li>" }.joined())</ul></nav></header>
            <main><article><h1>Chiefs injury report: Mahomes limited, Kelce questionable</h1>
            """
        var paragraph = 0
        while html.utf8.count < targetBytes - 4_000 {
            paragraph += 1
            let sentences = (0..<(3 + Int(generator.next() % 5))).map { _ in sentence() }
            html += "<p>\(sentences[0]) <a href=\"/story/\(paragraph)\"><em>\(sentences[1])</em></a> \(sentences.dropFirst(2).joined(separator: " <strong>").appending(String(repeating: "</strong>", count: max(0, sentences.count - 3))))</p>\n"
            if paragraph.isMultiple(of: 12) {
                html += "<h2>\(sentence())</h2><div class=\"ad\"><script>track('ad\(paragraph)')</script>Advertisement</div>\n"
            }
            if paragraph.isMultiple(of: 20) {
                html += "<ul>\((0..<4).map { _ in "<li>\(sentence())</li>" }.joined())</ul>\n"
            }
        }
        html += """
            </article><aside><h3>Trending</h3><ul>\((1...15).map { "<li><a href=\"/t/\($0)\">Trending story \($0)</a></li>" }.joined())</ul></aside></main>
            <footer><p>© 2025 Sports Desk. All rights reserved.</p><script>track('footer')</script></footer></body></html>
            """
        return html
    }

    /// A tiny deterministic generator, so the page is the same on every run.
    struct SplitMix {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}
