/// The quotable parts of a fetched page for one query.
public struct PageSnippets: Sendable, Hashable {
    public var title: String?
    public var headline: String?
    public var publishedTime: String?
    /// Up to the requested number of passages, best first.
    public var passages: [RankedPassage]

    public init(title: String?, headline: String?, publishedTime: String?, passages: [RankedPassage]) {
        self.title = title
        self.headline = headline
        self.publishedTime = publishedTime
        self.passages = passages
    }
}

/// Parse + rank in one call: what `web_search` does to each page, and what the extraction
/// benchmark measures.
public enum SnippetExtractor {
    /// Extracts the best `maxPassages` passages of `html` for `query`.
    public static func snippets(
        html: [UInt8],
        charset: Charset? = nil,
        query: String,
        maxPassages: Int = 3,
        ranker: PassageRanker = PassageRanker()
    ) -> PageSnippets {
        let page = HTMLPageReader.read(html, charset: charset, tables: false)
        return PageSnippets(
            title: page.title,
            headline: page.headline,
            publishedTime: page.publishedTime,
            passages: ranker.rank(text: page.text, blocks: page.blocks, query: query, limit: maxPassages)
        )
    }
}
