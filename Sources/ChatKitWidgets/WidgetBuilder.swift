/// Builds the children of a widget container from a block of components, `if`s and `for`s.
///
/// ```swift
/// Card {
///     Title(value: "Tonight")
///     for game in games { Text(value: game.matchup) }
/// }
/// ```
@resultBuilder
public enum WidgetBuilder {
    public static func buildExpression(_ component: some WidgetComponentConvertible) -> [WidgetComponent] {
        [component.widgetComponent]
    }

    public static func buildExpression(_ components: [WidgetComponent]) -> [WidgetComponent] {
        components
    }

    public static func buildBlock(_ parts: [WidgetComponent]...) -> [WidgetComponent] {
        parts.flatMap { $0 }
    }

    public static func buildOptional(_ part: [WidgetComponent]?) -> [WidgetComponent] {
        part ?? []
    }

    public static func buildEither(first part: [WidgetComponent]) -> [WidgetComponent] {
        part
    }

    public static func buildEither(second part: [WidgetComponent]) -> [WidgetComponent] {
        part
    }

    public static func buildArray(_ parts: [[WidgetComponent]]) -> [WidgetComponent] {
        parts.flatMap { $0 }
    }
}
