// Design tokens shared by several widget components. Raw values are the wire literals of
// `chatkit/widgets.py`; sizes that start with a digit are spelled out (`2xl` is `.twoXL`).

/// Forces the light or dark theme for a subtree.
public enum ThemeMode: String, Sendable, Hashable, Codable, CaseIterable {
    case light, dark
}

/// Corner radius.
public enum RadiusValue: String, Sendable, Hashable, Codable, CaseIterable {
    case twoXS = "2xs", xs, sm, md, lg, xl, twoXL = "2xl", threeXL = "3xl", fourXL = "4xl", full
    case hundredPercent = "100%"
    /// Square corners (`"none"`).
    case zero = "none"
}

/// Horizontal text alignment.
public enum TextAlign: String, Sendable, Hashable, Codable, CaseIterable {
    case start, center, end
}

/// Body text size (`Text`, `Label`).
public enum TextSize: String, Sendable, Hashable, Codable, CaseIterable {
    case xs, sm, md, lg, xl
}

/// Icon size (`Icon`).
public enum IconSize: String, Sendable, Hashable, Codable, CaseIterable {
    case xs, sm, md, lg, xl, twoXL = "2xl", threeXL = "3xl"
}

/// Font weight.
public enum FontWeight: String, Sendable, Hashable, Codable, CaseIterable {
    case normal, medium, semibold, bold
}

/// Cross-axis alignment of flex children.
public enum Alignment: String, Sendable, Hashable, Codable, CaseIterable {
    case start, center, end, baseline, stretch
}

/// Main-axis distribution of flex children.
public enum Justification: String, Sendable, Hashable, Codable, CaseIterable {
    case start, center, end, between, around, evenly, stretch
}

/// Wrapping of flex children.
public enum FlexWrap: String, Sendable, Hashable, Codable, CaseIterable {
    case nowrap, wrap, wrapReverse = "wrap-reverse"
}

/// Layout direction; the client knows only rows and columns.
public enum FlexDirection: String, Sendable, Hashable, Codable, CaseIterable {
    case row, col
}

/// Style of buttons, selects and date pickers.
public enum ControlVariant: String, Sendable, Hashable, Codable, CaseIterable {
    case solid, soft, outline, ghost
}

/// Size of buttons and form controls.
public enum ControlSize: String, Sendable, Hashable, Codable, CaseIterable {
    case threeXS = "3xs", twoXS = "2xs", xs, sm, md, lg, xl, twoXL = "2xl", threeXL = "3xl"
}

/// Style of text inputs (`Input`, `Textarea`).
public enum FieldVariant: String, Sendable, Hashable, Codable, CaseIterable {
    case soft, outline
}

/// Padding at the edges of a text input; overrides the one implied by `size`.
public enum GutterSize: String, Sendable, Hashable, Codable, CaseIterable {
    case twoXS = "2xs", xs, sm, md, lg, xl
}
