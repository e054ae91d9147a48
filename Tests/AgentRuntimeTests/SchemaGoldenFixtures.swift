import AgentRuntime
import Foundation
import JSONValue

/// Swift equivalents of the Python signatures in agent-loop.md §1.5.
enum SchemaGolden {
    struct WebSearchArguments: ToolArguments {
        var query: String
        var maxResults: Int
        enum CodingKeys: String, CodingKey { case query, maxResults = "max_results" }
        static let schemaFields: [String: SchemaField] = [
            "query": "The search query.",
            "max_results": SchemaField("Maximum number of results to return.", default: 5),
        ]
    }

    enum Sport: String, SchemaLiteralEnum, Sendable { case nfl, nba, mlb, nhl }

    struct GetOddsArguments: ToolArguments {
        var sport: Sport
        var markets: [String]?
        var region: String
        static let schemaFields: [String: SchemaField] = [
            "sport": "League to fetch odds for.",
            "markets": "Optional list of markets such as h2h, spreads, totals.",
            "region": SchemaField("Bookmaker region code.", default: "us"),
        ]
    }

    enum Market: String, Decodable, CaseIterable, Sendable { case moneyline, spread, total }

    struct ParlayLeg: SchemaDescribed, Sendable {
        var gameID: String
        var market: Market
        var selection: String
        var americanOdds: Int
        var line: Double?
        enum CodingKeys: String, CodingKey {
            case gameID = "game_id", market, selection, americanOdds = "american_odds", line
        }
        static let schemaDescription: String? = "One leg of a parlay."
        static let schemaFields: [String: SchemaField] = ["game_id": "Identifier of the game"]
    }

    struct BuildParlayArguments: ToolArguments {
        var legs: [ParlayLeg]
        var stake: Double
        static let schemaFields: [String: SchemaField] = [
            "legs": "The legs of the parlay.",
            "stake": "Amount to wager in dollars.",
        ]
    }

    struct SetAlertArguments: ToolArguments {
        var team: String
        var enabled: Bool
        var threshold: Double?
        static let schemaFields: [String: SchemaField] = [
            "team": "Team name.",
            "enabled": "Whether the alert is on.",
            "threshold": "Minimum line move in points, or null for any move.",
        ]
    }

    enum Priority: Int, Decodable, CaseIterable, Sendable { case low = 1, normal, high }
    enum Color: String, Decodable, CaseIterable, Sendable { case red, green }

    struct CreateTaskArguments: ToolArguments {
        var title: String
        var priority: Priority
        var color: Color
        static let schemaFields: [String: SchemaField] = ["color": SchemaField(default: "red")]
    }

    /// `Union[int, str]`: no structural Swift equivalent, so it writes its own schema.
    enum IntOrText: CustomJSONSchema, Sendable, Equatable {
        case int(Int)
        case text(String)

        static let jsonSchema: JSONValue = ["anyOf": [["type": "integer"], ["type": "string"]]]
        static let schemaPlaceholder = IntOrText.int(0)

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let int = try? container.decode(Int.self) { self = .int(int) } else { self = .text(try container.decode(String.self)) }
        }
    }

    struct SummarizeScoresArguments: ToolArguments {
        var scores: [Double]
        var weights: [Int]
        var label: IntOrText
        static let schemaFields: [String: SchemaField] = [
            "scores": "The raw scores.",
            "weights": "Integer weights, same length as scores.",
            "label": "A label, either numeric or text.",
        ]
    }

    struct GetTimeArguments: ToolArguments {}

    struct FetchPageArguments: ToolArguments {
        var url: String
        var timeoutS: Double
        enum CodingKeys: String, CodingKey { case url, timeoutS = "timeout_s" }
        static let schemaFields: [String: SchemaField] = [
            "url": "Absolute URL to fetch",
            "timeout_s": SchemaField("Timeout in seconds", default: 10.0, constraints: [.exclusiveMinimum(0), .maximum(60)]),
        ]
    }

    struct Address: Decodable, Sendable {
        var street: String
        var city: String
        var zip: String?
    }

    struct Person: SchemaDescribed, Sendable {
        var name: String
        var age: Int
        var home: Address
        var work: Address?
        var tags: [String]
        static let schemaFields: [String: SchemaField] = ["age": SchemaField(default: 0), "tags": SchemaField(default: [])]
    }

    struct SaveContactArguments: ToolArguments {
        var person: Person
        var notify: Bool
        static let schemaFields: [String: SchemaField] = [
            "person": "The contact to save.",
            "notify": SchemaField("Send a notification.", default: false),
        ]
    }

    struct Node: SchemaDescribed, Sendable {
        var value: Int
        var children: [Node]
        static let schemaFields: [String: SchemaField] = ["children": SchemaField(default: [])]
    }

    struct TreeArguments: ToolArguments {
        var root: Node
    }
}

/// Parses JSON text written in a test.
func schemaTestJSON(_ text: String) throws -> JSONValue {
    try JSONValue(parsing: Data(text.utf8))
}

/// Numbers compared by value, so `10.0` in a golden file equals `10` from the generator.
func numericallyNormalized(_ value: JSONValue) -> JSONValue {
    switch value {
    case .int(let int): .double(Double(int))
    case .array(let elements): .array(elements.map(numericallyNormalized))
    case .object(let members): .object(members.mapValues(numericallyNormalized))
    default: value
    }
}
