/// Accumulates text as UTF-8 with the spacing a reader sees.
///
/// Whitespace runs (including no-break spaces) become one space; leading and trailing space is
/// dropped. Two text nodes separated only by markup (`<span>The</span><span>Yankees</span>`) get a
/// space between them — the gluing bug of `get_text(strip=True)` — except before closing
/// punctuation or after opening punctuation (`<a>Yankees</a>.` stays "Yankees.").
///
/// The text of a page is kept as one byte buffer: ``closeText()`` ends the current piece and
/// leaves it in ``bytes``, so a page's blocks need no string each until someone asks for one.
struct TextRun {
    private(set) var bytes: [UInt8] = []
    /// Where the current piece starts in `bytes`.
    private var start = 0
    private var pendingSpace = false
    private var atNodeBoundary = false

    var isEmpty: Bool { bytes.count == start }

    mutating func reserveCapacity(_ count: Int) {
        bytes.reserveCapacity(count)
    }

    /// Notes that markup separates what came before from what comes next.
    mutating func markBoundary() {
        atNodeBoundary = true
    }

    /// Appends UTF-8 text (whole characters, as libxml2 reports them).
    mutating func append(_ text: UnsafeBufferPointer<UInt8>) {
        guard let base = text.baseAddress else { return }
        let count = text.count
        var index = 0
        while index < count {
            let spaceLength = Self.spaceLength(base, index, count)
            if spaceLength > 0 {
                pendingSpace = true
                index += spaceLength
                continue
            }
            if bytes.count > start {
                if pendingSpace {
                    bytes.append(0x20)
                } else if atNodeBoundary && !Self.isClosingPunctuation(base, index, count) && !Self.isOpening(bytes[bytes.count - 1]) {
                    bytes.append(0x20)
                }
            }
            pendingSpace = false
            atNodeBoundary = false
            // Copy up to the next whitespace that is not already a single space between two words
            // (most text is normal, so it is copied in one go, checked 8 bytes at a time).
            var end = index + 1
            while end < count {
                if end + 8 < count {
                    let irregular = Self.irregularLanes(UnsafeBufferPointer(start: base, count: count), end)
                    if irregular == 0 {
                        end += 8
                        continue
                    }
                    end += ByteLanes.firstLane(irregular)
                }
                let byte = base[end]
                if byte > 0x20 && byte != 0xC2 {
                    end += 1
                } else if byte == 0x20, end + 1 < count, Self.spaceLength(base, end + 1, count) == 0 {
                    end += 2
                } else if Self.spaceLength(base, end, count) == 0 {
                    end += 1
                } else {
                    break
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(start: base + index, count: end - index))
            index = end
        }
    }

    /// Appends NUL-terminated UTF-8 text.
    mutating func append(_ text: UnsafePointer<UInt8>) {
        var length = 0
        while text[length] != 0 { length += 1 }
        append(UnsafeBufferPointer(start: text, count: length))
    }

    /// Takes the current piece as a string and forgets it.
    mutating func take() -> String? {
        defer {
            bytes.removeSubrange(start...)
            reset()
        }
        return isEmpty ? nil : String(decoding: bytes[start...], as: UTF8.self)
    }

    /// Ends the current piece, keeping it in ``bytes``; its range, or `nil` when it is empty.
    mutating func closeText() -> Range<Int>? {
        defer {
            start = bytes.count
            reset()
        }
        return isEmpty ? nil : start..<bytes.count
    }

    private mutating func reset() {
        pendingSpace = false
        atNodeBoundary = false
    }

    /// The lanes of the 8 bytes at `index` that the byte-by-byte rules must see: control
    /// characters, the lead byte of a possible no-break space, and spaces followed by another space
    /// or by one of those (the byte at `index + 8` must exist).
    @inline(__always)
    private static func irregularLanes(_ text: UnsafeBufferPointer<UInt8>, _ index: Int) -> UInt64 {
        let lanes = ByteLanes.load(text, index)
        let special = ByteLanes.control(lanes) | ByteLanes.equal(lanes, 0xC2)
        let spaces = ByteLanes.equal(lanes, 0x20)
        let next = text[index + 8]
        let following: UInt64 = next <= 0x20 || next == 0xC2 ? 0x80 << 56 : 0
        return special | (spaces & ((spaces | special) >> 8 | following))
    }

    /// The length of the whitespace character at `index` (a no-break space is two bytes), else 0.
    @inline(__always)
    private static func spaceLength(_ text: UnsafePointer<UInt8>, _ index: Int, _ count: Int) -> Int {
        switch text[index] {
        case 0x20, 0x0A, 0x09, 0x0D, 0x0C: 1
        case 0xC2 where index + 1 < count && text[index + 1] == 0xA0: 2  // U+00A0 no-break space
        default: 0
        }
    }

    private static func isClosingPunctuation(_ text: UnsafePointer<UInt8>, _ index: Int, _ count: Int) -> Bool {
        switch text[index] {
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"),
            UInt8(ascii: "?"), UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: "%"),
            UInt8(ascii: "'"):
            return true
        case 0xE2:  // ’ (E2 80 99) and ” (E2 80 9D)
            return index + 2 < count && text[index + 1] == 0x80 && (text[index + 2] == 0x99 || text[index + 2] == 0x9D)
        default:
            return false
        }
    }

    private static func isOpening(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "(") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") || byte == UInt8(ascii: "$")
    }
}
