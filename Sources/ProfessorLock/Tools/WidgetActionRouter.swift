import AgentRuntime

/// Finds the module that owns a widget action, by the namespace of its type (`"parlay.remove_leg"`).
public struct WidgetActionRouter: Sendable {
    private let handlers: [String: any WidgetActionHandler]

    /// Fails when two modules claim the same namespace.
    init(_ handlers: [any WidgetActionHandler]) throws {
        var byNamespace: [String: any WidgetActionHandler] = [:]
        for handler in handlers {
            guard byNamespace[handler.namespace] == nil else {
                throw ToolboxError.configuration("two tool modules handle the widget action namespace '\(handler.namespace)'")
            }
            byNamespace[handler.namespace] = handler
        }
        self.handlers = byNamespace
    }

    /// The handler for `action`, or `nil` when no module owns its namespace.
    public func handler(for action: WidgetAction) -> (any WidgetActionHandler)? {
        action.namespace.flatMap { handlers[$0] }
    }

    /// The namespaces that have a handler, sorted (for error messages and `/health`).
    public var namespaces: [String] { handlers.keys.sorted() }
}
