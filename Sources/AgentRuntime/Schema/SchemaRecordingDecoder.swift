import JSONValue

/// What a type's `init(from:)` asked for while being walked.
final class ShapeRecording {
    enum Container { case keyed, unkeyed, single }

    enum Value {
        case fragment(JSONValue)
        case nested(ShapeRecording)
    }

    enum Shape {
        case object([(name: String, schema: JSONValue)])
        case inline(JSONValue)
    }

    private(set) var container: Container?
    private var properties: [(name: String, value: Value)] = []
    private(set) var items: Value?
    private var single: JSONValue?
    private var singleIsNullable = false
    var readsDynamicKeys = false
    private var conflict: String?

    func begin(_ container: Container) {
        if let current = self.container, current != container {
            conflict = "init(from:) uses both a \(current) and a \(container) container"
        }
        self.container = container
    }

    func addProperty(_ name: String, _ value: Value) {
        guard !properties.contains(where: { $0.name == name }) else { return }
        properties.append((name, value))
    }

    func addItems(_ value: Value) {
        if items == nil { items = value }
    }

    func setSingle(_ schema: JSONValue) {
        if single != nil { conflict = "init(from:) tries several types in one value, which a strict schema cannot describe" }
        single = schema
    }

    func markNullable() { singleIsNullable = true }

    /// The recorded shape; nested containers become inline object or array nodes.
    func shape(at path: String, using generator: SchemaGenerator) throws -> Shape {
        if let conflict { throw SchemaGenerationError(path, conflict) }
        if readsDynamicKeys {
            throw SchemaGenerationError(path, "init(from:) reads arbitrary keys (an open object), which a strict schema cannot describe")
        }
        switch container {
        case nil, .keyed?:
            return .object(try properties.map { ($0.name, try Self.schema(of: $0.value, at: SchemaGenerator.join(path, $0.name), using: generator)) })
        case .unkeyed?:
            guard let items else { throw SchemaGenerationError(path, "init(from:) reads an array but no element") }
            return .inline(["type": "array", "items": try Self.schema(of: items, at: path + "[]", using: generator)])
        case .single?:
            guard let single else { throw SchemaGenerationError(path, "init(from:) reads a single value but never decodes it") }
            return .inline(singleIsNullable ? ["anyOf": [single, ["type": "null"]]] : single)
        }
    }

    private static func schema(of value: Value, at path: String, using generator: SchemaGenerator) throws -> JSONValue {
        switch value {
        case .fragment(let schema):
            return schema
        case .nested(let recording):
            switch try recording.shape(at: path, using: generator) {
            case .inline(let node): return node
            case .object(let properties):
                return try generator.objectSchema(title: nil, description: nil, properties: properties, fields: [:], at: path)
            }
        }
    }
}

/// A `Decoder` that answers every request with a placeholder and records the requested types.
struct SchemaRecordingDecoder: Decoder {
    let generator: SchemaGenerator
    let recording: ShapeRecording
    let path: String

    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        recording.begin(.keyed)
        return KeyedDecodingContainer(RecordingKeyedContainer<Key>(generator: generator, recording: recording, path: path))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        recording.begin(.unkeyed)
        return RecordingUnkeyedContainer(generator: generator, recording: recording, path: path)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        recording.begin(.single)
        return RecordingSingleValueContainer(generator: generator, recording: recording, path: path)
    }
}

struct RecordingKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let generator: SchemaGenerator
    let recording: ShapeRecording
    let path: String

    var codingPath: [any CodingKey] { [] }

    var allKeys: [Key] {
        recording.readsDynamicKeys = true
        return []
    }

    func contains(_ key: Key) -> Bool { true }
    func decodeNil(forKey key: Key) throws -> Bool { false }

    private func childPath(_ key: Key) -> String { SchemaGenerator.join(path, key.stringValue) }

    private func decodeValue<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        let fragment = try generator.fragment(for: type, at: childPath(key))
        recording.addProperty(key.stringValue, .fragment(fragment))
        return try generator.placeholder(for: type, at: childPath(key))
    }

    private func decodeOptionalValue<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        let fragment = try generator.fragment(for: type, at: childPath(key))
        recording.addProperty(key.stringValue, .fragment(["anyOf": [fragment, ["type": "null"]]]))
        return nil
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try decodeValue(type, forKey: key) }
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? { try decodeOptionalValue(type, forKey: key) }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decodeValue(type, forKey: key) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try decodeValue(type, forKey: key) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decodeValue(type, forKey: key) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try decodeValue(type, forKey: key) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decodeValue(type, forKey: key) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try decodeValue(type, forKey: key) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try decodeValue(type, forKey: key) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try decodeValue(type, forKey: key) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try decodeValue(type, forKey: key) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try decodeValue(type, forKey: key) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try decodeValue(type, forKey: key) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try decodeValue(type, forKey: key) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try decodeValue(type, forKey: key) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try decodeValue(type, forKey: key) }
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try decodeOptionalValue(type, forKey: key) }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try decodeOptionalValue(type, forKey: key) }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try decodeOptionalValue(type, forKey: key) }
    func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? { try decodeOptionalValue(type, forKey: key) }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try decodeOptionalValue(type, forKey: key) }
    func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? { try decodeOptionalValue(type, forKey: key) }
    func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? { try decodeOptionalValue(type, forKey: key) }
    func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? { try decodeOptionalValue(type, forKey: key) }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? { try decodeOptionalValue(type, forKey: key) }
    func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? { try decodeOptionalValue(type, forKey: key) }
    func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? { try decodeOptionalValue(type, forKey: key) }
    func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? { try decodeOptionalValue(type, forKey: key) }
    func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? { try decodeOptionalValue(type, forKey: key) }
    func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? { try decodeOptionalValue(type, forKey: key) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try nestedDecoder(forKey: key.stringValue).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try nestedDecoder(forKey: key.stringValue).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { nestedDecoder(forKey: "super") }
    func superDecoder(forKey key: Key) throws -> any Decoder { nestedDecoder(forKey: key.stringValue) }

    private func nestedDecoder(forKey name: String) -> SchemaRecordingDecoder {
        let nested = ShapeRecording()
        recording.addProperty(name, .nested(nested))
        return SchemaRecordingDecoder(generator: generator, recording: nested, path: SchemaGenerator.join(path, name))
    }
}

struct RecordingUnkeyedContainer: UnkeyedDecodingContainer {
    let generator: SchemaGenerator
    let recording: ShapeRecording
    let path: String

    var codingPath: [any CodingKey] { [] }
    var count: Int? { nil }
    var isAtEnd: Bool { recording.items != nil }
    private(set) var currentIndex = 0

    init(generator: SchemaGenerator, recording: ShapeRecording, path: String) {
        self.generator = generator
        self.recording = recording
        self.path = path
    }

    mutating func decodeNil() throws -> Bool { false }

    private mutating func decodeElement<T: Decodable>(_ type: T.Type) throws -> T {
        let fragment = try generator.fragment(for: type, at: path + "[]")
        recording.addItems(.fragment(fragment))
        currentIndex += 1
        return try generator.placeholder(for: type, at: path + "[]")
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try decodeElement(type) }
    mutating func decode(_ type: Bool.Type) throws -> Bool { try decodeElement(type) }
    mutating func decode(_ type: String.Type) throws -> String { try decodeElement(type) }
    mutating func decode(_ type: Double.Type) throws -> Double { try decodeElement(type) }
    mutating func decode(_ type: Float.Type) throws -> Float { try decodeElement(type) }
    mutating func decode(_ type: Int.Type) throws -> Int { try decodeElement(type) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try decodeElement(type) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try decodeElement(type) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try decodeElement(type) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try decodeElement(type) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try decodeElement(type) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try decodeElement(type) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try decodeElement(type) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try decodeElement(type) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try decodeElement(type) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try nestedDecoder().container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try nestedDecoder().unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder { nestedDecoder() }

    private mutating func nestedDecoder() -> SchemaRecordingDecoder {
        let nested = ShapeRecording()
        recording.addItems(.nested(nested))
        currentIndex += 1
        return SchemaRecordingDecoder(generator: generator, recording: nested, path: path + "[]")
    }
}

struct RecordingSingleValueContainer: SingleValueDecodingContainer {
    let generator: SchemaGenerator
    let recording: ShapeRecording
    let path: String

    var codingPath: [any CodingKey] { [] }

    func decodeNil() -> Bool {
        recording.markNullable()
        return false
    }

    private func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
        recording.setSingle(try generator.fragment(for: type, at: path))
        return try generator.placeholder(for: type, at: path)
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T { try decodeValue(type) }
    func decode(_ type: Bool.Type) throws -> Bool { try decodeValue(type) }
    func decode(_ type: String.Type) throws -> String { try decodeValue(type) }
    func decode(_ type: Double.Type) throws -> Double { try decodeValue(type) }
    func decode(_ type: Float.Type) throws -> Float { try decodeValue(type) }
    func decode(_ type: Int.Type) throws -> Int { try decodeValue(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try decodeValue(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try decodeValue(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try decodeValue(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try decodeValue(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try decodeValue(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try decodeValue(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try decodeValue(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try decodeValue(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try decodeValue(type) }
}
