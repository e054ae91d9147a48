import JSONValue

/// The arguments of a ``Tool``: a `Decodable` Swift type whose strict JSON Schema is generated
/// from the type itself (property names as encoded, nested types as `$defs`), so the schema the
/// model sees and the decoder that reads the model's JSON can never disagree.
///
/// Descriptions, defaults and numeric bounds come from ``SchemaDescribed/schemaFields``:
/// ```swift
/// struct WebSearchArguments: ToolArguments {
///     var query: String
///     var maxResults: Int
///     enum CodingKeys: String, CodingKey { case query, maxResults = "max_results" }
///     static let schemaFields: [String: SchemaField] = [
///         "query": "The search query.",
///         "max_results": SchemaField("Maximum number of results to return.", default: 5),
///     ]
/// }
/// ```
public protocol ToolArguments: SchemaDescribed, Sendable {}

/// A `Decodable` type that annotates its own schema: the type's description (a pydantic model
/// docstring) and per-property annotations keyed by the *encoded* property name.
///
/// Nested argument types conform to this too; types that don't simply get no descriptions.
/// Every key of `schemaFields` must name a decoded property, so typos fail at registration.
public protocol SchemaDescribed: Decodable {
    /// Describes the type itself (the `description` of its `$defs` entry). Ignored on the root
    /// arguments type: the tool's own description covers it.
    static var schemaDescription: String? { get }
    /// Annotations keyed by encoded property name (the `CodingKeys` raw value).
    static var schemaFields: [String: SchemaField] { get }
}

extension SchemaDescribed {
    public static var schemaDescription: String? { nil }
    public static var schemaFields: [String: SchemaField] { [:] }
}

/// What the model should know about one property besides its type.
public struct SchemaField: Sendable, Hashable, ExpressibleByStringLiteral {
    /// Shown to the model as the property's `description`.
    public var description: String?
    /// Advisory `default` (strict mode still requires the key; the model reads it as a hint).
    public var defaultValue: JSONValue?
    /// Bounds the model is told about and the argument validator enforces.
    public var constraints: [SchemaConstraint]

    public init(_ description: String? = nil, default defaultValue: JSONValue? = nil, constraints: [SchemaConstraint] = []) {
        self.description = description
        self.defaultValue = defaultValue
        self.constraints = constraints
    }

    public init(stringLiteral description: String) {
        self.init(description)
    }
}

/// A JSON Schema bound on a number or an array.
public enum SchemaConstraint: Sendable, Hashable {
    case minimum(Double)
    case maximum(Double)
    case exclusiveMinimum(Double)
    case exclusiveMaximum(Double)
    case minItems(Int)
    case maxItems(Int)
}

/// Marks a `String`/`Int` raw-value `CaseIterable` enum whose cases are written inline at each
/// use (like Python's `Literal[...]`) instead of as a shared `$defs` entry.
public protocol SchemaLiteralEnum: CaseIterable, RawRepresentable, Decodable {}

/// A type that writes its own schema node, for shapes a Swift type can't express structurally
/// (for example "an integer or a string"). The node still goes through the strict pass.
public protocol CustomJSONSchema: Decodable {
    /// The schema node for a value of this type.
    static var jsonSchema: JSONValue { get }
    /// Any valid value. Schema generation hands it to the enclosing type's `init(from:)` while
    /// walking it; it never reaches a tool.
    static var schemaPlaceholder: Self { get }
}
