/// What one function call produced: the text returned to the model and how the call ended.
struct ToolCallResult: Sendable {
    var output: String
    var outcome: ToolOutcome

    /// The output the model receives for each way a call can end (``ToolFailure``'s wording).
    ///
    /// A throwing tool's error text is included (the Python SDK since 0.24 hides it behind
    /// "An error occurred while running the tool. Please try again."). Our tools throw typed
    /// errors written to say exactly what went wrong without secrets, and that text is what lets
    /// the model fix its arguments or explain the problem instead of blindly retrying.
    init(_ invocation: ToolInvocation) {
        switch invocation {
        case .succeeded(let output):
            self.init(output: output.text, outcome: .succeeded)
        case .failed(let failure):
            let outcome: ToolOutcome = switch failure {
            case .unknownTool: .unknownTool
            case .invalidArguments(_, let message): .invalidArguments(message)
            case .failed(_, let message): .failed(message)
            }
            self.init(output: failure.description, outcome: outcome)
        }
    }

    init(output: String, outcome: ToolOutcome) {
        self.output = output
        self.outcome = outcome
    }

    /// The SDK's wording: `Tool 'slow' timed out after 0.2 seconds.`
    static func timedOut(toolName: String, after limit: Duration) -> ToolCallResult {
        ToolCallResult(
            output: "Tool '\(toolName)' timed out after \(limit.secondsText) seconds.",
            outcome: .timedOut(limit)
        )
    }

    static let cancelled = ToolCallResult(output: "The run was cancelled.", outcome: .cancelled)
}

extension Duration {
    /// Seconds without a trailing `.0` for whole numbers (`30`, `0.2`, `1.5`).
    var secondsText: String {
        let (seconds, attoseconds) = components
        if attoseconds == 0 { return String(seconds) }
        return String(Double(seconds) + Double(attoseconds) / 1e18)
    }
}
