import JSONValue

/// A single-pass `Encoder` that writes compact JSON bytes straight into a buffer.
///
/// Foundation's `JSONEncoder` builds an intermediate tree for every value; for the many tiny frames of a
/// stream (text deltas) that dominates the cost. This writer relies on what every ChatKit type does:
/// values are encoded in order and each nested value is finished before its next sibling starts, which
/// lets it write directly. Output matches `ChatKitCoding.wireEncoder()` (compact, slashes unescaped,
/// non-ASCII raw) up to key order; with `storage` set, it matches `ChatKitCoding.storageEncoder()`
/// instead. Not `Sendable`: one per stream.
final class CompactJSONEncoder {
    /// Unchecked: only this encoder's own (non-reentrant) writes touch it, one at a time, and the
    /// runtime check on every append was a tenth of the cost of a widget.
    @exclusivity(unchecked) fileprivate var bytes: [UInt8] = []
    /// One entry per value being written, innermost last.
    @exclusivity(unchecked) fileprivate var states: [WriterState] = []
    fileprivate let userInfo: [CodingUserInfoKey: Any]

    init(storage: Bool = false) {
        bytes.reserveCapacity(512)
        userInfo = storage ? [ChatKitCoding.storageKey: true] : [:]
    }

    /// Encodes `value` and returns its bytes appended to `prefix`, followed by `suffix`.
    func encode(_ value: some Encodable, prefix: [UInt8] = [], suffix: [UInt8] = []) throws -> [UInt8] {
        try encodeValue(value, prefix: prefix, suffix: suffix)
    }

    private func encodeValue<Value: Encodable>(_ value: Value, prefix: [UInt8], suffix: [UInt8]) throws -> [UInt8] {
        bytes.removeAll(keepingCapacity: true)
        bytes.append(contentsOf: prefix)
        states.removeAll(keepingCapacity: true)
        try writeValue(value, self, codingPath: [])
        bytes.append(contentsOf: suffix)
        return bytes
    }

    /// Encodes a stream event like ``encode(_:prefix:suffix:)``, writing a text delta (most of a stream's
    /// frames) directly instead of through the containers; the bytes are the same.
    func encode(_ event: ThreadStreamEvent, prefix: [UInt8] = [], suffix: [UInt8] = []) throws -> [UInt8] {
        guard case .itemUpdated(let itemID, .contentPartTextDelta(let contentIndex, let delta)) = event else {
            return try encodeValue(event, prefix: prefix, suffix: suffix)
        }
        bytes.removeAll(keepingCapacity: true)
        bytes.append(contentsOf: prefix)
        bytes.append(contentsOf: #"{"type":"thread.item.updated","item_id":"#.utf8)
        bytes.appendJSONString(itemID)
        bytes.append(contentsOf: #","update":{"type":"assistant_message.content_part.text_delta","content_index":"#.utf8)
        bytes.append(contentsOf: String(contentIndex).utf8)
        bytes.append(contentsOf: #","delta":"#.utf8)
        bytes.appendJSONString(delta)
        bytes.append(contentsOf: "}}".utf8)
        bytes.append(contentsOf: suffix)
        return bytes
    }

    fileprivate func writeString(_ string: String) {
        bytes.appendJSONString(string)
    }

    fileprivate func writeRaw(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }
}

/// How far the value at one nesting level has got: which container it opened and how many members it
/// wrote (for commas). Kept on the encoder's stack rather than allocated per value.
private struct WriterState {
    enum Kind { case none, object, array, single }
    var kind: Kind = .none
    var count = 0
}

extension CompactJSONEncoder {
    /// Starts a nested value one level deeper; its state lives at the returned depth until ``close(_:)``.
    fileprivate func push() -> Int {
        states.append(WriterState())
        return states.count - 1
    }

    /// Opens the container the value at `depth` asked for (a second request continues the same one).
    fileprivate func open(_ kind: WriterState.Kind, at depth: Int) {
        guard states[depth].kind == .none else { return }
        states[depth].kind = kind
        switch kind {
        case .object: bytes.append(UInt8(ascii: "{"))
        case .array: bytes.append(UInt8(ascii: "["))
        default: break
        }
    }

    /// Writes the comma before every member of the container at `depth` but the first.
    fileprivate func separate(at depth: Int) {
        if states[depth].count > 0 { bytes.append(UInt8(ascii: ",")) }
        states[depth].count += 1
    }

    fileprivate func count(at depth: Int) -> Int { states[depth].count }

    /// Closes the value at `depth` (the innermost one) and pops it.
    fileprivate func close(_ depth: Int) {
        switch states[depth].kind {
        case .object: bytes.append(UInt8(ascii: "}"))
        case .array: bytes.append(UInt8(ascii: "]"))
        case .none: bytes.append(contentsOf: [UInt8(ascii: "{"), UInt8(ascii: "}")])  // encoded nothing: an empty object
        case .single: break
        }
        states.removeLast()
    }
}

private struct CompactValueEncoder: Encoder {
    let encoder: CompactJSONEncoder
    let depth: Int
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { encoder.userInfo }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        encoder.open(.object, at: depth)
        return KeyedEncodingContainer(CompactKeyedContainer<Key>(encoder: encoder, depth: depth, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        encoder.open(.array, at: depth)
        return CompactUnkeyedContainer(encoder: encoder, depth: depth, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        encoder.open(.single, at: depth)
        return CompactSingleContainer(encoder: encoder, codingPath: codingPath)
    }
}

/// Writes one value (primitive or nested) at the current position. Primitives are recognised by
/// comparing metadata (cheap) rather than by dynamic casts, which dominated the cost of large widgets.
private func writeValue<T: Encodable>(_ value: T, _ encoder: CompactJSONEncoder, codingPath: [any CodingKey]) throws {
    if T.self == String.self {
        encoder.writeString(value as! String)
    } else if T.self == Int.self {
        encoder.writeRaw(String(value as! Int))
    } else if T.self == Bool.self {
        encoder.writeRaw((value as! Bool) ? "true" : "false")
    } else if T.self == Double.self {
        try writeDouble(value as! Double, encoder, codingPath: codingPath)
    } else if T.self == Float.self {
        try writeDouble(Double(value as! Float), encoder, codingPath: codingPath)
    } else if T.self == EncodedWidget.self {
        let widget = value as! EncodedWidget
        if let encoded = widget.cache.encoded {
            encoder.bytes.append(contentsOf: encoded)
        } else {
            let start = encoder.bytes.count
            try writeValue(widget.root, encoder, codingPath: codingPath)
            widget.cache.remember(encoder.bytes[start...])
        }
    } else if CompactJSONEncoder.otherIntegerTypes.contains(where: { $0 == T.self }) {
        encoder.writeRaw("\(value)")
    } else {
        let depth = encoder.push()
        try value.encode(to: CompactValueEncoder(encoder: encoder, depth: depth, codingPath: codingPath))
        encoder.close(depth)
    }
}

extension CompactJSONEncoder {
    /// Integer types other than `Int`, written with their description.
    fileprivate static let otherIntegerTypes: [any Any.Type] = [
        Int8.self, Int16.self, Int32.self, Int64.self, UInt.self, UInt8.self, UInt16.self, UInt32.self, UInt64.self,
    ]
}

private func writeDouble(_ double: Double, _ encoder: CompactJSONEncoder, codingPath: [any CodingKey]) throws {
    guard double.isFinite else {
        throw EncodingError.invalidValue(double, .init(codingPath: codingPath, debugDescription: "JSON has no \(double)"))
    }
    encoder.bytes.appendJSONNumber(double)
}

private struct CompactKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: CompactJSONEncoder
    let depth: Int
    /// The path of the container (keys are not appended per value: paths only serve error messages).
    let codingPath: [any CodingKey]

    private func writeKey(_ key: Key) {
        encoder.separate(at: depth)
        encoder.writeString(key.stringValue)
        encoder.bytes.append(UInt8(ascii: ":"))
    }

    mutating func encodeNil(forKey key: Key) throws {
        writeKey(key)
        encoder.writeRaw("null")
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        writeKey(key)
        try writeValue(value, encoder, codingPath: codingPath)
    }

    mutating func encode(_ value: String, forKey key: Key) throws {
        writeKey(key)
        encoder.writeString(value)
    }

    mutating func encode(_ value: Int, forKey key: Key) throws {
        writeKey(key)
        encoder.writeRaw(String(value))
    }

    mutating func encode(_ value: Bool, forKey key: Key) throws {
        writeKey(key)
        encoder.writeRaw(value ? "true" : "false")
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        preconditionFailure("CompactJSONEncoder does not support nested containers")
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        preconditionFailure("CompactJSONEncoder does not support nested containers")
    }

    mutating func superEncoder() -> any Encoder {
        preconditionFailure("CompactJSONEncoder does not support super encoders")
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        preconditionFailure("CompactJSONEncoder does not support super encoders")
    }
}

private struct CompactUnkeyedContainer: UnkeyedEncodingContainer {
    let encoder: CompactJSONEncoder
    let depth: Int
    let codingPath: [any CodingKey]
    var count: Int { encoder.count(at: depth) }

    mutating func encodeNil() throws {
        encoder.separate(at: depth)
        encoder.writeRaw("null")
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        encoder.separate(at: depth)
        try writeValue(value, encoder, codingPath: codingPath)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        preconditionFailure("CompactJSONEncoder does not support nested containers")
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        preconditionFailure("CompactJSONEncoder does not support nested containers")
    }

    mutating func superEncoder() -> any Encoder {
        preconditionFailure("CompactJSONEncoder does not support super encoders")
    }
}

private struct CompactSingleContainer: SingleValueEncodingContainer {
    let encoder: CompactJSONEncoder
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws { encoder.writeRaw("null") }

    mutating func encode(_ value: String) throws { encoder.writeString(value) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try writeValue(value, encoder, codingPath: codingPath)
    }
}
