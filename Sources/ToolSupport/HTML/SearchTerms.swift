/// Words of a query or passage as matching keys: lower-cased ASCII, non-ASCII bytes kept,
/// a plural `s`/`'s` removed, stop words skipped in queries.
///
/// Works on UTF-8 bytes without allocating per word, because ranking tokenizes whole pages.
struct SearchTerms {
    /// Distinct query terms (lower-cased, stemmed).
    let terms: [[UInt8]]

    init(query: String) {
        var terms: [[UInt8]] = []
        Self.forEachToken(in: Array(query.utf8)) { token in
            let term = Array(token).map(Self.lowercase)
            if !Self.stopWords.contains(term), !terms.contains(term) { terms.append(term) }
        }
        self.terms = terms
    }

    /// Calls `body` with each token (stemmed) of `text`.
    static func forEachToken(in text: UnsafeBufferPointer<UInt8>, _ body: (Slice<UnsafeBufferPointer<UInt8>>) -> Void) {
        var index = 0
        let count = text.count
        while index < count {
            while index < count, !isWordByte(text[index]) { index += 1 }
            let start = index
            while index < count, isWordByte(text[index]) || (text[index] == UInt8(ascii: "'") && index + 1 < count && isWordByte(text[index + 1])) {
                index += 1
            }
            if index > start { body(stem(text[start..<index])) }
        }
    }

    static func forEachToken(in text: [UInt8], _ body: (Slice<UnsafeBufferPointer<UInt8>>) -> Void) {
        text.withUnsafeBufferPointer { forEachToken(in: $0, body) }
    }

    /// The index of the query term `token` equals (case-insensitively), if any.
    func termIndex(of token: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        for (index, term) in terms.enumerated() where term.count == token.count {
            var equal = true
            var position = token.startIndex
            for byte in term {
                if Self.lowercase(token.base[position]) != byte {
                    equal = false
                    break
                }
                position += 1
            }
            if equal { return index }
        }
        return nil
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A) || byte >= 0x80
    }

    private static func lowercase(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    /// Drops a possessive `'s` and a plural `s` (not `ss`, not short words).
    private static func stem(_ token: Slice<UnsafeBufferPointer<UInt8>>) -> Slice<UnsafeBufferPointer<UInt8>> {
        var token = token
        let s = UInt8(ascii: "s")
        if token.count > 2, lowercase(token[token.endIndex - 1]) == s, token[token.endIndex - 2] == UInt8(ascii: "'") {
            token = token.dropLast(2)
        }
        if token.count > 3, lowercase(token[token.endIndex - 1]) == s, lowercase(token[token.endIndex - 2]) != s {
            token = token.dropLast()
        }
        return token
    }

    private static let stopWords: Set<[UInt8]> = Set(
        ["a", "an", "and", "are", "as", "at", "be", "by", "do", "doe", "for", "from", "has", "have", "how", "i", "in", "is", "it",
         "its", "of", "on", "or", "that", "the", "thi", "to", "was", "what", "when", "where", "which", "who", "will", "with"]
            .map { Array($0.utf8) }
    )
}
