/// A short thread title from the first message: its first words, trimmed, without trailing punctuation.
enum ThreadTitle {
    static let maximumLength = 60

    static func make(from text: String) -> String? {
        let words = text.split(whereSeparator: \.isWhitespace)
        guard !words.isEmpty else { return nil }
        var title = ""
        for word in words {
            let candidate = title.isEmpty ? String(word) : title + " " + word
            if candidate.count > maximumLength {
                if title.isEmpty { title = String(word.prefix(maximumLength - 1)) }
                title += "…"
                break
            }
            title = candidate
        }
        while let last = title.last, ".,;:!?-".contains(last) { title.removeLast() }
        return title.isEmpty ? nil : title
    }
}
