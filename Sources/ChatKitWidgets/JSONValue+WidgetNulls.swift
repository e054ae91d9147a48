import JSONValue

extension JSONValue {
    /// This value as a serialized widget carries it: `null`s removed recursively from objects
    /// and arrays, except a `children` key, which is kept (`_drop_none` in `chatkit/widgets.py`).
    /// `nil` when the value itself is `null`.
    func droppingWidgetNulls() -> JSONValue? {
        switch self {
        case .null:
            return nil
        case .array(let elements):
            return .array(elements.compactMap { $0.droppingWidgetNulls() })
        case .object(let members):
            var kept: [String: JSONValue] = [:]
            for (key, value) in members {
                if let value = value.droppingWidgetNulls() {
                    kept[key] = value
                } else if key == "children" {
                    kept[key] = .null
                }
            }
            return .object(kept)
        default:
            return self
        }
    }
}
