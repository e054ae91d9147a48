import Foundation

/// Encodes an `Encodable` value straight into a ``JSONValue`` tree, with `JSONEncoder`'s default
/// strategies (dates as their own `Codable` form, `URL` as its absolute string, `Decimal` as a number,
/// `Data` as Base64, non-finite numbers rejected). Tool outputs and widget action payloads become
/// values on every call; going through `JSONEncoder` and back through `JSONDecoder` cost far more.
struct JSONValueEncoder {
    func encode(_ value: some Encodable) throws -> JSONValue {
        let root = JSONNode()
        try root.store(value, codingPath: [])
        return root.resolved()
    }
}

/// One value under construction: nested containers are filled in place, so every container a type
/// asks for writes into the node its parent handed out.
private final class JSONNode {
    enum Content {
        case unset
        case value(JSONValue)
        case object([String: JSONNode])
        case array([JSONNode])
    }

    var content = Content.unset

    func resolved() -> JSONValue {
        switch content {
        case .unset: .object([:])  // encoded nothing, as JSONEncoder writes it
        case .value(let value): value
        case .object(let members): .object(members.mapValues { $0.resolved() })
        case .array(let elements): .array(elements.map { $0.resolved() })
        }
    }

    /// Encodes `value` into this node, special-casing what `JSONEncoder` special-cases.
    func store<T: Encodable>(_ value: T, codingPath: [any CodingKey]) throws {
        if let primitive = try Self.primitive(value, codingPath: codingPath) {
            content = .value(primitive)
        } else {
            try value.encode(to: NodeEncoder(node: self, codingPath: codingPath))
        }
    }

    func child(forKey key: String) -> JSONNode {
        var members: [String: JSONNode] = [:]
        if case .object(let existing) = content { members = existing }
        content = .unset  // the dictionary is now uniquely referenced: inserting does not copy it
        let node = members[key] ?? JSONNode()
        members[key] = node
        content = .object(members)
        return node
    }

    func appendChild() -> JSONNode {
        var elements: [JSONNode] = []
        if case .array(let existing) = content { elements = existing }
        content = .unset  // as above, for the array
        let node = JSONNode()
        elements.append(node)
        content = .array(elements)
        return node
    }

    func becomeObject() {
        if case .object = content { return }
        content = .object([:])
    }

    func becomeArray() {
        if case .array = content { return }
        content = .array([])
    }

    var count: Int {
        if case .array(let elements) = content { return elements.count }
        return 0
    }

    /// Recognised by comparing metadata, which is cheap, rather than by dynamic casts, which are not.
    private static func primitive<T: Encodable>(_ value: T, codingPath: [any CodingKey]) throws -> JSONValue? {
        if T.self == String.self { return .string(value as! String) }
        if T.self == Int.self { return .int(value as! Int) }
        if T.self == Bool.self { return .bool(value as! Bool) }
        if T.self == Double.self { return try number(value as! Double, codingPath: codingPath) }
        if T.self == JSONValue.self { return value as? JSONValue }
        if T.self == Float.self {
            let float = value as! Float
            return try number(Double(String(describing: float)) ?? Double(float), codingPath: codingPath)
        }
        if integerTypes.contains(where: { $0 == T.self }), let integer = value as? any BinaryInteger {
            return Int(exactly: integer).map(JSONValue.int) ?? .double(Double(integer))
        }
        if T.self == URL.self { return .string((value as! URL).absoluteString) }
        if T.self == Decimal.self {
            let text = (value as! Decimal).description
            return Int(text).map(JSONValue.int) ?? .double(Double(text) ?? 0)
        }
        if T.self == Data.self { return .string((value as! Data).base64EncodedString()) }
        return nil
    }

    private static let integerTypes: [any Any.Type] = [
        Int8.self, Int16.self, Int32.self, Int64.self, UInt.self, UInt8.self, UInt16.self, UInt32.self, UInt64.self,
    ]

    private static func number(_ double: Double, codingPath: [any CodingKey]) throws -> JSONValue {
        guard double.isFinite else {
            throw EncodingError.invalidValue(double, .init(codingPath: codingPath, debugDescription: "JSON has no \(double)"))
        }
        return .double(double)
    }
}

private struct NodeEncoder: Encoder {
    let node: JSONNode
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        node.becomeObject()
        return KeyedEncodingContainer(NodeKeyedContainer<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        node.becomeArray()
        return NodeUnkeyedContainer(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        NodeSingleContainer(node: node, codingPath: codingPath)
    }
}

private struct NodeKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: JSONNode
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws {
        node.child(forKey: key.stringValue).content = .value(.null)
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try node.child(forKey: key.stringValue).store(value, codingPath: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        NodeEncoder(node: node.child(forKey: key.stringValue), codingPath: codingPath + [key]).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        NodeEncoder(node: node.child(forKey: key.stringValue), codingPath: codingPath + [key]).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        NodeEncoder(node: node.child(forKey: "super"), codingPath: codingPath)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        NodeEncoder(node: node.child(forKey: key.stringValue), codingPath: codingPath + [key])
    }
}

private struct NodeUnkeyedContainer: UnkeyedEncodingContainer {
    let node: JSONNode
    let codingPath: [any CodingKey]
    var count: Int { node.count }

    mutating func encodeNil() throws {
        node.appendChild().content = .value(.null)
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try node.appendChild().store(value, codingPath: codingPath)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        NodeEncoder(node: node.appendChild(), codingPath: codingPath).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        NodeEncoder(node: node.appendChild(), codingPath: codingPath).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        NodeEncoder(node: node.appendChild(), codingPath: codingPath)
    }
}

private struct NodeSingleContainer: SingleValueEncodingContainer {
    let node: JSONNode
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws {
        node.content = .value(.null)
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try node.store(value, codingPath: codingPath)
    }
}
