import Foundation
import JSONValue

/// The Agents SDK's `ensure_strict_json_schema`, ported: closes every object, requires every
/// property, strips `default: null`, rewrites `oneOf` to `anyOf`, merges single `allOf`s and
/// inlines `$ref`s that carry sibling keywords. Open objects are rejected.
enum StrictSchema {
    static let maximumDepth = 100
    static let maximumNodes = 100_000

    /// Keywords that may sit next to a `$ref` (the ref is then inlined under them).
    static let referenceSiblings: Set<String> = [
        "description", "title", "default", "examples", "deprecated", "readOnly", "writeOnly", "$comment", "$defs",
    ]

    static func make(_ schema: JSONValue) throws(StrictSchemaError) -> JSONValue {
        guard case .object(var root) = schema else {
            throw StrictSchemaError(location: [], reason: "the schema root must be a JSON object")
        }
        if root.isEmpty {
            return ["additionalProperties": false, "type": "object", "properties": [:], "required": []]
        }
        if root["anyOf"] != nil || root["oneOf"] != nil {
            throw StrictSchemaError(location: [], reason: "the schema root must be an object, not anyOf/oneOf")
        }
        if case .array(let types)? = root["type"] {
            guard types == ["object"] else {
                throw StrictSchemaError(location: [], reason: "the schema root must be a non-nullable object")
            }
            root["type"] = "object"
        }
        var visited = 0
        return .object(try strictify(root, at: [], root: schema, depth: 0, visited: &visited))
    }

    private static func strictify(
        _ input: [String: JSONValue],
        at location: [String],
        root: JSONValue,
        depth: Int,
        visited: inout Int
    ) throws(StrictSchemaError) -> [String: JSONValue] {
        guard depth <= maximumDepth else {
            throw StrictSchemaError(location: location, reason: "nesting exceeds \(maximumDepth) levels")
        }
        visited += 1
        guard visited <= maximumNodes else {
            throw StrictSchemaError(location: location, reason: "more than \(maximumNodes) schema nodes")
        }
        func child(_ node: JSONValue, _ path: [String]) throws(StrictSchemaError) -> JSONValue {
            guard case .object(let members) = node else {
                throw StrictSchemaError(location: path, reason: "expected a schema object")
            }
            return .object(try strictify(members, at: path, root: root, depth: depth + 1, visited: &visited))
        }

        var node = input
        for key in ["$defs", "definitions"] {
            guard let definitions = node[key] else { continue }
            guard case .object(let members) = definitions else {
                throw StrictSchemaError(location: location + [key], reason: "\(key) must be an object")
            }
            var strict: [String: JSONValue] = [:]
            for (name, member) in members { strict[name] = try child(member, location + [key, name]) }
            node[key] = .object(strict)
        }

        let type = node["type"]
        var isObject = type == "object" || (type?.arrayValue?.contains("object") ?? false)
        if node["properties"] != nil && type == nil {
            node["type"] = "object"
            isObject = true
        }
        if isObject {
            switch node["additionalProperties"] {
            case nil: node["additionalProperties"] = false
            case .bool(false)?: break
            default:
                throw StrictSchemaError(
                    location: location,
                    reason: "additionalProperties should not be set for object types; open objects (dictionaries) cannot be strict"
                )
            }
        }

        if let properties = node["properties"] {
            guard case .object(let members) = properties else {
                throw StrictSchemaError(location: location + ["properties"], reason: "properties must be an object")
            }
            var strict: [String: JSONValue] = [:]
            for (name, member) in members { strict[name] = try child(member, location + ["properties", name]) }
            node["properties"] = .object(strict)
            // `required` keeps the declaration order the generator wrote; stragglers follow sorted.
            var required: [String] = []
            for case .string(let name) in node["required"]?.arrayValue ?? [] where members[name] != nil && !required.contains(name) {
                required.append(name)
            }
            required += members.keys.filter { !required.contains($0) }.sorted()
            node["required"] = .array(required.map(JSONValue.string))
        }

        if let items = node["items"], items.objectValue != nil {
            node["items"] = try child(items, location + ["items"])
        }

        if let oneOf = node.removeValue(forKey: "oneOf") {
            node["anyOf"] = .array((node["anyOf"]?.arrayValue ?? []) + (oneOf.arrayValue ?? []))
        }
        if let anyOf = node["anyOf"] {
            guard case .array(let members) = anyOf else {
                throw StrictSchemaError(location: location + ["anyOf"], reason: "anyOf must be an array")
            }
            var strict: [JSONValue] = []
            for (index, member) in members.enumerated() { strict.append(try child(member, location + ["anyOf", "\(index)"])) }
            node["anyOf"] = .array(strict)
        }
        if case .array(let allOf)? = node["allOf"] {
            if allOf.count == 1 {
                node["allOf"] = nil
                if case .object(let merged) = try child(allOf[0], location + ["allOf", "0"]) {
                    node.merge(merged) { _, new in new }
                }
            } else {
                var strict: [JSONValue] = []
                for (index, member) in allOf.enumerated() { strict.append(try child(member, location + ["allOf", "\(index)"])) }
                node["allOf"] = .array(strict)
            }
        }

        if node["default"] == .null { node["default"] = nil }

        if case .string(let pointer)? = node["$ref"], node.count > 1 {
            let extra = Set(node.keys).subtracting(referenceSiblings).subtracting(["$ref"])
            guard extra.isEmpty else {
                throw StrictSchemaError(location: location, reason: "$ref cannot have sibling keywords \(extra.sorted())")
            }
            guard case .object(let target)? = resolve(pointer, in: root) else {
                throw StrictSchemaError(location: location, reason: "cannot resolve $ref \(pointer)")
            }
            var merged = node
            merged["$ref"] = nil
            for (key, value) in target where merged[key] == nil { merged[key] = value }
            return try strictify(merged, at: location, root: root, depth: depth + 1, visited: &visited)
        }
        return node
    }

    /// Follows a local JSON pointer (`#/$defs/Name`).
    static func resolve(_ pointer: String, in root: JSONValue) -> JSONValue? {
        guard pointer.hasPrefix("#") else { return nil }
        var node = root
        for token in pointer.dropFirst().split(separator: "/", omittingEmptySubsequences: true) {
            let key = token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            guard let next = node[key] else { return nil }
            node = next
        }
        return node
    }
}

/// Why a schema cannot be made strict, with its location in the schema.
struct StrictSchemaError: Error {
    let location: [String]
    let reason: String

    /// The location as a property path: `values`, `legs[].odds`, `$defs.Person.tags`.
    var propertyPath: String {
        var path = ""
        var index = 0
        while index < location.count {
            let component = location[index]
            let next = index + 1 < location.count ? location[index + 1] : nil
            switch component {
            case "properties", "$defs", "definitions":
                if let next { path = path.isEmpty ? (component == "properties" ? next : "$defs.\(next)") : "\(path).\(next)" }
                index += 2
            case "anyOf", "allOf":
                index += 2
            case "items":
                path += "[]"
                index += 1
            default:
                path = path.isEmpty ? component : "\(path).\(component)"
                index += 1
            }
        }
        return path
    }
}
