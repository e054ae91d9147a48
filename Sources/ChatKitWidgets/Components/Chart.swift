/// A bar, area or line chart over rows of `data`.
public struct Chart: Sendable, Hashable, Codable, WidgetNode {
    static let wireType = "Chart"
    private var type = WidgetTypeTag<Chart>()
    public var key: String?
    public var id: String?
    /// One row per x value; each series reads its `dataKey` from every row.
    public var data: [[String: NumberOrString]]
    public var series: [ChartSeries]
    public var xAxis: ChartXAxis
    public var showYAxis: Bool?
    public var showLegend: Bool?
    public var showTooltip: Bool?
    /// Gap between bars of one category, in px.
    public var barGap: Int?
    /// Gap between categories, in px.
    public var barCategoryGap: Int?
    public var flex: IntOrString?
    public var height: IntOrString?
    public var width: IntOrString?
    public var size: IntOrString?
    public var minHeight: IntOrString?
    public var minWidth: IntOrString?
    public var minSize: IntOrString?
    public var maxHeight: IntOrString?
    public var maxWidth: IntOrString?
    public var maxSize: IntOrString?
    public var aspectRatio: NumberOrString?

    public init(
        data: [[String: NumberOrString]],
        series: [ChartSeries],
        xAxis: ChartXAxis,
        id: String? = nil,
        key: String? = nil,
        showYAxis: Bool? = nil,
        showLegend: Bool? = nil,
        showTooltip: Bool? = nil,
        barGap: Int? = nil,
        barCategoryGap: Int? = nil,
        flex: IntOrString? = nil,
        height: IntOrString? = nil,
        width: IntOrString? = nil,
        size: IntOrString? = nil,
        minHeight: IntOrString? = nil,
        minWidth: IntOrString? = nil,
        minSize: IntOrString? = nil,
        maxHeight: IntOrString? = nil,
        maxWidth: IntOrString? = nil,
        maxSize: IntOrString? = nil,
        aspectRatio: NumberOrString? = nil
    ) {
        self.data = data
        self.series = series
        self.xAxis = xAxis
        self.id = id
        self.key = key
        self.showYAxis = showYAxis
        self.showLegend = showLegend
        self.showTooltip = showTooltip
        self.barGap = barGap
        self.barCategoryGap = barCategoryGap
        self.flex = flex
        self.height = height
        self.width = width
        self.size = size
        self.minHeight = minHeight
        self.minWidth = minWidth
        self.minSize = minSize
        self.maxHeight = maxHeight
        self.maxWidth = maxWidth
        self.maxSize = maxSize
        self.aspectRatio = aspectRatio
    }
}

/// The x axis of a `Chart`: the data key of its categories, or a full configuration.
public enum ChartXAxis: Sendable, Hashable {
    case dataKey(String)
    case config(Config)

    public struct Config: Sendable, Hashable, Codable {
        public var dataKey: String
        public var hide: Bool?
        /// Display labels by tick value.
        public var labels: [String: String]?

        public init(dataKey: String, hide: Bool? = nil, labels: [String: String]? = nil) {
            self.dataKey = dataKey
            self.hide = hide
            self.labels = labels
        }
    }
}

extension ChartXAxis: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self = .dataKey(value) }
}

extension ChartXAxis: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let key = try? container.decode(String.self) {
            self = .dataKey(key)
        } else {
            self = .config(try container.decode(Config.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .dataKey(let key): try container.encode(key)
        case .config(let config): try container.encode(config)
        }
    }
}
