import Foundation
import JSONValue

// Standard-library shapes the schema generator recognises by type, before walking `init(from:)`:
// walking them would need a value of the element type, which recursive types cannot provide.
// One protocol answers for all of them, so recognising a type costs one dynamic cast: the first
// cast of each type against each protocol scans every conformance record in the process, which
// at start-up (schemas are generated when the tools are registered) is most of the work.

/// What the generator knows about a standard-library type without walking it.
enum BuiltinSchemaShape {
    /// `Optional<Wrapped>`: `anyOf [Wrapped, null]`, placeholder `nil`.
    case optional(wrapped: any Decodable.Type, none: Any)
    /// Arrays and sets: `{"type": "array", "items": Element}`, placeholder empty.
    case array(element: any Decodable.Type, uniqueItems: Bool, empty: Any)
    /// Dictionaries: open objects, which strict mode cannot describe.
    case dictionary
    /// Scalars with a fixed schema node.
    case primitive(schema: JSONValue, placeholder: Any)

    /// The value handed back to an `init(from:)` being walked (`nil` for dictionaries, which fail earlier).
    var placeholder: Any? {
        switch self {
        case .optional(_, let none): none
        case .array(_, _, let empty): empty
        case .dictionary: nil
        case .primitive(_, let placeholder): placeholder
        }
    }
}

/// A standard-library type with a ``BuiltinSchemaShape``.
protocol BuiltinSchemaShaped {
    static var builtinSchemaShape: BuiltinSchemaShape { get }
}

extension Optional: BuiltinSchemaShaped where Wrapped: Decodable {
    static var builtinSchemaShape: BuiltinSchemaShape { .optional(wrapped: Wrapped.self, none: Self.none as Any) }
}

extension Array: BuiltinSchemaShaped where Element: Decodable {
    static var builtinSchemaShape: BuiltinSchemaShape { .array(element: Element.self, uniqueItems: false, empty: Self()) }
}

extension ContiguousArray: BuiltinSchemaShaped where Element: Decodable {
    static var builtinSchemaShape: BuiltinSchemaShape { .array(element: Element.self, uniqueItems: false, empty: Self()) }
}

extension Set: BuiltinSchemaShaped where Element: Decodable {
    static var builtinSchemaShape: BuiltinSchemaShape { .array(element: Element.self, uniqueItems: true, empty: Self()) }
}

extension Dictionary: BuiltinSchemaShaped where Key: Decodable, Value: Decodable {
    static var builtinSchemaShape: BuiltinSchemaShape { .dictionary }
}

extension String: BuiltinSchemaShaped {
    static var builtinSchemaShape: BuiltinSchemaShape { .primitive(schema: ["type": "string"], placeholder: "") }
}

extension Bool: BuiltinSchemaShaped {
    static var builtinSchemaShape: BuiltinSchemaShape { .primitive(schema: ["type": "boolean"], placeholder: false) }
}

extension Double: BuiltinSchemaShaped {
    static var builtinSchemaShape: BuiltinSchemaShape { .primitive(schema: ["type": "number"], placeholder: 0.0) }
}

extension Float: BuiltinSchemaShaped {
    static var builtinSchemaShape: BuiltinSchemaShape { .primitive(schema: ["type": "number"], placeholder: Float(0)) }
}

extension Decimal: BuiltinSchemaShaped {
    static var builtinSchemaShape: BuiltinSchemaShape { .primitive(schema: ["type": "number"], placeholder: Decimal(0)) }
}

extension UUID: BuiltinSchemaShaped {
    static var builtinSchemaShape: BuiltinSchemaShape {
        .primitive(schema: ["type": "string", "format": "uuid"], placeholder: UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)))
    }
}

extension URL: BuiltinSchemaShaped {
    static var builtinSchemaShape: BuiltinSchemaShape {
        .primitive(schema: ["type": "string", "format": "uri"], placeholder: URL(fileURLWithPath: "/"))
    }
}

/// Every fixed-width integer is a JSON `integer`.
protocol IntegerSchemaShaped: BuiltinSchemaShaped, FixedWidthInteger {}

extension IntegerSchemaShaped {
    static var builtinSchemaShape: BuiltinSchemaShape { .primitive(schema: ["type": "integer"], placeholder: Self.zero) }
}

extension Int: IntegerSchemaShaped {}
extension Int8: IntegerSchemaShaped {}
extension Int16: IntegerSchemaShaped {}
extension Int32: IntegerSchemaShaped {}
extension Int64: IntegerSchemaShaped {}
extension UInt: IntegerSchemaShaped {}
extension UInt8: IntegerSchemaShaped {}
extension UInt16: IntegerSchemaShaped {}
extension UInt32: IntegerSchemaShaped {}
extension UInt64: IntegerSchemaShaped {}

/// The raw values of a `CaseIterable` enum as JSON, with the JSON type they share.
struct EnumSchemaCases {
    let values: [JSONValue]
    let jsonType: String
    let first: Any?

    /// `nil` when the raw values are neither all `String` nor all `Int`.
    init?<E: CaseIterable & RawRepresentable>(_ type: E.Type) {
        var values: [JSONValue] = []
        var types: Set<String> = []
        for value in E.allCases {
            switch value.rawValue as Any {
            case let string as String: values.append(.string(string)); types.insert("string")
            case let int as Int: values.append(.int(int)); types.insert("integer")
            default: return nil
            }
        }
        guard types.count <= 1 else { return nil }
        self.values = values
        self.jsonType = types.first ?? "string"
        self.first = E.allCases.first
    }
}
