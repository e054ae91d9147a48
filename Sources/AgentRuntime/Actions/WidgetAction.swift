import ChatKitWidgets
import JSONValue

/// A button press or form submit on a widget a tool showed, routed back to the module that owns it.
///
/// Action types are namespaced `"<namespace>.<name>"` (`"parlay.remove_leg"`), so the app can
/// route them to the owning module without knowing any module. The payload comes from the
/// browser and is untrusted: decode it with ``decodePayload(as:)``, which validates it against
/// the schema generated from the Swift type exactly like tool arguments.
public struct WidgetAction: Sendable, Hashable {
    /// The full action type, e.g. `"parlay.remove_leg"`.
    public var type: String
    public var payload: JSONValue?

    public init(type: String, payload: JSONValue? = nil) {
        self.type = type
        self.payload = payload
    }

    /// The part before the first `.` (`"parlay"`); `nil` when the type has no namespace.
    public var namespace: String? {
        guard let dot = type.firstIndex(of: "."), dot != type.startIndex else { return nil }
        return String(type[..<dot])
    }

    /// The part after the namespace (`"remove_leg"`).
    public var name: Substring {
        guard let dot = type.firstIndex(of: ".") else { return Substring(type) }
        return type[type.index(after: dot)...]
    }

    /// Validates and decodes the payload (a missing payload reads as `{}`).
    /// Throws ``ToolArgumentsError`` naming the offending field.
    public func decodePayload<Payload: SchemaDescribed>(as type: Payload.Type) throws -> Payload {
        let schema = try ToolSchema.parameters(for: Payload.self, toolName: self.type)
        let text = (payload ?? .object([:])).jsonString()
        return try ToolArgumentParser(schema: schema).parse(text, as: Payload.self)
    }
}

/// What handling an action changed.
public struct WidgetActionOutcome: Sendable, Hashable {
    /// The widget's new state, shown in place of the old one and persisted; `nil` leaves it as is.
    public var widget: WidgetRoot?
    /// Context for the model about what the user did (stored, never shown).
    public var hiddenContext: String?

    public init(widget: WidgetRoot? = nil, hiddenContext: String? = nil) {
        self.widget = widget
        self.hiddenContext = hiddenContext
    }
}

/// Handles the widget actions of one namespace.
public protocol WidgetActionHandler: Sendable {
    /// The namespace this handler owns (`"parlay"` handles `"parlay.*"`).
    var namespace: String { get }

    /// Handles one action on `widget` (the widget's current, stored state). Progress and new
    /// widgets go through `context` as in a tool call. Throw for invalid actions: the message
    /// is shown to the user.
    func handle(_ action: WidgetAction, widget: WidgetRoot, context: ToolContext) async throws -> WidgetActionOutcome
}
