/// Per-side padding or margin; unset sides keep the client default.
public struct Spacing: Sendable, Hashable, Codable {
    public var top: NumberOrString?
    public var right: NumberOrString?
    public var bottom: NumberOrString?
    public var left: NumberOrString?
    /// Left and right together.
    public var x: NumberOrString?
    /// Top and bottom together.
    public var y: NumberOrString?

    public init(
        top: NumberOrString? = nil,
        right: NumberOrString? = nil,
        bottom: NumberOrString? = nil,
        left: NumberOrString? = nil,
        x: NumberOrString? = nil,
        y: NumberOrString? = nil
    ) {
        self.top = top
        self.right = right
        self.bottom = bottom
        self.left = left
        self.x = x
        self.y = y
    }
}

/// A padding or margin prop: one value for every side, a CSS string, or per-side values.
public enum SpacingValue: Sendable, Hashable {
    case number(Double)
    case string(String)
    case sides(Spacing)
}

extension SpacingValue: ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral, ExpressibleByStringLiteral {
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(stringLiteral value: String) { self = .string(value) }
}

extension SpacingValue: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let string = try? container.decode(String.self) {
            self = .string(string)
        } else {
            self = .sides(try container.decode(Spacing.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .number(let number): try container.encode(NumberOrString.number(number))
        case .string(let string): try container.encode(string)
        case .sides(let spacing): try container.encode(spacing)
        }
    }
}
