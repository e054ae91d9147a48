/// One series of a `Chart`; the kind decides which options exist (only bars and areas stack,
/// only areas and lines have curves).
public enum ChartSeries: Sendable, Hashable {
    case bar(BarSeries)
    case area(AreaSeries)
    case line(LineSeries)
}

/// How an area or line connects its points.
public enum CurveType: String, Sendable, Hashable, Codable, CaseIterable {
    case basis, basisClosed, basisOpen, bumpX, bumpY, bump, linear, linearClosed, natural
    case monotoneX, monotoneY, monotone, step, stepBefore, stepAfter
}

/// Bars read from `dataKey`; series with the same `stack` id stack.
public struct BarSeries: Sendable, Hashable, Codable, WidgetNode {
    static let wireType = "bar"
    private var type = WidgetTypeTag<BarSeries>()
    /// Legend label; required by the client.
    public var label: String
    public var dataKey: String
    public var stack: String?
    public var color: WidgetColor?

    public init(label: String, dataKey: String, stack: String? = nil, color: WidgetColor? = nil) {
        self.label = label
        self.dataKey = dataKey
        self.stack = stack
        self.color = color
    }
}

/// A filled area read from `dataKey`; series with the same `stack` id stack.
public struct AreaSeries: Sendable, Hashable, Codable, WidgetNode {
    static let wireType = "area"
    private var type = WidgetTypeTag<AreaSeries>()
    /// Legend label; required by the client.
    public var label: String
    public var dataKey: String
    public var stack: String?
    public var color: WidgetColor?
    public var curveType: CurveType?

    public init(label: String, dataKey: String, stack: String? = nil, color: WidgetColor? = nil, curveType: CurveType? = nil) {
        self.label = label
        self.dataKey = dataKey
        self.stack = stack
        self.color = color
        self.curveType = curveType
    }
}

/// A line read from `dataKey`.
public struct LineSeries: Sendable, Hashable, Codable, WidgetNode {
    static let wireType = "line"
    private var type = WidgetTypeTag<LineSeries>()
    /// Legend label; required by the client.
    public var label: String
    public var dataKey: String
    public var color: WidgetColor?
    public var curveType: CurveType?

    public init(label: String, dataKey: String, color: WidgetColor? = nil, curveType: CurveType? = nil) {
        self.label = label
        self.dataKey = dataKey
        self.color = color
        self.curveType = curveType
    }
}

extension ChartSeries: Codable {
    private enum CodingKeys: String, CodingKey { case type }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let type = try container.decode(String.self, forKey: .type)
        switch type {
        case BarSeries.wireType: self = .bar(try BarSeries(from: decoder))
        case AreaSeries.wireType: self = .area(try AreaSeries(from: decoder))
        case LineSeries.wireType: self = .line(try LineSeries(from: decoder))
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .type, in: container, debugDescription: "Unknown chart series type '\(type)'"
            )
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .bar(let series): try series.encode(to: encoder)
        case .area(let series): try series.encode(to: encoder)
        case .line(let series): try series.encode(to: encoder)
        }
    }
}
