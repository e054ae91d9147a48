import Foundation

/// A passage of a page and how well it answers the query.
public struct RankedPassage: Sendable, Hashable {
    public var text: String
    /// The BM25 score (higher is better; only comparable within one page).
    public var score: Double

    public init(text: String, score: Double) {
        self.text = text
        self.score = score
    }
}

/// Picks the passages of a page that best answer a query: the text blocks are split into
/// sentences, short sentences are joined to their neighbours, and each passage is scored with
/// BM25 (the page's passages are the collection).
public struct PassageRanker: Sendable {
    public var k1: Double = 1.2
    public var b: Double = 0.75
    /// Passages shorter than this are joined with the next sentence of the same block.
    public var minimumPassageLength = 80
    /// Longer passages are cut at a word boundary (with "…").
    public var maximumPassageLength = 400

    public init() {}

    /// The best `limit` passages for `query`, best first; only passages matching some query word.
    public func rank(_ blocks: [String], query: String, limit: Int = 3) -> [RankedPassage] {
        var text: [UInt8] = []
        var ranges: [Range<Int>] = []
        for block in blocks {
            let start = text.count
            text.append(contentsOf: block.utf8)
            ranges.append(start..<text.count)
        }
        return rank(text: text, blocks: ranges, query: query, limit: limit)
    }

    /// The same, for blocks that are ranges of one UTF-8 buffer (as ``HTMLPageReader`` leaves them):
    /// the page is tokenized once, in place, and only the chosen passages become strings.
    func rank(text: [UInt8], blocks: [Range<Int>], query: String, limit: Int) -> [RankedPassage] {
        let terms = SearchTerms(query: query)
        guard !terms.terms.isEmpty, limit > 0 else { return [] }
        var collection = PassageCollection(terms: terms, minimumPassageLength: minimumPassageLength)
        text.withUnsafeBufferPointer { text in
            for block in blocks { collection.add(block, of: text) }
        }
        let passages = collection.passages
        guard !passages.isEmpty else { return [] }

        let termCount = terms.terms.count
        let count = Double(passages.count)
        let averageLength = Double(collection.totalLength) / count
        let idf = collection.documentFrequency.map { frequency in
            let df = Double(frequency)
            return (1 + (count - df + 0.5) / (df + 0.5)).log()
        }
        // The best `limit` (score descending, earlier passage first on ties), kept sorted.
        var best: [(index: Int, score: Double)] = []
        for (index, passage) in passages.enumerated() {
            var score = 0.0
            let norm = k1 * (1 - b + b * Double(passage.length) / averageLength)
            for term in 0..<termCount {
                let frequency = collection.frequencies[index * termCount + term]
                guard frequency > 0 else { continue }
                let tf = Double(frequency)
                score += idf[term] * tf * (k1 + 1) / (tf + norm)
            }
            guard score > 0, best.count < limit || score > best[best.count - 1].score else { continue }
            if best.count == limit { best.removeLast() }
            best.insert((index, score), at: best.firstIndex { score > $0.score } ?? best.count)
        }
        return best.map { RankedPassage(text: trimmed(String(decoding: text[passages[$0.index].range], as: UTF8.self)), score: $0.score) }
    }

    private func trimmed(_ passage: String) -> String {
        guard passage.count > maximumPassageLength else { return passage }
        let cut = passage.prefix(maximumPassageLength)
        let end = cut.lastIndex(of: " ") ?? cut.endIndex
        return String(cut[..<end]) + "…"
    }
}

extension Double {
    fileprivate func log() -> Double { Foundation.log(self) }
}
