/// Where sentences end, on UTF-8 bytes.
///
/// A sentence ends at `.`, `!` or `?` followed by a space and an upper-case letter, digit or
/// quote — unless the period ends an abbreviation (`vs.`, `Jr.`, `St.`) or an initial (`J.`).
enum SentenceSplitter {
    /// The sentences of `text` (the ranker finds them with ``endsSentence(_:at:sentenceStart:end:)`` as it tokenizes).
    static func sentences(in text: String) -> [Substring] {
        let bytes = Array(text.utf8)
        var ranges: [Range<Int>] = []
        bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            var index = 0
            while index < buffer.count {
                if endsSentence(buffer, at: index, sentenceStart: start, end: buffer.count) {
                    ranges.append(start..<index + 1)
                    start = index + 2
                    index = start
                } else {
                    index += 1
                }
            }
            if start < buffer.count { ranges.append(start..<buffer.count) }
        }
        let utf8 = text.utf8
        return ranges.map { Substring(utf8[utf8.index(utf8.startIndex, offsetBy: $0.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: $0.upperBound)]) }
    }

    /// Whether the sentence that started at `sentenceStart` ends with the byte at `index` (the next
    /// sentence then starts at `index + 2`, after the space). `end` bounds the text.
    @inline(__always)
    static func endsSentence(_ text: UnsafeBufferPointer<UInt8>, at index: Int, sentenceStart: Int, end: Int) -> Bool {
        let byte = text[index]
        guard byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?"),
              index + 2 < end, text[index + 1] == 0x20, startsSentence(text[index + 2])
        else { return false }
        return byte != UInt8(ascii: ".") || !endsAbbreviation(text, sentenceStart..<index)
    }

    private static func startsSentence(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "\"") || byte == 0xE2 || byte >= 0xC3
    }

    /// Whether the letters before a period (`text[sentence]` ends just before it) are an abbreviation or an initial.
    private static func endsAbbreviation(_ text: UnsafeBufferPointer<UInt8>, _ sentence: Range<Int>) -> Bool {
        var wordStart = sentence.upperBound
        while wordStart > sentence.lowerBound, ((text[wordStart - 1] | 0x20) &- 0x61) < 26 { wordStart -= 1 }
        let length = sentence.upperBound - wordStart
        if length == 1 { return true }  // an initial or dotted abbreviation: "J.", "U.S.", "p.m."
        guard length >= 2, length <= 6 else { return false }  // the lengths of the abbreviations
        var key: UInt64 = 0
        for offset in 0..<length { key |= UInt64(text[wordStart + offset] | 0x20) << (8 * offset) }
        return abbreviations.contains(key)
    }

    /// The abbreviations, lower-case ASCII packed into integers (as `endsAbbreviation` reads words);
    /// a short list is searched faster than a set is hashed.
    private static let abbreviations: [UInt64] = (
        [
            "mr", "mrs", "ms", "dr", "jr", "sr", "st", "vs", "no", "mt", "ft", "lt", "gen", "col", "sgt", "capt", "gov",
            "sen", "rep", "inc", "co", "corp", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "approx", "est", "etc",
        ].map { word in word.utf8.enumerated().reduce(UInt64(0)) { key, byte in key | UInt64(byte.element) << (8 * byte.offset) } }
    )
}
