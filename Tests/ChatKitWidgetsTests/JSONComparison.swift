import ChatKitWidgets
import Foundation
import JSONValue

/// JSON as Python compares parsed documents: `4` and `4.0` are the same number.
func numericallyNormalized(_ value: JSONValue) -> JSONValue {
    switch value {
    case .int(let int): .double(Double(int))
    case .array(let elements): .array(elements.map(numericallyNormalized))
    case .object(let members): .object(members.mapValues(numericallyNormalized))
    default: value
    }
}

/// The widget as the wire carries it, parsed.
func wireJSON(_ root: WidgetRoot) throws -> JSONValue {
    numericallyNormalized(try JSONValue(encoding: root))
}

func parsedJSON(_ text: String) throws -> JSONValue {
    numericallyNormalized(try JSONValue(parsing: Data(text.utf8)))
}
