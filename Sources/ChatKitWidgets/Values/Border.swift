/// One border line.
public struct Border: Sendable, Hashable, Codable {
    public enum Style: String, Sendable, Hashable, Codable, CaseIterable {
        case solid, dashed, dotted, double, groove, ridge, inset, outset
    }

    /// Thickness in px.
    public var size: Int
    public var color: WidgetColor?
    public var style: Style?

    public init(size: Int, color: WidgetColor? = nil, style: Style? = nil) {
        self.size = size
        self.color = color
        self.style = style
    }
}

/// The border of one edge: a thickness in px or a full `Border`.
public enum BorderEdge: Sendable, Hashable {
    case width(Int)
    case border(Border)
}

extension BorderEdge: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) { self = .width(value) }
}

extension BorderEdge: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let width = try? container.decode(Int.self) {
            self = .width(width)
        } else {
            self = .border(try container.decode(Border.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .width(let width): try container.encode(width)
        case .border(let border): try container.encode(border)
        }
    }
}

/// Borders set per edge.
public struct Borders: Sendable, Hashable, Codable {
    public var top: BorderEdge?
    public var right: BorderEdge?
    public var bottom: BorderEdge?
    public var left: BorderEdge?
    /// Left and right together.
    public var x: BorderEdge?
    /// Top and bottom together.
    public var y: BorderEdge?

    public init(
        top: BorderEdge? = nil,
        right: BorderEdge? = nil,
        bottom: BorderEdge? = nil,
        left: BorderEdge? = nil,
        x: BorderEdge? = nil,
        y: BorderEdge? = nil
    ) {
        self.top = top
        self.right = right
        self.bottom = bottom
        self.left = left
        self.x = x
        self.y = y
    }
}

/// A container's `border` prop: a thickness in px, one border for all edges, or per-edge borders.
public enum BorderValue: Sendable, Hashable {
    case width(Int)
    case all(Border)
    case edges(Borders)
}

extension BorderValue: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) { self = .width(value) }
}

extension BorderValue: Codable {
    private enum ProbeKeys: String, CodingKey { case size }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let width = try? container.decode(Int.self) {
            self = .width(width)
        } else if (try? decoder.container(keyedBy: ProbeKeys.self).contains(.size)) == true {
            self = .all(try container.decode(Border.self))
        } else {
            self = .edges(try container.decode(Borders.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .width(let width): try container.encode(width)
        case .all(let border): try container.encode(border)
        case .edges(let borders): try container.encode(borders)
        }
    }
}
