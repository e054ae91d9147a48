import AgentRuntime
import JSONValue

extension ToolInvocation {
    /// The output of a successful call; `nil` when it failed.
    public var output: ToolOutput? {
        if case .succeeded(let output) = self { output } else { nil }
    }
}

extension JSONValue {
    /// The element at `index` of an array; `nil` for other values or out of range.
    public subscript(index: Int) -> JSONValue? {
        guard let array = arrayValue, array.indices.contains(index) else { return nil }
        return array[index]
    }
}
