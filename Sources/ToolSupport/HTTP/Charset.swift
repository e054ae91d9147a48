import Foundation

/// The character encoding of a fetched page, found the way browsers find it: the HTTP
/// `Content-Type` charset first, then `<meta charset>` or `<meta http-equiv="Content-Type">` in
/// the first kilobytes, then a UTF-8 byte-order mark or valid UTF-8, else Windows-1252.
public struct Charset: Sendable, Hashable, CustomStringConvertible {
    /// The IANA name, lower-cased (`utf-8`, `windows-1252`).
    public let name: String
    /// Foundation's encoding for `name`.
    public let encoding: String.Encoding

    public static let utf8 = Charset(name: "utf-8", encoding: .utf8)
    public static let windows1252 = Charset(name: "windows-1252", encoding: .windowsCP1252)

    public var description: String { name }

    /// The charset a label names, with the WHATWG aliases (`latin1`, `iso-8859-1` and `ascii`
    /// mean Windows-1252 on the web); `nil` when Foundation cannot decode it.
    public init?(label: String) {
        let name = label.trimmingCharacters(in: CharacterSet(charactersIn: " \t\r\n\"'")).lowercased()
        switch name {
        case "utf-8", "utf8", "unicode-1-1-utf-8":
            self = .utf8
        case "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "windows-1252", "cp1252", "x-cp1252":
            self = .windows1252
        default:
            guard !name.isEmpty, let encoding = String.Encoding(ianaName: name) else { return nil }
            self.init(name: name, encoding: encoding)
        }
    }

    private init(name: String, encoding: String.Encoding) {
        self.name = name
        self.encoding = encoding
    }

    /// Detects the charset of `body` served with `contentType`.
    public static func detect(contentType: String?, body: some Collection<UInt8>) -> Charset {
        if let contentType, let label = parameter("charset", in: contentType), let charset = Charset(label: label) {
            return charset
        }
        let head = Array(body.prefix(4096))
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { return .utf8 }
        if let label = metaCharset(in: head), let charset = Charset(label: label) { return charset }
        return String(validating: body.prefix(65_536).dropLast(4), as: UTF8.self) != nil ? .utf8 : .windows1252
    }

    /// Decodes `bytes`, falling back to Windows-1252 (which accepts every byte) if they do not
    /// decode as this charset.
    public func decode(_ bytes: [UInt8]) -> String {
        if encoding == .utf8 { return String(decoding: bytes, as: UTF8.self) }
        if let text = String(bytes: bytes, encoding: encoding) { return text }
        return String(bytes: bytes, encoding: .windowsCP1252) ?? String(decoding: bytes, as: UTF8.self)
    }

    /// `charset` from `<meta charset="…">` or `<meta http-equiv="Content-Type" content="…; charset=…">`.
    static func metaCharset(in head: [UInt8]) -> String? {
        let text = String(decoding: head.map { $0 < 0x80 ? $0 : UInt8(ascii: "?") }, as: UTF8.self).lowercased()
        var searchStart = text.startIndex
        while let meta = text.range(of: "<meta", range: searchStart..<text.endIndex) {
            let end = text[meta.upperBound...].firstIndex(of: ">") ?? text.endIndex
            let tag = text[meta.upperBound..<end]
            if let label = attribute("charset", in: tag) { return label }
            if attribute("http-equiv", in: tag) == "content-type", let content = attribute("content", in: tag),
               let label = parameter("charset", in: content) {
                return label
            }
            searchStart = end
        }
        return nil
    }

    /// A `name=value` parameter of a header-like value (`text/html; charset=utf-8`).
    static func parameter(_ name: String, in value: some StringProtocol) -> String? {
        for part in value.split(separator: ";") {
            let pair = part.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == name else { continue }
            let label = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: " \t\"'"))
            return label.isEmpty ? nil : label
        }
        return nil
    }

    /// An attribute value inside a lower-cased tag body.
    private static func attribute(_ name: String, in tag: Substring) -> String? {
        var search = tag.startIndex
        while let found = tag.range(of: name, range: search..<tag.endIndex) {
            search = found.upperBound
            if found.lowerBound > tag.startIndex, !" \t\n\r/\"'".contains(tag[tag.index(before: found.lowerBound)]) { continue }
            var cursor = found.upperBound
            while cursor < tag.endIndex, tag[cursor] == " " { cursor = tag.index(after: cursor) }
            guard cursor < tag.endIndex, tag[cursor] == "=" else { continue }
            cursor = tag.index(after: cursor)
            while cursor < tag.endIndex, tag[cursor] == " " { cursor = tag.index(after: cursor) }
            guard cursor < tag.endIndex else { return nil }
            if tag[cursor] == "\"" || tag[cursor] == "'" {
                let quote = tag[cursor]
                let start = tag.index(after: cursor)
                let end = tag[start...].firstIndex(of: quote) ?? tag.endIndex
                return String(tag[start..<end]).trimmingCharacters(in: .whitespaces)
            }
            let end = tag[cursor...].firstIndex(where: { " \t\n\r/>".contains($0) }) ?? tag.endIndex
            return String(tag[cursor..<end])
        }
        return nil
    }
}
