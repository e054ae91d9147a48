import Foundation
import JSONValue
import Testing

@Suite("JSON parser")
struct JSONParserTests {
    @Test("parses every kind of value and keeps integers apart from doubles")
    func parsesValues() throws {
        let value = try JSONValue(parsing: #"{"a": [1, -2, 3.5, 1e3, true, false, null], "b": {"c": "d"}, "e": ""}"#)
        #expect(value == ["a": [1, -2, 3.5, 1000.0, true, false, nil], "b": ["c": "d"], "e": ""])
    }

    @Test("decodes escapes, unicode escapes and surrogate pairs")
    func decodesEscapes() throws {
        let value = try JSONValue(parsing: #""q\"\\\/\b\f\n\r\t \u00e9 \ud83c\udfaf raw é🎯""#)
        #expect(value == .string("q\"\\/\u{8}\u{c}\n\r\t é 🎯 raw é🎯"))
    }

    @Test("round-trips what JSONEncoder writes")
    func roundTripsEncoderOutput() throws {
        let original: JSONValue = ["text": "line\nbreak \"quoted\" ✓", "n": 42, "x": 0.1, "list": [["nested": nil]]]
        let data = try JSONEncoder().encode(original)
        #expect(try JSONValue(parsing: data) == original)
    }

    @Test("rejects malformed documents with the offset", arguments: [
        "", "{", "[1,]", "{\"a\" 1}", "{'a': 1}", "01", "1.", "-", "tru", "\"unterminated", "\"\\x\"",
        "\"\\ud83c\"", "{\"a\":1} trailing", "[1 2]", "\"tab\there\"", "NaN", "1e999",
    ])
    func rejectsMalformed(_ text: String) {
        #expect(throws: JSONParsingError.self) { try JSONValue(parsing: text) }
    }

    @Test("refuses documents nested deeper than 512 levels instead of exhausting the stack")
    func limitsDepth() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(throws: JSONParsingError.self) { try JSONValue(parsing: deep) }
    }

    @Test("rejects invalid UTF-8 inside strings")
    func rejectsInvalidUTF8() {
        let bytes: [UInt8] = [0x22, 0xC3, 0x28, 0x22]
        #expect(throws: JSONParsingError.self) { try JSONValue(parsing: Data(bytes)) }
    }

    @Test("integers beyond Int range become doubles")
    func hugeIntegers() throws {
        #expect(try JSONValue(parsing: "123456789012345678901234567890") == .double(123456789012345678901234567890))
    }
}
