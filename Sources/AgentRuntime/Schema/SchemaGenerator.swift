import JSONValue

/// Builds the strict parameter schema of a tool's arguments type.
///
/// Types are recognised in this order: `CustomJSONSchema`, `Optional`, arrays and sets,
/// dictionaries (rejected), `JSONValue` (rejected), scalars, `CaseIterable` raw-value enums
/// (`$defs` entry, or inline for ``SchemaLiteralEnum``), and finally any other `Decodable`,
/// whose `init(from:)` is walked with a recording decoder (objects become `$defs` entries).
public enum ToolSchema {
    /// The strict-mode parameter schema for `type`, titled `<toolName>_args` like the Agents SDK.
    public static func parameters<Arguments: Decodable>(
        for type: Arguments.Type,
        toolName: String
    ) throws(ToolSchemaError) -> JSONValue {
        let generator = SchemaGenerator()
        let pydanticStyle: JSONValue
        do {
            pydanticStyle = try generator.rootSchema(for: type, title: "\(toolName)_args")
        } catch let error as SchemaGenerationError {
            throw ToolSchemaError(typeName: "\(type)", propertyPath: error.path, reason: error.reason)
        } catch {
            throw ToolSchemaError(typeName: "\(type)", propertyPath: "", reason: "\(error)")
        }
        do {
            return try StrictSchema.make(pydanticStyle)
        } catch {
            throw ToolSchemaError(typeName: "\(type)", propertyPath: error.propertyPath, reason: error.reason)
        }
    }
}

/// Why an arguments type has no strict schema, and where.
public struct ToolSchemaError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The Swift arguments type.
    public var typeName: String
    /// Dotted property path (`legs[].odds`, `$defs.Person.home`); empty for the type itself.
    public var propertyPath: String
    public var reason: String

    public var description: String {
        propertyPath.isEmpty ? "\(typeName): \(reason)" : "\(typeName), property '\(propertyPath)': \(reason)"
    }
}

/// A failure while generating, with the property path it happened at.
struct SchemaGenerationError: Error {
    let path: String
    let reason: String

    init(_ path: String, _ reason: String) {
        self.path = path
        self.reason = reason
    }
}

/// One generation run: collects `$defs`, detects recursion, caches placeholder values.
final class SchemaGenerator {
    private var definitions: [String: JSONValue] = [:]
    private var definitionNames: [ObjectIdentifier: String] = [:]
    private var usedNames: Set<String> = []
    private var inProgress: Set<ObjectIdentifier> = []
    private var referencedWhileInProgress: Set<ObjectIdentifier> = []
    private var inlineShapes: [ObjectIdentifier: JSONValue] = [:]
    private var placeholders: [ObjectIdentifier: Any] = [:]

    /// The root object schema with `$defs`, before the strict pass.
    func rootSchema<T: Decodable>(for type: T.Type, title: String) throws -> JSONValue {
        let fragment = try fragment(for: type, at: "")
        let id = ObjectIdentifier(type)
        guard fragment["$ref"] != nil, let name = definitionNames[id], case .object(var root)? = definitions[name],
              root["type"] == "object"
        else {
            throw SchemaGenerationError("", "tool arguments must be a struct decoded from a JSON object (keyed container)")
        }
        if !referencedWhileInProgress.contains(id) { definitions[name] = nil }
        root["title"] = .string(title)
        root["description"] = nil
        if !definitions.isEmpty { root["$defs"] = .object(definitions) }
        return .object(root)
    }

    /// The schema node for a value of `type` at `path` (a `$ref` for objects and enums).
    func fragment<T: Decodable>(for type: T.Type, at path: String) throws -> JSONValue {
        if let custom = T.self as? any CustomJSONSchema.Type { return custom.jsonSchema }
        let builtin = (T.self as? any BuiltinSchemaShaped.Type)?.builtinSchemaShape
        switch builtin {
        case .optional(let wrapped, _)?:
            return ["anyOf": [try fragment(for: wrapped, at: path), ["type": "null"]]]
        case .array(let element, let uniqueItems, _)?:
            var node: [String: JSONValue] = ["type": "array", "items": try fragment(for: element, at: path + "[]")]
            if uniqueItems { node["uniqueItems"] = true }
            return .object(node)
        case .dictionary?:
            throw SchemaGenerationError(path, "\(T.self) is an open dictionary, which a strict schema cannot describe; use a struct")
        case .primitive(let schema, _)?:
            return schema
        case nil:
            break
        }
        if T.self == JSONValue.self {
            throw SchemaGenerationError(path, "JSONValue accepts any JSON, which a strict schema cannot describe; use a concrete type")
        }
        if let enumeration = T.self as? any (CaseIterable & RawRepresentable).Type {
            return try enumFragment(enumeration, literal: T.self is any SchemaLiteralEnum.Type, at: path)
        }
        return try walkedFragment(for: type, at: path)
    }

    /// A value of `type` to hand back to the `init(from:)` being walked. Call after `fragment`.
    func placeholder<T: Decodable>(for type: T.Type, at path: String) throws -> T {
        let value: Any? =
            if let custom = T.self as? any CustomJSONSchema.Type { custom.schemaPlaceholder }
            else if let builtin = (T.self as? any BuiltinSchemaShaped.Type)?.builtinSchemaShape { builtin.placeholder }
            else if let enumeration = T.self as? any (CaseIterable & RawRepresentable).Type {
                firstCase(of: enumeration)
            } else { placeholders[ObjectIdentifier(type)] }
        guard let typed = value as? T else {
            throw SchemaGenerationError(path, "\(T.self) contains itself directly; recursion must go through an Optional or an Array")
        }
        return typed
    }

    private func firstCase<E: CaseIterable & RawRepresentable>(of type: E.Type) -> Any? {
        E.allCases.first
    }

    private func enumFragment<E: CaseIterable & RawRepresentable>(_ type: E.Type, literal: Bool, at path: String) throws -> JSONValue {
        guard let cases = EnumSchemaCases(type) else {
            throw SchemaGenerationError(path, "enum \(E.self) needs raw values that are all String or all Int")
        }
        guard !cases.values.isEmpty else { throw SchemaGenerationError(path, "enum \(E.self) has no cases") }
        let node: [String: JSONValue] = ["enum": .array(cases.values), "type": .string(cases.jsonType)]
        if literal { return .object(node) }
        let name = definitionName(for: type)
        if definitions[name] == nil {
            var definition = node
            definition["title"] = .string(name)
            if let description = (type as? any SchemaDescribed.Type)?.schemaDescription {
                definition["description"] = .string(description)
            }
            definitions[name] = .object(definition)
        }
        return reference(name)
    }

    /// Walks `init(from:)`: objects become `$defs` entries, other shapes are inlined.
    private func walkedFragment<T: Decodable>(for type: T.Type, at path: String) throws -> JSONValue {
        let id = ObjectIdentifier(type)
        if let inline = inlineShapes[id] { return inline }
        if let name = definitionNames[id], definitions[name] != nil { return reference(name) }
        if inProgress.contains(id) {
            referencedWhileInProgress.insert(id)
            return reference(definitionName(for: type))
        }
        inProgress.insert(id)
        defer { inProgress.remove(id) }

        let recording = ShapeRecording()
        do {
            placeholders[id] = try T(from: SchemaRecordingDecoder(generator: self, recording: recording, path: path))
        } catch let error as SchemaGenerationError {
            throw error
        } catch {
            throw SchemaGenerationError(path, "walking \(T.self).init(from:) failed: \(error)")
        }

        switch try recording.shape(at: path, using: self) {
        case .object(let properties):
            let name = definitionName(for: type)
            let described = type as? any SchemaDescribed.Type
            definitions[name] = try objectSchema(
                title: name,
                description: described?.schemaDescription,
                properties: properties,
                fields: described?.schemaFields ?? [:],
                at: path
            )
            return reference(name)
        case .inline(let node):
            if referencedWhileInProgress.contains(id) {
                throw SchemaGenerationError(path, "\(T.self) refers to itself but is not an object")
            }
            inlineShapes[id] = node
            return node
        }
    }

    /// An object node: titled, annotated properties, every property listed in `required`.
    func objectSchema(
        title: String?,
        description: String?,
        properties: [(name: String, schema: JSONValue)],
        fields: [String: SchemaField],
        at path: String
    ) throws -> JSONValue {
        let decoded = Set(properties.map(\.name))
        if let stray = fields.keys.sorted().first(where: { !decoded.contains($0) }) {
            throw SchemaGenerationError(path, "schemaFields annotates '\(stray)', which \(title ?? "the type") never decodes")
        }
        var members: [String: JSONValue] = [:]
        for (name, schema) in properties {
            members[name] = try annotated(schema, name: name, field: fields[name], at: Self.join(path, name))
        }
        var node: [String: JSONValue] = [
            "type": "object",
            "properties": .object(members),
            "required": .array(properties.map { .string($0.name) }),
        ]
        if let title { node["title"] = .string(title) }
        if let description { node["description"] = .string(description) }
        return .object(node)
    }

    /// Adds the pydantic field title (not on references), description, default and bounds.
    private func annotated(_ schema: JSONValue, name: String, field: SchemaField?, at path: String) throws -> JSONValue {
        guard case .object(var node) = schema else { return schema }
        let isReference = node["$ref"] != nil || (node["anyOf"]?.arrayValue ?? []).contains { $0["$ref"] != nil }
        if !isReference { node["title"] = .string(FieldTitle.make(name)) }
        guard let field else { return .object(node) }
        if let description = field.description { node["description"] = .string(description) }
        if let value = field.defaultValue, value != .null {
            let validator = ArgumentValidator(schema: .object(["$defs": .object(definitions)].merging(node) { $1 }))
            if let failure = validator.firstFailure(in: value) {
                throw SchemaGenerationError(path, "default \(value.jsonString()) does not match the property's schema (\(failure))")
            }
            node["default"] = value
        }
        for constraint in field.constraints { node[constraint.keyword] = constraint.value }
        return .object(node)
    }

    private func definitionName(for type: Any.Type) -> String {
        let id = ObjectIdentifier(type)
        if let name = definitionNames[id] { return name }
        let base = String(_typeName(type, qualified: false).map { $0.isLetter || $0.isNumber || $0 == "_" ? $0 : "_" })
        var name = base
        var suffix = 2
        while usedNames.contains(name) {
            name = "\(base)\(suffix)"
            suffix += 1
        }
        usedNames.insert(name)
        definitionNames[id] = name
        return name
    }

    private func reference(_ name: String) -> JSONValue {
        ["$ref": .string("#/$defs/\(name)")]
    }

    static func join(_ path: String, _ key: String) -> String {
        path.isEmpty ? key : "\(path).\(key)"
    }
}

extension SchemaConstraint {
    var keyword: String {
        switch self {
        case .minimum: "minimum"
        case .maximum: "maximum"
        case .exclusiveMinimum: "exclusiveMinimum"
        case .exclusiveMaximum: "exclusiveMaximum"
        case .minItems: "minItems"
        case .maxItems: "maxItems"
        }
    }

    var value: JSONValue {
        switch self {
        case .minimum(let bound), .maximum(let bound), .exclusiveMinimum(let bound), .exclusiveMaximum(let bound):
            bound.rounded() == bound && abs(bound) < 1e15 ? .int(Int(bound)) : .double(bound)
        case .minItems(let count), .maxItems(let count):
            .int(count)
        }
    }
}
