import AgentRuntime
import Foundation
import JSONValue
import Testing

@Suite("Model arguments are validated against the generated schema, then decoded")
struct SchemaArgumentValidationTests {
    struct OddsLeg: SchemaDescribed, Sendable {
        var team: String
        var odds: SchemaGolden.IntOrText
    }

    struct SlipArguments: ToolArguments {
        var legs: [OddsLeg]
        var gameID: UUID?
        enum CodingKeys: String, CodingKey { case legs, gameID = "game_id" }
    }

    /// Runs `arguments` through a registry holding one tool and returns the failure message.
    private func failure<A: ToolArguments>(_ type: A.Type, _ arguments: String) async throws -> String? {
        let registry = try ToolRegistry([SchemaTestTool<A>(name: "probe") { _ in "ok" }])
        switch await registry.invoke(name: "probe", arguments: arguments, context: silentToolContext(tool: "probe")) {
        case .succeeded: return nil
        case .failed(.invalidArguments(_, let message)): return message
        case .failed(let other): return "unexpected failure \(other)"
        }
    }

    @Test("a null inside an array element names the indexed path and the expected types")
    func nullInArray() async throws {
        let message = try await failure(SlipArguments.self, #"{"legs":[{"team":"KC","odds":-110},{"team":"BUF","odds":null}],"game_id":null}"#)
        #expect(message == "legs[1].odds: expected integer or string, got null")
    }

    @Test("a value outside a literal enum lists the allowed values")
    func enumValue() async throws {
        let message = try await failure(SchemaGolden.GetOddsArguments.self, #"{"sport":"xfl","markets":null,"region":"us"}"#)
        #expect(message == #"sport: expected one of "nfl", "nba", "mlb", "nhl", got "xfl""#)
    }

    @Test("a value outside a $ref enum lists the allowed values")
    func referencedEnumValue() async throws {
        let arguments = #"{"legs":[{"game_id":"g1","market":"parlay","selection":"KC","american_odds":-110,"line":null}],"stake":10}"#
        let message = try await failure(SchemaGolden.BuildParlayArguments.self, arguments)
        #expect(message == #"legs[0].market: expected one of "moneyline", "spread", "total", got "parlay""#)
    }

    @Test("a missing property is reported even when it is optional in Swift")
    func missingOptional() async throws {
        let message = try await failure(SchemaGolden.SetAlertArguments.self, #"{"team":"KC","enabled":true}"#)
        #expect(message == "threshold: required property is missing")
    }

    @Test("an unexpected property is rejected")
    func unexpectedProperty() async throws {
        let message = try await failure(SchemaGolden.WebSearchArguments.self, #"{"query":"x","max_results":3,"page":2}"#)
        #expect(message == "page: unexpected property (expected only: max_results, query)")
    }

    @Test("a wrong type inside an optional nested object reports the deeper field")
    func optionalNestedObject() async throws {
        let arguments = #"{"person":{"name":"A","age":1,"home":{"street":"s","city":"c","zip":null},"work":{"street":"s","city":5,"zip":null},"tags":[]},"notify":false}"#
        let message = try await failure(SchemaGolden.SaveContactArguments.self, arguments)
        #expect(message == "person.work.city: expected string, got integer")
    }

    @Test("a fractional number for an integer is rejected")
    func fractionalInteger() async throws {
        let message = try await failure(SchemaGolden.WebSearchArguments.self, #"{"query":"x","max_results":2.5}"#)
        #expect(message == "max_results: expected integer, got number")
    }

    @Test("numeric bounds from annotations are enforced")
    func numericBounds() async throws {
        let message = try await failure(SchemaGolden.FetchPageArguments.self, #"{"url":"https://a.b","timeout_s":0}"#)
        #expect(message == "timeout_s: expected a number > 0, got 0")
    }

    @Test("text that is not JSON gets a clear error")
    func invalidJSON() async throws {
        let message = try await failure(SchemaGolden.WebSearchArguments.self, #"{"query": "x", "max_results": }"#)
        #expect(message?.hasPrefix("arguments are not valid JSON") == true)
    }

    @Test("a JSON array instead of an object is rejected at the root")
    func rootArray() async throws {
        #expect(try await failure(SchemaGolden.WebSearchArguments.self, "[1]") == "arguments: expected object, got array")
    }

    @Test("a value that passes the schema but not the Swift decoder names its path")
    func decoderFailure() async throws {
        let message = try await failure(SlipArguments.self, #"{"legs":[],"game_id":"not-a-uuid"}"#)
        #expect(message?.hasPrefix("game_id: ") == true)
    }

    @Test("empty argument text means no arguments")
    func emptyArguments() async throws {
        #expect(try await failure(SchemaGolden.GetTimeArguments.self, "") == nil)
    }

    @Test("valid arguments decode into the Swift type, recursion included")
    func validRecursiveArguments() async throws {
        let registry = try ToolRegistry([
            SchemaTestTool<SchemaGolden.TreeArguments>(name: "tree") { arguments in
                "\(arguments.root.value)/\(arguments.root.children.map(\.value))"
            }
        ])
        let invocation = await registry.invoke(
            name: "tree",
            arguments: #"{"root":{"value":1,"children":[{"value":2,"children":[]},{"value":3,"children":[]}]}}"#,
            context: silentToolContext(tool: "tree")
        )
        #expect(invocation == .succeeded(ToolOutput(text: "1/[2, 3]", value: "1/[2, 3]")))
    }

    @Test("a bad value deep inside a recursive type names its full path")
    func recursiveFailurePath() async throws {
        let arguments = #"{"root":{"value":1,"children":[{"value":2,"children":[]},{"value":3,"children":[{"value":"x","children":[]}]}]}}"#
        let message = try await failure(SchemaGolden.TreeArguments.self, arguments)
        #expect(message == "root.children[1].children[0].value: expected integer, got string")
    }
}
