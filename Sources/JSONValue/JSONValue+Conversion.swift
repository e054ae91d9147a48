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

    /// Decodes this value as a `Decodable` type, as `JSONDecoder` would decode its JSON text.
    public func decode<T: Decodable>(as type: T.Type = T.self) throws -> T {
        try JSONValueDecoder().decode(T.self, from: self)
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

    /// The ``jsonBytes()`` of an object whose members are partly `members` and partly `encoded`
    /// (JSON text written earlier), keys sorted across both. A part that every request repeats,
    /// such as the tool schemas, is then written once instead of on every request.
    public static func objectBytes(_ members: [String: JSONValue], encoded: [String: [UInt8]]) -> [UInt8] {
        var writer = JSONWriter(capacity: encoded.values.reduce(256) { $0 + $1.count })
        writer.writeObject(members, encoded: encoded)
        return writer.bytes
    }

    /// The JSON array of elements written earlier.
    public static func arrayBytes(_ encodedElements: [[UInt8]]) -> [UInt8] {
        var bytes: [UInt8] = [UInt8(ascii: "[")]
        bytes.reserveCapacity(encodedElements.reduce(2) { $0 + $1.count + 1 })
        for (index, element) in encodedElements.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(contentsOf: element)
        }
        bytes.append(UInt8(ascii: "]"))
        return bytes
    }
}
