import JSONValue

/// A strict schema read once into nodes that refer to each other by index, with every `$ref`
/// resolved (recursive ones included), so ``ArgumentValidator`` checks arguments without
/// dictionary lookups, pointer parsing or sorting.
struct CompiledSchema: Sendable {
    enum Reference: Sendable {
        case none
        case node(Int)
        case unresolvable(String)
    }

    /// One schema object's keywords.
    struct Node: Sendable {
        /// Whether the schema value is an object; any other value admits everything.
        var isSchema = false
        var reference = Reference.none
        var anyOf: [Int]?
        var types: [String] = []
        var constant: JSONValue?
        var options: [JSONValue]?
        /// The JSON types of the `enum` and `const` literals.
        var literalTypes: [String] = []
        var bounds = NumericBounds()
        var required: [String] = []
        var properties: [String: Int] = [:]
        /// Properties in check order: the required ones first, then the others by name.
        var propertyOrder: [(name: String, node: Int)] = []
        /// `additionalProperties: false`.
        var closed = false
        /// The property names, sorted and comma-separated, for the unexpected-property message.
        var knownProperties = ""
        var minItems: Int?
        var maxItems: Int?
        var uniqueItems = false
        var items: Int?
    }

    /// `minimum`, `maximum` and their exclusive forms.
    struct NumericBounds: Sendable {
        var minimum: Double?
        var maximum: Double?
        var exclusiveMinimum: Double?
        var exclusiveMaximum: Double?

        init() {}

        init(_ schema: [String: JSONValue]) {
            minimum = schema["minimum"]?.doubleValue
            maximum = schema["maximum"]?.doubleValue
            exclusiveMinimum = schema["exclusiveMinimum"]?.doubleValue
            exclusiveMaximum = schema["exclusiveMaximum"]?.doubleValue
        }

        /// What is wrong with `number`, or `nil` when it is within bounds.
        func problem(_ number: Double) -> String? {
            if let bound = minimum, number < bound { return "expected a number >= \(format(bound)), got \(format(number))" }
            if let bound = maximum, number > bound { return "expected a number <= \(format(bound)), got \(format(number))" }
            if let bound = exclusiveMinimum, number <= bound { return "expected a number > \(format(bound)), got \(format(number))" }
            if let bound = exclusiveMaximum, number >= bound { return "expected a number < \(format(bound)), got \(format(number))" }
            return nil
        }

        private func format(_ number: Double) -> String {
            number.rounded() == number && abs(number) < 1e15 ? String(Int(number)) : String(number)
        }
    }

    let nodes: [Node]
    let root: Int

    init(_ schema: JSONValue) {
        var builder = Builder(root: schema)
        root = builder.compile(schema)
        nodes = builder.nodes
    }

    /// The JSON types a node admits (through `$ref`, `anyOf`, `enum` and `const` too).
    func types(of index: Int) -> [String] {
        let node = nodes[index]
        guard node.isSchema else { return [] }
        if case .node(let target) = node.reference { return types(of: target) }
        if let members = node.anyOf { return members.flatMap(types(of:)) }
        return node.types.isEmpty ? node.literalTypes : node.types
    }

    /// The types a node admits as `"number or string"`, for messages.
    func summary(_ index: Int) -> String {
        let names = types(of: index)
        return names.isEmpty ? "a matching value" : names.joined(separator: " or ")
    }

    private struct Builder {
        let root: JSONValue
        var nodes: [Node] = []
        /// Nodes of the `$ref` targets compiled so far, by pointer.
        var targets: [String: Int] = [:]

        /// Appends the node for `value` (and its subschemas) and returns its index.
        mutating func compile(_ value: JSONValue) -> Int {
            let index = nodes.count
            nodes.append(Node())
            guard case .object(let schema) = value else { return index }
            var node = Node()
            node.isSchema = true
            if case .string(let pointer)? = schema["$ref"] { node.reference = reference(pointer) }
            if case .array(let members)? = schema["anyOf"] { node.anyOf = members.map { compile($0) } }
            switch schema["type"] {
            case .string(let type)?: node.types = [type]
            case .array(let types)?: node.types = types.compactMap(\.stringValue)
            default: break
            }
            node.constant = schema["const"]
            if case .array(let options)? = schema["enum"] { node.options = options }
            node.literalTypes = ((node.options ?? []) + (node.constant.map { [$0] } ?? [])).map(ArgumentValidator.typeName(of:))
            node.bounds = NumericBounds(schema)
            let properties = schema["properties"]?.objectValue ?? [:]
            for (name, property) in properties { node.properties[name] = compile(property) }
            node.required = (schema["required"]?.arrayValue ?? []).compactMap(\.stringValue)
            let order = node.required + properties.keys.filter { !node.required.contains($0) }.sorted()
            node.propertyOrder = order.compactMap { name in node.properties[name].map { (name, $0) } }
            node.closed = schema["additionalProperties"] == false
            node.knownProperties = properties.keys.sorted().joined(separator: ", ")
            if case .int(let minimum)? = schema["minItems"] { node.minItems = minimum }
            if case .int(let maximum)? = schema["maxItems"] { node.maxItems = maximum }
            node.uniqueItems = schema["uniqueItems"] == true
            if let items = schema["items"] { node.items = compile(items) }
            nodes[index] = node
            return index
        }

        private mutating func reference(_ pointer: String) -> Reference {
            if let target = targets[pointer] { return .node(target) }
            guard let target = StrictSchema.resolve(pointer, in: root) else { return .unresolvable(pointer) }
            targets[pointer] = nodes.count  // the index `compile` gives it, known before recursing into it
            return .node(compile(target))
        }
    }
}
