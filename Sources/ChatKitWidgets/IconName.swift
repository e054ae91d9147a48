/// An icon the ChatKit client can draw.
///
/// The client rejects any name outside its built-in set, so names are an enum: a typo
/// does not compile. Custom icons go through the `vendor:` and `lucide:` namespaces.
public enum IconName: Sendable, Hashable {
    case builtIn(BuiltIn)
    /// An icon from a vendor set the client was configured with (`vendor:<name>`).
    case vendor(String)
    /// A Lucide icon (`lucide:<name>`).
    case lucide(String)

    /// The 64 icon names ChatKit 1.6.5 draws without configuration.
    public enum BuiltIn: String, Sendable, Hashable, CaseIterable, Codable {
        case agent
        case analytics
        case atom
        case batch
        case bolt
        case bookOpen = "book-open"
        case bookClosed = "book-closed"
        case bookClock = "book-clock"
        case bug
        case calendar
        case chart
        case check
        case checkCircle = "check-circle"
        case checkCircleFilled = "check-circle-filled"
        case chevronLeft = "chevron-left"
        case chevronRight = "chevron-right"
        case circleQuestion = "circle-question"
        case clock
        case compass
        case confetti
        case cube
        case desktop
        case document
        case dot
        case dotsHorizontal = "dots-horizontal"
        case dotsVertical = "dots-vertical"
        case emptyCircle = "empty-circle"
        case externalLink = "external-link"
        case globe
        case keys
        case lab
        case images
        case info
        case lifesaver
        case lightbulb
        case mail
        case mapPin = "map-pin"
        case maps
        case mobile
        case name
        case notebook
        case notebookPencil = "notebook-pencil"
        case pageBlank = "page-blank"
        case phone
        case play
        case plus
        case profile
        case profileCard = "profile-card"
        case reload
        case star
        case starFilled = "star-filled"
        case search
        case sparkle
        case sparkleDouble = "sparkle-double"
        case squareCode = "square-code"
        case squareImage = "square-image"
        case squareText = "square-text"
        case suitcase
        case settingsSlider = "settings-slider"
        case user
        case wreath
        case write
        case writeAlt = "write-alt"
        case writeAlt2 = "write-alt2"
    }

    /// The name as it appears on the wire.
    public var rawValue: String {
        switch self {
        case .builtIn(let icon): icon.rawValue
        case .vendor(let name): "vendor:" + name
        case .lucide(let name): "lucide:" + name
        }
    }

    /// Parses a wire name; `nil` for names the client would reject.
    public init?(rawValue: String) {
        if let icon = BuiltIn(rawValue: rawValue) {
            self = .builtIn(icon)
        } else if rawValue.hasPrefix("vendor:"), rawValue.count > 7 {
            self = .vendor(String(rawValue.dropFirst(7)))
        } else if rawValue.hasPrefix("lucide:"), rawValue.count > 7 {
            self = .lucide(String(rawValue.dropFirst(7)))
        } else {
            return nil
        }
    }
}

extension IconName: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let raw = try container.decode(String.self)
        guard let icon = IconName(rawValue: raw) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "Unknown icon name '\(raw)'")
        }
        self = icon
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

extension IconName {
    public static let agent: IconName = .builtIn(.agent)
    public static let analytics: IconName = .builtIn(.analytics)
    public static let atom: IconName = .builtIn(.atom)
    public static let batch: IconName = .builtIn(.batch)
    public static let bolt: IconName = .builtIn(.bolt)
    public static let bookOpen: IconName = .builtIn(.bookOpen)
    public static let bookClosed: IconName = .builtIn(.bookClosed)
    public static let bookClock: IconName = .builtIn(.bookClock)
    public static let bug: IconName = .builtIn(.bug)
    public static let calendar: IconName = .builtIn(.calendar)
    public static let chart: IconName = .builtIn(.chart)
    public static let check: IconName = .builtIn(.check)
    public static let checkCircle: IconName = .builtIn(.checkCircle)
    public static let checkCircleFilled: IconName = .builtIn(.checkCircleFilled)
    public static let chevronLeft: IconName = .builtIn(.chevronLeft)
    public static let chevronRight: IconName = .builtIn(.chevronRight)
    public static let circleQuestion: IconName = .builtIn(.circleQuestion)
    public static let clock: IconName = .builtIn(.clock)
    public static let compass: IconName = .builtIn(.compass)
    public static let confetti: IconName = .builtIn(.confetti)
    public static let cube: IconName = .builtIn(.cube)
    public static let desktop: IconName = .builtIn(.desktop)
    public static let document: IconName = .builtIn(.document)
    public static let dot: IconName = .builtIn(.dot)
    public static let dotsHorizontal: IconName = .builtIn(.dotsHorizontal)
    public static let dotsVertical: IconName = .builtIn(.dotsVertical)
    public static let emptyCircle: IconName = .builtIn(.emptyCircle)
    public static let externalLink: IconName = .builtIn(.externalLink)
    public static let globe: IconName = .builtIn(.globe)
    public static let keys: IconName = .builtIn(.keys)
    public static let lab: IconName = .builtIn(.lab)
    public static let images: IconName = .builtIn(.images)
    public static let info: IconName = .builtIn(.info)
    public static let lifesaver: IconName = .builtIn(.lifesaver)
    public static let lightbulb: IconName = .builtIn(.lightbulb)
    public static let mail: IconName = .builtIn(.mail)
    public static let mapPin: IconName = .builtIn(.mapPin)
    public static let maps: IconName = .builtIn(.maps)
    public static let mobile: IconName = .builtIn(.mobile)
    public static let name: IconName = .builtIn(.name)
    public static let notebook: IconName = .builtIn(.notebook)
    public static let notebookPencil: IconName = .builtIn(.notebookPencil)
    public static let pageBlank: IconName = .builtIn(.pageBlank)
    public static let phone: IconName = .builtIn(.phone)
    public static let play: IconName = .builtIn(.play)
    public static let plus: IconName = .builtIn(.plus)
    public static let profile: IconName = .builtIn(.profile)
    public static let profileCard: IconName = .builtIn(.profileCard)
    public static let reload: IconName = .builtIn(.reload)
    public static let star: IconName = .builtIn(.star)
    public static let starFilled: IconName = .builtIn(.starFilled)
    public static let search: IconName = .builtIn(.search)
    public static let sparkle: IconName = .builtIn(.sparkle)
    public static let sparkleDouble: IconName = .builtIn(.sparkleDouble)
    public static let squareCode: IconName = .builtIn(.squareCode)
    public static let squareImage: IconName = .builtIn(.squareImage)
    public static let squareText: IconName = .builtIn(.squareText)
    public static let suitcase: IconName = .builtIn(.suitcase)
    public static let settingsSlider: IconName = .builtIn(.settingsSlider)
    public static let user: IconName = .builtIn(.user)
    public static let wreath: IconName = .builtIn(.wreath)
    public static let write: IconName = .builtIn(.write)
    public static let writeAlt: IconName = .builtIn(.writeAlt)
    public static let writeAlt2: IconName = .builtIn(.writeAlt2)
}
