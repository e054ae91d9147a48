/// Whether a thread accepts new input. `locked` and `closed` only change the client UI; the server
/// does not enforce them (integrators decide).
public enum ThreadStatus: Sendable, Hashable, Codable {
    case active
    case locked(reason: String?)
    case closed(reason: String?)

    private enum CodingKeys: String, CodingKey { case type, reason }
    private enum Kind: String { case active, locked, closed }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let reason = try container.decodeIfPresent(String.self, forKey: .reason)
        switch try container.decodeDiscriminator(Kind.self, forKey: .type, typeName: "thread status") {
        case .active: self = .active
        case .locked: self = .locked(reason: reason)
        case .closed: self = .closed(reason: reason)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .active:
            try container.encode("active", forKey: .type)
        case .locked(let reason):
            try container.encode("locked", forKey: .type)
            try container.encodeIfPresent(reason, forKey: .reason)
        case .closed(let reason):
            try container.encode("closed", forKey: .type)
            try container.encodeIfPresent(reason, forKey: .reason)
        }
    }
}
