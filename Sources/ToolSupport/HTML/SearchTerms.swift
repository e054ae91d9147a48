/// Words of a query or passage as matching keys: lower-cased ASCII, non-ASCII bytes kept,
/// a plural `s`/`'s` removed, stop words skipped in queries.
///
/// Works on UTF-8 bytes without allocating per word, because ranking tokenizes whole pages.
struct SearchTerms {
    /// Distinct query terms (lower-cased, stemmed).
    let terms: [[UInt8]]
    /// The terms of up to 8 bytes packed into integers (first byte lowest), with their index.
    private let packedTerms: [(key: UInt64, length: Int, index: Int)]
    /// Bit `n` is set when a term is `n` bytes long (bit 63: 63 or more), to pass over most words at once.
    private let lengths: UInt64
    /// The first bytes of the terms (distinct), alone and (0x20 bit set) repeated in 8 lanes, to
    /// pass over most words before finding their end.
    private let firstBytes: [UInt8]
    private let firstByteLanes: [UInt64]

    init(query: String) {
        var terms: [[UInt8]] = []
        Self.forEachToken(in: Array(query.utf8)) { token in
            let term = Array(token).map(Self.lowercase)
            if !Self.stopWords.contains(term), !terms.contains(term) { terms.append(term) }
        }
        self.terms = terms
        packedTerms = terms.enumerated().filter { $0.element.count <= 8 }.map { index, term in
            (term.enumerated().reduce(UInt64(0)) { key, byte in key | UInt64(byte.element) << (8 * byte.offset) }, term.count, index)
        }
        lengths = terms.reduce(0) { $0 | Self.lengthBit($1.count) }
        firstBytes = terms.reduce(into: []) { bytes, term in if !bytes.contains(term[0]) { bytes.append(term[0]) } }
        firstByteLanes = firstBytes.map { ByteLanes.repeated($0 | 0x20) }
    }

    /// Whether a token starting with `byte` may be a term.
    func mayStartTerm(_ byte: UInt8) -> Bool {
        firstBytes.contains(Self.lowercase(byte))
    }

    /// Lanes that may hold the first byte of a term: compared with the 0x20 bit set, which makes
    /// letters case-insensitive (a few other bytes pass too; ``termIndex(ofShortToken:length:)`` decides).
    @inline(__always)
    func termStartLanes(_ lanes: UInt64) -> UInt64 {
        let folded = lanes | ByteLanes.repeated(0x20)
        var candidates: UInt64 = 0
        for pattern in firstByteLanes { candidates |= ByteLanes.equal(folded, pattern: pattern) }
        return candidates
    }

    /// Calls `body` with each token (stemmed) of `text`.
    static func forEachToken(in text: [UInt8], _ body: (Slice<UnsafeBufferPointer<UInt8>>) -> Void) {
        text.withUnsafeBufferPointer { buffer in
            var index = 0
            while index < buffer.count {
                guard isWordByte(buffer[index]) else {
                    index += 1
                    continue
                }
                let end = tokenEnd(in: buffer, from: index, to: buffer.count)
                body(buffer[stem(buffer, index..<end)])
                index = end
            }
        }
    }

    /// Where the token starting at `start` (a word byte) ends: words bytes, and apostrophes between them.
    @inline(__always)
    static func tokenEnd(in text: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var index = start + 1
        while index < end, isWordByte(text[index]) || (text[index] == UInt8(ascii: "'") && index + 1 < end && isWordByte(text[index + 1])) {
            index += 1
        }
        return index
    }

    /// The index of the query term that the token starting at `start` (a word byte) is once
    /// stemmed, if any. `end` bounds the token.
    func termIndex(ofTokenAt start: Int, in text: UnsafeBufferPointer<UInt8>, end: Int) -> Int? {
        // Most words are shorter than 8 bytes: find the end and compare 8 bytes at a time.
        if start + 8 < end {
            let lanes = ByteLanes.load(text, start)
            let words = ByteLanes.word(lanes)
            let following: UInt64 = Self.isWordByte(text[start + 8]) ? 0x80 << 56 : 0
            let outside = ~(words | (ByteLanes.equal(lanes, UInt8(ascii: "'")) & (words >> 8 | following))) & ByteLanes.highBits
            if outside != 0 { return termIndex(ofShortToken: ByteLanes.lowercased(lanes), length: ByteLanes.firstLane(outside)) }
        }
        return termIndex(of: text, Self.stem(text, start..<Self.tokenEnd(in: text, from: start, to: end)))
    }

    /// The index of the query term that a token shorter than 8 bytes is once stemmed, if any; the
    /// token is given lower-cased in the low lanes of `lanes` (what follows it does not matter).
    @inline(__always)
    func termIndex(ofShortToken lanes: UInt64, length: Int) -> Int? {
        func byte(_ index: Int) -> UInt8 { UInt8(truncatingIfNeeded: lanes >> (8 * UInt64(index))) }
        var length = length
        let s = UInt8(ascii: "s")
        if length > 2, byte(length - 1) == s, byte(length - 2) == UInt8(ascii: "'") { length -= 2 }
        if length > 3, byte(length - 1) == s, byte(length - 2) != s { length -= 1 }
        guard lengths & Self.lengthBit(length) != 0 else { return nil }
        let key = lanes & (UInt64.max >> (64 - 8 * UInt64(length)))
        for term in packedTerms where term.length == length && term.key == key { return term.index }
        return nil
    }

    /// The index of the query term equal to `text[token]` (stemmed), if any.
    private func termIndex(of text: UnsafeBufferPointer<UInt8>, _ token: Range<Int>) -> Int? {
        guard lengths & Self.lengthBit(token.count) != 0 else { return nil }
        for (index, term) in terms.enumerated() where term.count == token.count {
            if zip(term, text[token]).allSatisfy({ $0 == Self.lowercase($1) }) { return index }
        }
        return nil
    }

    /// ASCII letters and digits, and every byte of a non-ASCII character.
    @inline(__always)
    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte &- 0x30) < 10 || ((byte | 0x20) &- 0x61) < 26 || byte >= 0x80
    }

    private static func lengthBit(_ length: Int) -> UInt64 { 1 << UInt64(min(length, 63)) }

    @inline(__always)
    private static func lowercase(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    /// Drops a possessive `'s` and a plural `s` (not `ss`, not short words).
    @inline(__always)
    private static func stem(_ text: UnsafeBufferPointer<UInt8>, _ token: Range<Int>) -> Range<Int> {
        var end = token.upperBound
        let s = UInt8(ascii: "s")
        if end - token.lowerBound > 2, lowercase(text[end - 1]) == s, text[end - 2] == UInt8(ascii: "'") {
            end -= 2
        }
        if end - token.lowerBound > 3, lowercase(text[end - 1]) == s, lowercase(text[end - 2]) != s {
            end -= 1
        }
        return token.lowerBound..<end
    }

    private static let stopWords: Set<[UInt8]> = Set(
        ["a", "an", "and", "are", "as", "at", "be", "by", "do", "doe", "for", "from", "has", "have", "how", "i", "in", "is", "it",
         "its", "of", "on", "or", "that", "the", "thi", "to", "was", "what", "when", "where", "which", "who", "will", "with"]
            .map { Array($0.utf8) }
    )
}
