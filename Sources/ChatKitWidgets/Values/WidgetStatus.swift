/// The status header shown above a card or list (e.g. "Fetched from ESPN").
public struct WidgetStatus: Sendable, Hashable {
    /// What is drawn before the status text.
    public enum Leading: Sendable, Hashable {
        /// A favicon URL, optionally framed for contrast.
        case favicon(url: String, frame: Bool? = nil)
        case icon(IconName)
    }

    public var text: String
    public var leading: Leading?

    public init(text: String, leading: Leading? = nil) {
        self.text = text
        self.leading = leading
    }

    public init(text: String, icon: IconName) {
        self.init(text: text, leading: .icon(icon))
    }

    public init(text: String, favicon: String, frame: Bool? = nil) {
        self.init(text: text, leading: .favicon(url: favicon, frame: frame))
    }
}

extension WidgetStatus: Codable {
    private enum CodingKeys: String, CodingKey { case text, favicon, frame, icon }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        text = try container.decode(String.self, forKey: .text)
        if let favicon = try container.decodeIfPresent(String.self, forKey: .favicon) {
            leading = .favicon(url: favicon, frame: try container.decodeIfPresent(Bool.self, forKey: .frame))
        } else if let icon = try container.decodeIfPresent(IconName.self, forKey: .icon) {
            leading = .icon(icon)
        } else {
            leading = nil
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        switch leading {
        case .favicon(let url, let frame):
            try container.encode(url, forKey: .favicon)
            try container.encodeIfPresent(frame, forKey: .frame)
        case .icon(let icon):
            try container.encode(icon, forKey: .icon)
        case nil:
            break
        }
    }
}
