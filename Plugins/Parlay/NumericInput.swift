import AgentRuntime
import JSONValue

/// A number the model or a form may send either as a JSON number or as text (`-110`, `"+150"`,
/// `"25"` from a widget input). Kept raw here; ``AmericanOdds`` and the stake parser give the
/// meaning and the error messages.
public enum NumericInput: CustomJSONSchema, Sendable, Hashable, Codable {
    case number(Double)
    case text(String)

    public static let jsonSchema: JSONValue = ["anyOf": [["type": "number"], ["type": "string"]]]
    public static let schemaPlaceholder = NumericInput.number(0)

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else {
            self = .text(try container.decode(String.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .number(let number): try container.encode(number)
        case .text(let text): try container.encode(text)
        }
    }

    /// As the user wrote it, for error messages.
    var written: String {
        switch self {
        case .number(let number): number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
        case .text(let text): "\"\(text)\""
        }
    }
}
