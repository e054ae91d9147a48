/// Why a model call failed. Each case says what happened and carries what a person needs to act.
public enum ModelError: Error, Sendable, Hashable {
    /// The provider answered with an HTTP error (after retries where they apply).
    case httpStatus(status: Int, code: String?, message: String)
    /// The connection failed or timed out before a response arrived.
    case connection(String)
    /// The stream reported an error (`error` event, `response.failed`, `response.incomplete`,
    /// or a Chat Completions `{"error": …}` chunk).
    case streamFailed(code: String?, message: String)
    /// The stream was malformed or ended without a complete response
    /// (for example a tool call with no id or name, or no terminal event).
    case malformedStream(String)
}

extension ModelError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .httpStatus(let status, let code, let message):
            "Model request failed with HTTP \(status)\(code.map { " (\($0))" } ?? ""): \(message)"
        case .connection(let message):
            "Could not reach the model: \(message)"
        case .streamFailed(let code, let message):
            "Model stream failed\(code.map { " (\($0))" } ?? ""): \(message)"
        case .malformedStream(let message):
            "Model stream was malformed: \(message)"
        }
    }
}
