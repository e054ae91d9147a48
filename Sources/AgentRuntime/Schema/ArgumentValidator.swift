import JSONValue

/// Checks model-sent JSON against a generated strict schema before decoding, so the model gets
/// an error naming the exact field (`legs[1].odds: expected number or string, got null`).
///
/// Covers the keywords the generator emits: `type`, `enum`, `const`, `properties`, `required`,
/// `additionalProperties: false`, `items`, `uniqueItems`, `anyOf`, `$ref`, numeric and item bounds.
struct ArgumentValidator: Sendable {
    let schema: JSONValue

    /// The first violation as `"<path>: <problem>"`, or `nil` when `value` conforms.
    func firstFailure(in value: JSONValue) -> String? {
        check(value, against: schema, at: "", depth: 0)
    }

    private func check(_ value: JSONValue, against node: JSONValue, at path: String, depth: Int) -> String? {
        guard depth < 256, case .object(let schema) = node else { return nil }

        if case .string(let pointer)? = schema["$ref"] {
            guard let target = StrictSchema.resolve(pointer, in: self.schema) else {
                return failure(path, "schema has an unresolvable $ref \(pointer)")
            }
            if let failure = check(value, against: target, at: path, depth: depth + 1) { return failure }
        }

        if case .array(let members)? = schema["anyOf"] {
            let failures = members.map { check(value, against: $0, at: path, depth: depth + 1) }
            if !failures.contains(where: { $0 == nil }) {
                // One member of the value's JSON type: its failure is the most precise message.
                let sameType = members.indices.filter { types(of: members[$0]).contains { matches(value, $0) } }
                if sameType.count == 1, let precise = failures[sameType[0]] { return precise }
                let expected = members.map(summary).joined(separator: " or ")
                return failure(path, "expected \(expected), got \(typeName(of: value))")
            }
        }

        let allowed = types(ofNode: schema)
        if !allowed.isEmpty, !allowed.contains(where: { matches(value, $0) }) {
            return failure(path, "expected \(allowed.joined(separator: " or ")), got \(typeName(of: value))")
        }
        if let constant = schema["const"], !sameJSON(constant, value) {
            return failure(path, "expected \(constant.jsonString()), got \(excerpt(value))")
        }
        if case .array(let options)? = schema["enum"], !options.contains(where: { sameJSON($0, value) }) {
            let listed = options.map { $0.jsonString() }.joined(separator: ", ")
            return failure(path, "expected one of \(listed), got \(excerpt(value))")
        }
        if let number = value.doubleValue, let problem = boundProblem(number, schema) {
            return failure(path, problem)
        }

        switch value {
        case .object(let members):
            let properties = schema["properties"]?.objectValue ?? [:]
            let required = (schema["required"]?.arrayValue ?? []).compactMap(\.stringValue)
            if let missing = required.first(where: { members[$0] == nil }) {
                return failure(SchemaGenerator.join(path, missing), "required property is missing")
            }
            if schema["additionalProperties"] == false,
               let unexpected = members.keys.sorted().first(where: { properties[$0] == nil })
            {
                let known = properties.keys.sorted().joined(separator: ", ")
                return failure(SchemaGenerator.join(path, unexpected), "unexpected property (expected only: \(known))")
            }
            let order = required + properties.keys.filter { !required.contains($0) }.sorted()
            for name in order {
                guard let member = members[name], let propertySchema = properties[name] else { continue }
                if let failure = check(member, against: propertySchema, at: SchemaGenerator.join(path, name), depth: depth + 1) {
                    return failure
                }
            }
        case .array(let elements):
            if case .int(let minimum)? = schema["minItems"], elements.count < minimum {
                return failure(path, "expected at least \(minimum) items, got \(elements.count)")
            }
            if case .int(let maximum)? = schema["maxItems"], elements.count > maximum {
                return failure(path, "expected at most \(maximum) items, got \(elements.count)")
            }
            if schema["uniqueItems"] == true, Set(elements).count != elements.count {
                return failure(path, "expected unique items")
            }
            if let items = schema["items"] {
                for (index, element) in elements.enumerated() {
                    if let failure = check(element, against: items, at: "\(path)[\(index)]", depth: depth + 1) { return failure }
                }
            }
        default:
            break
        }
        return nil
    }

    private func failure(_ path: String, _ problem: String) -> String {
        "\(path.isEmpty ? "arguments" : path): \(problem)"
    }

    private func boundProblem(_ number: Double, _ schema: [String: JSONValue]) -> String? {
        if let bound = schema["minimum"]?.doubleValue, number < bound { return "expected a number >= \(format(bound)), got \(format(number))" }
        if let bound = schema["maximum"]?.doubleValue, number > bound { return "expected a number <= \(format(bound)), got \(format(number))" }
        if let bound = schema["exclusiveMinimum"]?.doubleValue, number <= bound { return "expected a number > \(format(bound)), got \(format(number))" }
        if let bound = schema["exclusiveMaximum"]?.doubleValue, number >= bound { return "expected a number < \(format(bound)), got \(format(number))" }
        return nil
    }

    private func format(_ number: Double) -> String {
        number.rounded() == number && abs(number) < 1e15 ? String(Int(number)) : String(number)
    }

    /// The JSON types a schema node admits (through `$ref`, `anyOf`, `enum` and `const` too).
    private func types(of node: JSONValue) -> [String] {
        guard case .object(let schema) = node else { return [] }
        if case .string(let pointer)? = schema["$ref"], let target = StrictSchema.resolve(pointer, in: self.schema) {
            return types(of: target)
        }
        if case .array(let members)? = schema["anyOf"] { return members.flatMap(types(of:)) }
        let declared = types(ofNode: schema)
        if !declared.isEmpty { return declared }
        let literals = (schema["enum"]?.arrayValue ?? []) + (schema["const"].map { [$0] } ?? [])
        return literals.map(typeName(of:))
    }

    private func types(ofNode schema: [String: JSONValue]) -> [String] {
        switch schema["type"] {
        case .string(let type)?: [type]
        case .array(let types)?: types.compactMap(\.stringValue)
        default: []
        }
    }

    private func summary(_ node: JSONValue) -> String {
        let names = types(of: node)
        return names.isEmpty ? "a matching value" : names.joined(separator: " or ")
    }

    private func matches(_ value: JSONValue, _ type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("string", .string), ("array", .array), ("object", .object): true
        case ("integer", .int), ("number", .int), ("number", .double): true
        case ("integer", .double(let number)): number.rounded() == number
        default: false
        }
    }

    private func typeName(of value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool: "boolean"
        case .int: "integer"
        case .double: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    /// Numbers compare by value (`5` equals `5.0`); everything else structurally.
    private func sameJSON(_ lhs: JSONValue, _ rhs: JSONValue) -> Bool {
        if let left = lhs.doubleValue, let right = rhs.doubleValue { return left == right }
        return lhs == rhs
    }

    private func excerpt(_ value: JSONValue) -> String {
        let text = value.jsonString()
        return text.count > 80 ? String(text.prefix(77)) + "..." : text
    }
}
