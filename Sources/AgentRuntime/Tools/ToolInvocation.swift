import JSONValue

/// How one call through ``ToolRegistry/invoke(name:arguments:context:)`` ended. Never thrown:
/// every ending is something the loop turns into a `function_call_output` for the model.
public enum ToolInvocation: Sendable, Hashable {
    case succeeded(ToolOutput)
    case failed(ToolFailure)
}

/// A tool's result, both as the text the model receives and as JSON for the CLI and tests.
public struct ToolOutput: Sendable, Hashable {
    /// A `String` output verbatim; anything else as compact JSON with sorted keys.
    public var text: String
    /// The same output as a JSON value (`.string` for `String` outputs).
    public var value: JSONValue

    public init(text: String, value: JSONValue) {
        self.text = text
        self.value = value
    }
}

/// Why a tool call produced no output.
public enum ToolFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// The model called a name the registry does not have.
    case unknownTool(name: String)
    /// The arguments were not JSON, did not match the schema, or did not decode;
    /// the message names the field (`legs[1].odds: expected number or string, got null`).
    case invalidArguments(tool: String, message: String)
    /// The tool threw (or its output could not be encoded); the message describes the error.
    case failed(tool: String, message: String)

    public var description: String {
        switch self {
        case .unknownTool(let name): "Tool '\(name)' not found."
        case .invalidArguments(let tool, let message): "Invalid arguments for tool '\(tool)': \(message)"
        case .failed(let tool, let message): "Tool '\(tool)' failed: \(message)"
        }
    }
}
