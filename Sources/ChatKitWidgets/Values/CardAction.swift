/// A confirm or cancel button in a card's footer.
public struct CardAction: Sendable, Hashable, Codable {
    public var label: String
    public var action: ActionConfig

    public init(label: String, action: ActionConfig) {
        self.label = label
        self.action = action
    }
}
