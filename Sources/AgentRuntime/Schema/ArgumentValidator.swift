import JSONValue

/// Checks model-sent JSON against a generated strict schema before decoding, so the model gets
/// an error naming the exact field (`legs[1].odds: expected number or string, got null`).
///
/// Covers the keywords the generator emits: `type`, `enum`, `const`, `properties`, `required`,
/// `additionalProperties: false`, `items`, `uniqueItems`, `anyOf`, `$ref`, numeric and item bounds.
/// The schema is compiled once (``CompiledSchema``): a check reads no dictionaries, resolves no
/// `$ref` and builds no field path unless it fails.
struct ArgumentValidator: Sendable {
    private let compiled: CompiledSchema

    init(schema: JSONValue) {
        compiled = CompiledSchema(schema)
    }

    /// The first violation as `"<path>: <problem>"`, or `nil` when `value` conforms.
    func firstFailure(in value: JSONValue) -> String? {
        var path = FieldPath()
        return check(value, against: compiled.root, at: &path, depth: 0)
    }

    private func check(_ value: JSONValue, against index: Int, at path: inout FieldPath, depth: Int) -> String? {
        guard depth < 256 else { return nil }
        let node = compiled.nodes[index]
        guard node.isSchema else { return nil }

        switch node.reference {
        case .none: break
        case .unresolvable(let pointer): return path.failure("schema has an unresolvable $ref \(pointer)")
        case .node(let target):
            if let failure = check(value, against: target, at: &path, depth: depth + 1) { return failure }
        }

        if let members = node.anyOf {
            var failures: [String?] = []
            for member in members {
                let failure = check(value, against: member, at: &path, depth: depth + 1)
                if failure == nil { break }
                failures.append(failure)
            }
            if failures.count == members.count {
                // One member of the value's JSON type: its failure is the most precise message.
                let sameType = members.indices.filter { compiled.types(of: members[$0]).contains { Self.matches(value, $0) } }
                if sameType.count == 1, let precise = failures[sameType[0]] { return precise }
                let expected = members.map(compiled.summary).joined(separator: " or ")
                return path.failure("expected \(expected), got \(Self.typeName(of: value))")
            }
        }

        if !node.types.isEmpty, !node.types.contains(where: { Self.matches(value, $0) }) {
            return path.failure("expected \(node.types.joined(separator: " or ")), got \(Self.typeName(of: value))")
        }
        if let constant = node.constant, !Self.sameJSON(constant, value) {
            return path.failure("expected \(constant.jsonString()), got \(Self.excerpt(value))")
        }
        if let options = node.options, !options.contains(where: { Self.sameJSON($0, value) }) {
            let listed = options.map { $0.jsonString() }.joined(separator: ", ")
            return path.failure("expected one of \(listed), got \(Self.excerpt(value))")
        }
        if let number = value.doubleValue, let problem = node.bounds.problem(number) {
            return path.failure(problem)
        }

        switch value {
        case .object(let members):
            if let missing = node.required.first(where: { members[$0] == nil }) {
                return path.appending(.key(missing)) { $0.failure("required property is missing") }
            }
            if node.closed, members.keys.contains(where: { node.properties[$0] == nil }),
               let unexpected = members.keys.sorted().first(where: { node.properties[$0] == nil })
            {
                return path.appending(.key(unexpected)) { $0.failure("unexpected property (expected only: \(node.knownProperties))") }
            }
            for (name, propertyNode) in node.propertyOrder {
                guard let member = members[name] else { continue }
                let failure = path.appending(.key(name)) { check(member, against: propertyNode, at: &$0, depth: depth + 1) }
                if let failure { return failure }
            }
        case .array(let elements):
            if let minimum = node.minItems, elements.count < minimum {
                return path.failure("expected at least \(minimum) items, got \(elements.count)")
            }
            if let maximum = node.maxItems, elements.count > maximum {
                return path.failure("expected at most \(maximum) items, got \(elements.count)")
            }
            if node.uniqueItems, Set(elements).count != elements.count {
                return path.failure("expected unique items")
            }
            if let items = node.items {
                for (position, element) in elements.enumerated() {
                    let failure = path.appending(.index(position)) { check(element, against: items, at: &$0, depth: depth + 1) }
                    if let failure { return failure }
                }
            }
        default:
            break
        }
        return nil
    }

    static func matches(_ value: JSONValue, _ type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("string", .string), ("array", .array), ("object", .object): true
        case ("integer", .int), ("number", .int), ("number", .double): true
        case ("integer", .double(let number)): number.rounded() == number
        default: false
        }
    }

    static func typeName(of value: JSONValue) -> String {
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
    private static func sameJSON(_ lhs: JSONValue, _ rhs: JSONValue) -> Bool {
        if let left = lhs.doubleValue, let right = rhs.doubleValue { return left == right }
        return lhs == rhs
    }

    private static func excerpt(_ value: JSONValue) -> String {
        let text = value.jsonString()
        return text.count > 80 ? String(text.prefix(77)) + "..." : text
    }
}

/// Where a check is in the arguments, kept as components and written out only for a failure.
private struct FieldPath {
    enum Component {
        case key(String)
        case index(Int)
    }

    private var components: [Component] = []

    /// Runs `body` one level deeper.
    mutating func appending<Result>(_ component: Component, _ body: (inout FieldPath) -> Result) -> Result {
        components.append(component)
        defer { components.removeLast() }
        return body(&self)
    }

    /// `"<path>: <problem>"`; the path is `arguments` at the top level, `legs[1].odds` below it.
    func failure(_ problem: String) -> String {
        var path = ""
        for component in components {
            switch component {
            case .key(let key): path = SchemaGenerator.join(path, key)
            case .index(let index): path += "[\(index)]"
            }
        }
        return "\(path.isEmpty ? "arguments" : path): \(problem)"
    }
}
