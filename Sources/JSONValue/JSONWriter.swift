/// Writes a ``JSONValue`` as compact JSON bytes in one pass: object keys sorted, `/` unescaped,
/// non-ASCII written raw, control characters escaped. The same text `JSONEncoder` writes with
/// `[.sortedKeys, .withoutEscapingSlashes]`, without its intermediate tree; model request bodies
/// (instructions, tool schemas, the whole history) go through here on every turn.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 256) {
        bytes.reserveCapacity(capacity)
    }

    mutating func write(_ value: JSONValue) {
        switch value {
        case .null: append("null")
        case .bool(let flag): append(flag ? "true" : "false")
        case .int(let number): append(String(number))
        case .double(let number): bytes.appendJSONNumber(number)
        case .string(let text): writeString(text)
        case .array(let elements):
            bytes.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                write(element)
            }
            bytes.append(UInt8(ascii: "]"))
        case .object(let members):
            writeObject(members, encoded: [:])
        }
    }

    /// An object of `members` and of `encoded` members (JSON text already written), keys sorted.
    mutating func writeObject(_ members: [String: JSONValue], encoded: [String: [UInt8]]) {
        bytes.append(UInt8(ascii: "{"))
        let keys = encoded.isEmpty ? members.keys.sorted() : (Array(members.keys) + encoded.keys).sorted()
        for (index, key) in keys.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            writeString(key)
            bytes.append(UInt8(ascii: ":"))
            if let member = members[key] {
                write(member)
            } else {
                bytes.append(contentsOf: encoded[key]!)
            }
        }
        bytes.append(UInt8(ascii: "}"))
    }

    private mutating func writeString(_ text: String) {
        bytes.appendJSONString(text)
    }

    private mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }
}

extension Array where Element == UInt8 {
    /// Appends `number` as `JSONEncoder` writes it: shortest round-tripping digits, integral values
    /// without `.0`. JSON has no NaN or infinity; those are written as `null` (check first to refuse them).
    public mutating func appendJSONNumber(_ number: Double) {
        guard number.isFinite else { return append(contentsOf: "null".utf8) }
        var text = number.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        append(contentsOf: text.utf8)
    }

    /// Appends `text` as a JSON string literal: quotes, backslashes and control characters escaped,
    /// `/` and non-ASCII written as they are. Runs without escapes are copied in one go.
    public mutating func appendJSONString(_ text: String) {
        append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var runStart = 0
            for index in utf8.indices {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                runStart = index + 1
                append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): append(byte)
                case 0x0A: append(UInt8(ascii: "n"))
                case 0x0D: append(UInt8(ascii: "r"))
                case 0x09: append(UInt8(ascii: "t"))
                case 0x08: append(UInt8(ascii: "b"))
                case 0x0C: append(UInt8(ascii: "f"))
                default:
                    append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
                    append(jsonHexDigits[Int(byte >> 4)])
                    append(jsonHexDigits[Int(byte & 0xF)])
                }
            }
            append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        append(UInt8(ascii: "\""))
    }
}

private let jsonHexDigits = Array("0123456789abcdef".utf8)
