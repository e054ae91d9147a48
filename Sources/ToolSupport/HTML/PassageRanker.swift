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
        let terms = SearchTerms(query: query)
        guard !terms.terms.isEmpty, limit > 0 else { return [] }

        struct Candidate {
            var text: Substring
            var length: Int
            var frequencies: [Int]
        }
        var candidates: [Candidate] = []
        var documentFrequency = [Int](repeating: 0, count: terms.terms.count)
        var totalLength = 0
        for block in blocks {
            for passage in SentenceSplitter.passages(in: block, minimumLength: minimumPassageLength) {
                var frequencies = [Int](repeating: 0, count: terms.terms.count)
                var length = 0
                SearchTerms.forEachToken(in: Array(passage.utf8)) { token in
                    length += 1
                    if let index = terms.termIndex(of: token) { frequencies[index] += 1 }
                }
                guard length >= 3 else { continue }
                for index in frequencies.indices where frequencies[index] > 0 { documentFrequency[index] += 1 }
                totalLength += length
                candidates.append(Candidate(text: passage, length: length, frequencies: frequencies))
            }
        }
        guard !candidates.isEmpty else { return [] }

        let count = Double(candidates.count)
        let averageLength = Double(totalLength) / count
        let idf = documentFrequency.map { frequency in
            let df = Double(frequency)
            return (1 + (count - df + 0.5) / (df + 0.5)).log()
        }
        var scored: [(index: Int, score: Double)] = []
        for (index, candidate) in candidates.enumerated() {
            var score = 0.0
            let norm = k1 * (1 - b + b * Double(candidate.length) / averageLength)
            for (term, frequency) in candidate.frequencies.enumerated() where frequency > 0 {
                let tf = Double(frequency)
                score += idf[term] * tf * (k1 + 1) / (tf + norm)
            }
            if score > 0 { scored.append((index, score)) }
        }
        scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }
        return scored.prefix(limit).map { RankedPassage(text: trimmed(candidates[$0.index].text), score: $0.score) }
    }

    private func trimmed(_ passage: Substring) -> String {
        guard passage.count > maximumPassageLength else { return String(passage) }
        let cut = passage.prefix(maximumPassageLength)
        let end = cut.lastIndex(of: " ") ?? cut.endIndex
        return String(cut[..<end]) + "…"
    }
}

extension Double {
    fileprivate func log() -> Double { Foundation.log(self) }
}
