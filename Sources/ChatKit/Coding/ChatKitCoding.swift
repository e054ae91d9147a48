import Foundation

/// Encoders, decoders and coding helpers shared by every ChatKit wire type.
///
/// Two encodings exist. The **wire** encoding (the default, used for anything sent to a client) strips
/// server-only data: `Attachment.metadata` is omitted and `ThreadMetadata.metadata` is written as `{}`.
/// The **storage** encoding keeps them; stores use it to persist records. Decoding is the same for both.
public enum ChatKitCoding {
    /// Set to `true` in an encoder's `userInfo` to keep server-only fields (see ``ChatKitCoding``).
    public static let storageKey = CodingUserInfoKey(rawValue: "chatkit.storage")!

    /// A compact encoder for bytes sent to clients.
    public static func wireEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return encoder
    }

    /// A compact encoder that keeps server-only fields, for stores.
    public static func storageEncoder() -> JSONEncoder {
        let encoder = wireEncoder()
        encoder.userInfo[storageKey] = true
        return encoder
    }

    /// The storage encoding of `value` as compact JSON bytes, written in one pass (stores encode every
    /// item a turn produces; Foundation's encoder builds a tree first). Decodes like ``storageEncoder()``'s output.
    public static func storageBytes(_ value: some Encodable) throws -> [UInt8] {
        try CompactJSONEncoder(storage: true).encode(value)
    }

    /// A decoder for both encodings.
    public static func decoder() -> JSONDecoder {
        JSONDecoder()
    }

    static func isStorage(_ encoder: any Encoder) -> Bool {
        encoder.userInfo[storageKey] as? Bool ?? false
    }
}

/// A coding key made from any string; used where a type writes its fields into a shared container.
struct AnyCodingKey: CodingKey, Hashable, ExpressibleByStringLiteral {
    let stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
    init(stringLiteral value: String) { self.stringValue = value }
}

extension KeyedEncodingContainer {
    /// Writes a timestamp in the ChatKit format (see ``ChatKitDate``).
    mutating func encodeTimestamp(_ date: Date, forKey key: Key) throws {
        try encode(ChatKitDate.string(from: date), forKey: key)
    }
}

extension KeyedDecodingContainer {
    /// Reads a timestamp in any format ``ChatKitDate`` accepts.
    func decodeTimestamp(forKey key: Key) throws -> Date {
        if let text = try? decode(String.self, forKey: key) {
            guard let date = ChatKitDate.date(from: text) else {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: self, debugDescription: "'\(text)' is not an ISO-8601 timestamp")
            }
            return date
        }
        if let number = try? decode(Double.self, forKey: key) {
            return ChatKitDate.date(fromEpoch: number)
        }
        throw DecodingError.typeMismatch(
            Date.self,
            .init(codingPath: codingPath + [key], debugDescription: "expected an ISO-8601 timestamp or epoch number"))
    }

    /// Reads a value that has a default when the key is absent or `null`.
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key, default defaultValue: @autoclosure () -> T) throws -> T {
        try decodeIfPresent(type, forKey: key) ?? defaultValue()
    }

    /// Reads the `type` discriminator and fails with a message naming the allowed values.
    func decodeDiscriminator<T: RawRepresentable>(_ type: T.Type, forKey key: Key, typeName: String) throws -> T
    where T.RawValue == String {
        let raw = try decode(String.self, forKey: key)
        guard let value = T(rawValue: raw) else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: self, debugDescription: "unknown \(typeName) type '\(raw)'")
        }
        return value
    }
}
