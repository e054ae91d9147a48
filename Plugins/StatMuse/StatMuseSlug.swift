/// The `/{sport}/ask/{slug}` path segment StatMuse answers, from a question.
///
/// The rules of the app's scraper: lower-case; apostrophes removed; whitespace to `-`; `,` `?` `!`
/// removed; runs of `-` collapsed and trimmed. Unlike that scraper, everything else outside the URL
/// unreserved set (`/`, `%`, `&`, `+`, non-ASCII) is percent-encoded instead of passed through.
enum StatMuseSlug {
    static func make(_ query: String) -> String {
        var slug = ""
        for character in query.lowercased() {
            if character == "'" || character == "’" || character == "‘" || character == "," || character == "?" || character == "!" {
                continue
            }
            if character.isWhitespace || character == "-" {
                if !slug.isEmpty, slug.last != "-" { slug.append("-") }
                continue
            }
            slug.append(character)
        }
        while slug.last == "-" { slug.removeLast() }
        return percentEncoded(slug)
    }

    private static func percentEncoded(_ text: String) -> String {
        var encoded = ""
        for byte in text.utf8 {
            let scalar = Unicode.Scalar(byte)
            let unreserved = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
                || scalar == "-" || scalar == "." || scalar == "_" || scalar == "~"
            if unreserved {
                encoded.unicodeScalars.append(scalar)
            } else {
                encoded += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return encoded
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
