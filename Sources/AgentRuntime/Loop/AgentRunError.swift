/// Why an agent run failed. The ``description`` is what `runFailed` carries and is safe to show.
public enum AgentRunError: Error, Sendable, Hashable {
    /// The run needed more than `maxTurns` model calls.
    case maxTurnsExceeded(Int)
    /// The model call failed.
    case model(ModelError)
    /// The model client threw something other than a ``ModelError`` (a client bug).
    case modelClient(String)
}

extension AgentRunError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .maxTurnsExceeded(let limit): "Max turns (\(limit)) exceeded"
        case .model(let error): error.description
        case .modelClient(let message): "The model client failed: \(message)"
        }
    }
}
