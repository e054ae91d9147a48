/// A single-pass `Encoder` that writes compact JSON bytes straight into a buffer.
///
/// Foundation's `JSONEncoder` builds an intermediate tree for every value; for the many tiny frames of a
/// stream (text deltas) that dominates the cost. This writer relies on what every ChatKit type does:
/// values are encoded in order and each nested value is finished before its next sibling starts, which
/// lets it write directly. Output matches `ChatKitCoding.wireEncoder()` (compact, slashes unescaped,
/// non-ASCII raw) up to key order. Not `Sendable`: one per stream.
final class CompactJSONEncoder {
    fileprivate var bytes: [UInt8] = []

    init() {
        bytes.reserveCapacity(512)
    }

    /// Encodes `value` and returns its bytes appended to `prefix`, followed by `suffix`.
    func encode(_ value: some Encodable, prefix: [UInt8] = [], suffix: [UInt8] = []) throws -> [UInt8] {
        bytes.removeAll(keepingCapacity: true)
        bytes.append(contentsOf: prefix)
        let root = WriterState()
        try value.encode(to: CompactValueEncoder(encoder: self, state: root, codingPath: []))
        root.close(self)
        bytes.append(contentsOf: suffix)
        return bytes
    }

    fileprivate func writeString(_ string: String) {
        var string = string
        string.makeContiguousUTF8()
        let utf8 = string.utf8
        let needsEscaping = utf8.withContiguousStorageIfAvailable { buffer in
            buffer.contains { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 < 0x20 }
        } ?? true
        guard needsEscaping else {
            bytes.append(UInt8(ascii: "\""))
            bytes.append(contentsOf: utf8)
            bytes.append(UInt8(ascii: "\""))
            return
        }
        var escaped: [UInt8] = [UInt8(ascii: "\"")]
        escaped.reserveCapacity(utf8.count + 8)
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "\""): escaped += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): escaped += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case 0x0A: escaped += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0D: escaped += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0x09: escaped += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0x08: escaped += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
            case 0x0C: escaped += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                escaped += [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            default: escaped.append(byte)
            }
        }
        escaped.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: escaped)
    }

    fileprivate func writeRaw(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }
}

/// Tracks the container a value opened so siblings get commas and the container gets closed.
private final class WriterState {
    enum Kind { case none, object, array, single }
    var kind: Kind = .none
    var count = 0

    func open(_ kind: Kind, _ encoder: CompactJSONEncoder) {
        guard self.kind == .none else { return }  // a second container request continues the same one
        self.kind = kind
        switch kind {
        case .object: encoder.bytes.append(UInt8(ascii: "{"))
        case .array: encoder.bytes.append(UInt8(ascii: "["))
        default: break
        }
    }

    func separate(_ encoder: CompactJSONEncoder) {
        if count > 0 { encoder.bytes.append(UInt8(ascii: ",")) }
        count += 1
    }

    func close(_ encoder: CompactJSONEncoder) {
        switch kind {
        case .object: encoder.bytes.append(UInt8(ascii: "}"))
        case .array: encoder.bytes.append(UInt8(ascii: "]"))
        case .none: encoder.bytes.append(contentsOf: Array("{}".utf8))  // encoded nothing: an empty object
        case .single: break
        }
    }
}

private struct CompactValueEncoder: Encoder {
    let encoder: CompactJSONEncoder
    let state: WriterState
    let codingPath: [any CodingKey]
    /// Always the wire encoding: no storage flag.
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        state.open(.object, encoder)
        return KeyedEncodingContainer(CompactKeyedContainer<Key>(encoder: encoder, state: state, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        state.open(.array, encoder)
        return CompactUnkeyedContainer(encoder: encoder, state: state, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        state.open(.single, encoder)
        return CompactSingleContainer(encoder: encoder, codingPath: codingPath)
    }
}

/// Writes one value (primitive or nested) at the current position.
private func writeValue(_ value: some Encodable, _ encoder: CompactJSONEncoder, codingPath: [any CodingKey]) throws {
    switch value {
    case let string as String: encoder.writeString(string)
    case let bool as Bool: encoder.writeRaw(bool ? "true" : "false")
    case let int as Int: encoder.writeRaw(String(int))
    case let integer as any BinaryInteger: encoder.writeRaw("\(integer)")
    case let double as Double: try writeDouble(double, encoder, codingPath: codingPath)
    case let float as Float: try writeDouble(Double(float), encoder, codingPath: codingPath)
    default:
        let nested = WriterState()
        try value.encode(to: CompactValueEncoder(encoder: encoder, state: nested, codingPath: codingPath))
        nested.close(encoder)
    }
}

private func writeDouble(_ double: Double, _ encoder: CompactJSONEncoder, codingPath: [any CodingKey]) throws {
    guard double.isFinite else {
        throw EncodingError.invalidValue(double, .init(codingPath: codingPath, debugDescription: "JSON has no \(double)"))
    }
    if double == double.rounded(), abs(double) < 1e15 {
        encoder.writeRaw(String(Int64(double)))
    } else {
        encoder.writeRaw("\(double)")
    }
}

private struct CompactKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: CompactJSONEncoder
    let state: WriterState
    /// The path of the container (keys are not appended per value: paths only serve error messages).
    let codingPath: [any CodingKey]

    private func writeKey(_ key: Key) {
        state.separate(encoder)
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
    let state: WriterState
    let codingPath: [any CodingKey]
    var count: Int { state.count }

    mutating func encodeNil() throws {
        state.separate(encoder)
        encoder.writeRaw("null")
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        state.separate(encoder)
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
