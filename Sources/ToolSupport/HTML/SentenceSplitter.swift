/// Splits block text into sentences and sentence groups (passages).
///
/// A sentence ends at `.`, `!` or `?` followed by a space and an upper-case letter, digit or
/// quote — unless the period ends an abbreviation (`vs.`, `Jr.`, `St.`) or an initial (`J.`).
enum SentenceSplitter {
    static func sentences(in text: String) -> [Substring] {
        var sentences: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            let next = utf8.index(after: index)
            if (byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")),
               next < utf8.endIndex, utf8[next] == 0x20 {
                let following = utf8.index(after: next)
                if following < utf8.endIndex, startsSentence(utf8[following]),
                   byte != UInt8(ascii: ".") || !endsAbbreviation(utf8[start..<index]) {
                    sentences.append(Substring(utf8[start..<next]))
                    start = following
                    index = following
                    continue
                }
            }
            index = next
        }
        if start < utf8.endIndex { sentences.append(Substring(utf8[start..<utf8.endIndex])) }
        return sentences
    }

    /// Sentences joined until each passage is at least `minimumLength` UTF-8 bytes (or the block ends).
    static func passages(in text: String, minimumLength: Int) -> [Substring] {
        let parts = sentences(in: text)
        guard let first = parts.first else { return [] }
        var passages: [Substring] = []
        var passageStart = first.startIndex
        var passageEnd = first.endIndex
        for sentence in parts.dropFirst() {
            if text.utf8.distance(from: passageStart, to: passageEnd) >= minimumLength {
                passages.append(text[passageStart..<passageEnd])
                passageStart = sentence.startIndex
            }
            passageEnd = sentence.endIndex
        }
        passages.append(text[passageStart..<passageEnd])
        return passages
    }

    private static func startsSentence(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "\"") || byte == 0xE2 || byte >= 0xC3
    }

    private static func endsAbbreviation(_ text: Substring.UTF8View) -> Bool {
        var wordStart = text.endIndex
        while wordStart > text.startIndex {
            let previous = text.index(before: wordStart)
            let byte = text[previous]
            guard (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A else { break }
            wordStart = previous
        }
        let word = String(Substring(text[wordStart..<text.endIndex])).lowercased()
        if word.count == 1 { return true }  // an initial or dotted abbreviation: "J.", "U.S.", "p.m."
        return abbreviations.contains(word)
    }

    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "jr", "sr", "st", "vs", "no", "mt", "ft", "lt", "gen", "col", "sgt", "capt", "gov",
        "sen", "rep", "inc", "co", "corp", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "approx", "est", "etc",
    ]
}
