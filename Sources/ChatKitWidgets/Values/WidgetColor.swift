/// A color prop: a token (`"secondary"`, `"red-100"`), any CSS color, or a per-theme pair.
public enum WidgetColor: Sendable, Hashable {
    case named(String)
    case themed(ThemeColor)

    /// A color that follows the light/dark theme.
    public static func theme(light: String, dark: String) -> WidgetColor {
        .themed(ThemeColor(light: light, dark: dark))
    }
}

extension WidgetColor: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self = .named(value) }
}

extension WidgetColor: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let name = try? container.decode(String.self) {
            self = .named(name)
        } else {
            self = .themed(try container.decode(ThemeColor.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .named(let name): try container.encode(name)
        case .themed(let color): try container.encode(color)
        }
    }
}
