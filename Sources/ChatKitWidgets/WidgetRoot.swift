/// A complete widget as stored in a widget thread item and sent to the client.
///
/// `indirect`: a root's component tree is shared, not copied, and the enum is one pointer wide, so
/// the items, events and updates that carry a widget (and every async frame holding one across
/// an `await`) stay small.
public indirect enum WidgetRoot: Sendable, Hashable {
    case card(Card)
    case listView(ListView)
    case basic(BasicRoot)
}

extension WidgetRoot: Codable {
    private enum CodingKeys: String, CodingKey { case type }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let type = try container.decode(String.self, forKey: .type)
        switch type {
        case Card.wireType: self = .card(try Card(from: decoder))
        case ListView.wireType: self = .listView(try ListView(from: decoder))
        case BasicRoot.wireType: self = .basic(try BasicRoot(from: decoder))
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .type, in: container, debugDescription: "'\(type)' cannot be a widget root; expected Card, ListView or Basic"
            )
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .card(let card): try card.encode(to: encoder)
        case .listView(let list): try list.encode(to: encoder)
        case .basic(let basic): try basic.encode(to: encoder)
        }
    }
}
