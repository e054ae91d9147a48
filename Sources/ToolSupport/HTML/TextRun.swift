/// Accumulates text nodes as UTF-8 with the spacing a reader sees.
///
/// Whitespace runs (including no-break spaces) become one space; leading and trailing space is
/// dropped. Two text nodes separated only by markup (`<span>The</span><span>Yankees</span>`) get a
/// space between them — the gluing bug of `get_text(strip=True)` — except before closing
/// punctuation or after opening punctuation (`<a>Yankees</a>.` stays "Yankees.").
struct TextRun {
    private(set) var bytes: [UInt8] = []
    private var pendingSpace = false
    private var atNodeBoundary = false

    var isEmpty: Bool { bytes.isEmpty }

    /// Notes that markup separates what came before from what comes next.
    mutating func markBoundary() {
        atNodeBoundary = true
    }

    /// Appends a NUL-terminated UTF-8 text node.
    mutating func append(_ text: UnsafePointer<UInt8>) {
        var index = 0
        while true {
            let byte = text[index]
            if byte == 0 { break }
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C {
                pendingSpace = true
                index += 1
                continue
            }
            if byte == 0xC2 && text[index + 1] == 0xA0 {  // U+00A0 no-break space
                pendingSpace = true
                index += 2
                continue
            }
            if !bytes.isEmpty {
                if pendingSpace {
                    bytes.append(0x20)
                } else if atNodeBoundary && !Self.isClosingPunctuation(text + index) && !Self.isOpening(bytes.last!) {
                    bytes.append(0x20)
                }
            }
            pendingSpace = false
            atNodeBoundary = false
            bytes.append(byte)
            index += 1
        }
    }

    /// Takes the text and starts over.
    mutating func take() -> String? {
        defer {
            bytes.removeAll(keepingCapacity: true)
            pendingSpace = false
            atNodeBoundary = false
        }
        return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self)
    }

    private static func isClosingPunctuation(_ text: UnsafePointer<UInt8>) -> Bool {
        switch text[0] {
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"),
            UInt8(ascii: "?"), UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: "%"),
            UInt8(ascii: "'"):
            return true
        case 0xE2:  // ’ (E2 80 99) and ” (E2 80 9D)
            return text[1] == 0x80 && (text[2] == 0x99 || text[2] == 0x9D)
        default:
            return false
        }
    }

    private static func isOpening(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "(") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") || byte == UInt8(ascii: "$")
    }
}
