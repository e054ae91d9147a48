/// A widget node type with a fixed `type` discriminator on the wire.
protocol WidgetNode {
    /// The `type` string ChatKit uses for this node, e.g. `"Text"`.
    static var wireType: String { get }
}

/// Stored in every node so the synthesized `Codable` writes `"type"` and rejects a mismatching one.
///
/// It has no state: every tag of one node type is equal, so it never affects `Hashable`.
struct WidgetTypeTag<Node: WidgetNode>: Sendable, Hashable, Codable {
    init() {}

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let found = try container.decode(String.self)
        guard found == Node.wireType else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "Expected a \(Node.wireType) widget node, found type '\(found)'"
            )
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(Node.wireType)
    }
}
