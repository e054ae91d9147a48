import Foundation
import JSONValue
import Testing

@Suite("JSON writer")
struct JSONWriterTests {
    /// What Foundation writes with the options `jsonString()` promises to match.
    private func foundationText(_ value: JSONValue) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test("writes exactly what JSONEncoder writes with sorted keys and unescaped slashes", arguments: [
        JSONValue.object(["b": [1, -2, 3.5, 1e21, 0.1, 100.0, true, false, nil], "a": ["z": "y", "m": [:]], "": []]),
        .string("quote \" backslash \\ slash / newline \n tab \t cr \r bell \u{7} nul \u{0} é 🎯"),
        .string(""), .int(Int.min), .double(-0.5), .double(1e-7), .array([]),
    ])
    func matchesFoundation(_ value: JSONValue) throws {
        #expect(value.jsonString() == (try foundationText(value)))
    }

    @Test("parsing what it writes gives the value back")
    func roundTrips() throws {
        let value: JSONValue = ["text": "line\nbreak \"quoted\" ✓ \u{1f}", "n": 42, "x": 0.25, "list": [["nested": nil]]]
        #expect(try JSONValue(parsing: value.jsonString()) == value)
    }

    @Test("NaN and infinity, which JSON cannot carry, are written as null")
    func nonFiniteIsNull() {
        #expect(JSONValue.array([.double(.nan), .double(.infinity)]).jsonString() == "[null,null]")
    }
}

@Suite("JSON value encoder")
struct JSONValueEncoderTests {
    private struct Leg: Codable, Equatable {
        var team: String
        var odds: Int
        var probability: Double?
        var tags: [String]
        var link: URL
        var stake: Decimal
        var small: Int8
        var raw: JSONValue
    }

    private struct Wrapper: Encodable {
        var legs: [Leg]
        var nested: [String: [Int]]
        var empty: [String]
    }

    @Test("encodes like JSONEncoder would, parsed back")
    func matchesFoundation() throws {
        let leg = Leg(
            team: "Chiefs \"KC\"", odds: -150, probability: nil, tags: ["a/b"], link: URL(string: "https://example.com/x?q=1")!,
            stake: Decimal(string: "25.5")!, small: -3, raw: ["k": [1, "two", nil]])
        let value = Wrapper(legs: [leg, leg], nested: ["x": [1, 2]], empty: [])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let foundation = try JSONValue(parsing: encoder.encode(value))
        #expect(try JSONValue(encoding: value) == foundation)
        #expect(try JSONValue(encoding: value).jsonString() == String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    @Test("non-finite numbers are refused, as JSONEncoder refuses them")
    func refusesNaN() {
        #expect(throws: EncodingError.self) { try JSONValue(encoding: ["x": Double.nan]) }
    }

    @Test("an object with members written earlier is the same text as the whole object written at once")
    func splicedMembers() {
        let tools: JSONValue = [["name": "build_parlay", "parameters": ["type": "object", "required": ["legs"]]], ["name": "odds"]]
        let members: [String: JSONValue] = ["model": "gpt-4.1", "stream": true, "input": [["role": "user", "content": "é/\n"]]]
        let encodedTools = JSONValue.arrayBytes(tools.arrayValue!.map { $0.jsonBytes() })
        let spliced = JSONValue.objectBytes(members, encoded: ["tools": encodedTools])
        #expect(spliced == JSONValue.object(members.merging(["tools": tools]) { first, _ in first }).jsonBytes())
        #expect(JSONValue.objectBytes(members, encoded: [:]) == JSONValue.object(members).jsonBytes())
        #expect(JSONValue.arrayBytes([]) == Array("[]".utf8))
    }
}
