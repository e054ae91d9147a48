import Foundation
import JSONValue

// Standard-library shapes the schema generator recognises by type, before walking `init(from:)`:
// walking them would need a value of the element type, which recursive types cannot provide.

/// `Optional<Wrapped>`: `anyOf [Wrapped, null]`, placeholder `nil`.
protocol OptionalSchemaShape {
    static var wrappedType: any Decodable.Type { get }
    static var schemaNone: Self { get }
}

extension Optional: OptionalSchemaShape where Wrapped: Decodable {
    static var wrappedType: any Decodable.Type { Wrapped.self }
    static var schemaNone: Self { nil }
}

/// Arrays and sets: `{"type": "array", "items": Element}`, placeholder empty.
protocol ArraySchemaShape {
    static var elementType: any Decodable.Type { get }
    static var schemaEmpty: Self { get }
    static var hasUniqueItems: Bool { get }
}

extension Array: ArraySchemaShape where Element: Decodable {
    static var elementType: any Decodable.Type { Element.self }
    static var schemaEmpty: Self { [] }
    static var hasUniqueItems: Bool { false }
}

extension ContiguousArray: ArraySchemaShape where Element: Decodable {
    static var elementType: any Decodable.Type { Element.self }
    static var schemaEmpty: Self { [] }
    static var hasUniqueItems: Bool { false }
}

extension Set: ArraySchemaShape where Element: Decodable {
    static var elementType: any Decodable.Type { Element.self }
    static var schemaEmpty: Self { [] }
    static var hasUniqueItems: Bool { true }
}

/// Dictionaries: open objects, which strict mode cannot describe.
protocol DictionarySchemaShape {}

extension Dictionary: DictionarySchemaShape where Key: Decodable, Value: Decodable {}

/// Scalars with a fixed schema node.
protocol PrimitiveSchemaShape {
    static var primitiveSchema: JSONValue { get }
    static var schemaPlaceholder: Self { get }
}

extension String: PrimitiveSchemaShape {
    static var primitiveSchema: JSONValue { ["type": "string"] }
    static var schemaPlaceholder: Self { "" }
}

extension Bool: PrimitiveSchemaShape {
    static var primitiveSchema: JSONValue { ["type": "boolean"] }
    static var schemaPlaceholder: Self { false }
}

extension Double: PrimitiveSchemaShape {
    static var primitiveSchema: JSONValue { ["type": "number"] }
    static var schemaPlaceholder: Self { 0 }
}

extension Float: PrimitiveSchemaShape {
    static var primitiveSchema: JSONValue { ["type": "number"] }
    static var schemaPlaceholder: Self { 0 }
}

extension Decimal: PrimitiveSchemaShape {
    static var primitiveSchema: JSONValue { ["type": "number"] }
    static var schemaPlaceholder: Self { 0 }
}

extension UUID: PrimitiveSchemaShape {
    static var primitiveSchema: JSONValue { ["type": "string", "format": "uuid"] }
    static var schemaPlaceholder: Self { UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)) }
}

extension URL: PrimitiveSchemaShape {
    static var primitiveSchema: JSONValue { ["type": "string", "format": "uri"] }
    static var schemaPlaceholder: Self { URL(fileURLWithPath: "/") }
}

/// Every fixed-width integer is a JSON `integer`.
protocol IntegerSchemaShape: PrimitiveSchemaShape, FixedWidthInteger {}

extension IntegerSchemaShape {
    static var primitiveSchema: JSONValue { ["type": "integer"] }
    static var schemaPlaceholder: Self { 0 }
}

extension Int: IntegerSchemaShape {}
extension Int8: IntegerSchemaShape {}
extension Int16: IntegerSchemaShape {}
extension Int32: IntegerSchemaShape {}
extension Int64: IntegerSchemaShape {}
extension UInt: IntegerSchemaShape {}
extension UInt8: IntegerSchemaShape {}
extension UInt16: IntegerSchemaShape {}
extension UInt32: IntegerSchemaShape {}
extension UInt64: IntegerSchemaShape {}

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
