import Foundation

extension JSONValue {
    /// Encodes any `Encodable` value into a `JSONValue` tree.
    public init(encoding value: some Encodable) throws {
        self = try JSONValueEncoder().encode(value)
    }

    /// Parses UTF-8 JSON text (strict RFC 8259). Throws ``JSONParsingError``.
    public init(parsing data: some DataProtocol & ContiguousBytes) throws {
        self = try data.withUnsafeBytes { raw throws(JSONParsingError) in
            try JSONParser.parse(raw.bindMemory(to: UInt8.self))
        }
    }

    /// Parses UTF-8 JSON text (strict RFC 8259). Throws ``JSONParsingError``.
    public init(parsing text: String) throws {
        var text = text
        self = try text.withUTF8 { bytes throws(JSONParsingError) in try JSONParser.parse(bytes) }
    }

    /// Decodes this value as a `Decodable` type.
    public func decode<T: Decodable>(as type: T.Type = T.self) throws -> T {
        try JSONDecoder().decode(T.self, from: JSONEncoder().encode(self))
    }

    /// Compact JSON text with sorted keys: deterministic, so it can be compared and hashed.
    public func jsonString() -> String {
        String(decoding: jsonBytes(), as: UTF8.self)
    }

    /// ``jsonString()`` as UTF-8 bytes, for request bodies.
    public func jsonBytes() -> [UInt8] {
        var writer = JSONWriter()
        writer.write(self)
        return writer.bytes
    }
}
