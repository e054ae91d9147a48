/// A color that differs between the light and dark theme.
public struct ThemeColor: Sendable, Hashable, Codable {
    public var dark: String
    public var light: String

    public init(light: String, dark: String) {
        self.light = light
        self.dark = dark
    }
}
