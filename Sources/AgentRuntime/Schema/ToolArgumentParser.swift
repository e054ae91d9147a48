import Foundation
import JSONValue

/// Turns the model's argument text into a tool's Swift arguments: parse, validate, decode.
/// Every failure is a message the model can act on, naming the offending field.
struct ToolArgumentParser: Sendable {
    let validator: ArgumentValidator

    init(schema: JSONValue) {
        validator = ArgumentValidator(schema: schema)
    }

    func parse<Arguments: Decodable>(_ text: String, as type: Arguments.Type) throws(ToolArgumentsError) -> Arguments {
        // The Agents SDK treats empty arguments as `{}` (models send "" for parameterless tools).
        // Arguments nearly always start and end with a bracket, and need no trimming then.
        let trimmed = Self.isBracketed(text) ? text : text.trimmingCharacters(in: .whitespacesAndNewlines)
        let value: JSONValue
        do {
            value = try JSONValue(parsing: trimmed.isEmpty ? "{}" : trimmed)
        } catch {
            throw ToolArgumentsError(message: "arguments are not valid JSON (\(Self.jsonProblem(error)))")
        }
        if let failure = validator.firstFailure(in: value) {
            throw ToolArgumentsError(message: failure)
        }
        do {
            return try value.decode(as: type)
        } catch let error as DecodingError {
            throw ToolArgumentsError(message: Self.describe(error))
        } catch {
            throw ToolArgumentsError(message: "arguments: \(error)")
        }
    }

    private static func isBracketed(_ text: String) -> Bool {
        text.utf8.first == UInt8(ascii: "{") && text.utf8.last == UInt8(ascii: "}")
    }

    private static func jsonProblem(_ error: any Error) -> String {
        guard case DecodingError.dataCorrupted(let context) = error else { return "\(error)" }
        if let underlying = context.underlyingError as? NSError,
           let detail = underlying.userInfo[NSDebugDescriptionErrorKey] as? String
        {
            return detail
        }
        return context.debugDescription
    }

    private static func describe(_ error: DecodingError) -> String {
        let (codingPath, problem): ([any CodingKey], String) =
            switch error {
            case .typeMismatch(let type, let context): (context.codingPath, "expected \(type): \(context.debugDescription)")
            case .valueNotFound(let type, let context): (context.codingPath, "expected \(type), got null")
            case .keyNotFound(let key, let context): (context.codingPath + [key], "required property is missing")
            case .dataCorrupted(let context): (context.codingPath, context.debugDescription)
            @unknown default: ([], "\(error)")
            }
        var path = ""
        for key in codingPath {
            if let index = key.intValue, key.stringValue == "Index \(index)" {
                path += "[\(index)]"
            } else {
                path = SchemaGenerator.join(path, key.stringValue)
            }
        }
        return "\(path.isEmpty ? "arguments" : path): \(problem)"
    }
}

/// The model's arguments could not be turned into the tool's arguments type.
public struct ToolArgumentsError: Error, Sendable, Hashable, CustomStringConvertible {
    /// `"<field path>: <problem>"`, e.g. `legs[1].odds: expected number or string, got null`.
    public let message: String

    public var description: String { message }
}
