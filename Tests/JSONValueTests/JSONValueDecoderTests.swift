import Foundation
import JSONValue
import Testing

@Suite("JSON value decoder")
struct JSONValueDecoderTests {
    private struct Slip: Codable, Equatable {
        enum Market: String, Codable { case h2h, spreads }
        struct Leg: Codable, Equatable {
            var selection: String
            var odds: Int
            var probability: Double?
            var market: Market
            var tags: Set<String>
        }
        var legs: [Leg]
        var stake: Float
        var link: URL
        var exact: Decimal
        var blob: Data
        var small: UInt8
        var extra: [String: JSONValue]
        var nested: [[Int?]]
    }

    private static let text = #"""
        {"legs":[{"selection":"Chiefs ML","odds":-150,"probability":0.58,"market":"h2h","tags":["a","b"]},
                 {"selection":"Lions -3.5","odds":110,"probability":null,"market":"spreads","tags":[]}],
         "stake":25.5,"link":"https://example.com/x?q=1","exact":0.1,"blob":"AQID","small":7,
         "extra":{"n":5.5,"list":[1,"two",null]},"nested":[[1,null],[]]}
        """#

    @Test("decodes what JSONDecoder decodes from the same text")
    func matchesFoundation() throws {
        let value = try JSONValue(parsing: Self.text)
        #expect(try value.decode(as: Slip.self) == JSONDecoder().decode(Slip.self, from: Data(Self.text.utf8)))
    }

    @Test("a JSONValue member is kept exactly: 5.0 stays a double (through JSONDecoder it became the integer 5)")
    func keepsJSONValues() throws {
        let payload: JSONValue = ["n": .double(5), "list": [1, "two", nil]]
        #expect(try JSONValue.object(["payload": payload]).decode(as: [String: JSONValue].self) == ["payload": payload])
    }

    @Test("errors carry the path and kind JSONDecoder reports")
    func errors() throws {
        let wrongType: JSONValue = ["legs": [["selection": 3]]]
        #expect {
            try wrongType.decode(as: Slip.self)
        } throws: { error in
            guard case DecodingError.typeMismatch(_, let context) = error else { return false }
            return context.codingPath.map(\.stringValue) == ["legs", "Index 0", "selection"]
        }
        #expect {
            try JSONValue.object([:]).decode(as: Slip.Leg.self)
        } throws: { error in
            guard case DecodingError.keyNotFound(let key, _) = error else { return false }
            return key.stringValue == "selection"
        }
        #expect(throws: DecodingError.self) { try JSONValue.int(300).decode(as: UInt8.self) }
        #expect(try JSONValue.double(1e-7).decode(as: Decimal.self) == Decimal(string: "0.0000001"))
        #expect(try JSONValue.double(1e21).decode(as: Decimal.self) == Decimal(string: "1000000000000000000000"))
        #expect(throws: DecodingError.self) { try JSONValue.null.decode(as: String.self) }
        #expect(throws: DecodingError.self) { try JSONValue.string("spread").decode(as: Slip.Market.self) }
    }
}
