import JSONValue

/// The tools of one agent, with strict schemas generated and checked once at start-up.
///
/// The loop sends ``definitions`` (or the wire encodings) to the model and runs each function
/// call through ``invoke(name:arguments:context:)``, which validates the argument JSON against
/// the schema, decodes it into the tool's `Arguments`, calls the tool and encodes the output.
/// Timeouts and concurrency are the caller's business.
public struct ToolRegistry: Sendable {
    /// Definitions in registration order.
    public let definitions: [ToolDefinition]
    private let tools: [String: RegisteredTool]

    /// Fails on an invalid or duplicate name, or an arguments type with no strict schema
    /// (open dictionaries, `JSONValue`, non-String/Int enums, …), naming the tool and property.
    public init(_ tools: [any Tool]) throws(ToolRegistrationError) {
        var registered: [String: RegisteredTool] = [:]
        var definitions: [ToolDefinition] = []
        for tool in tools {
            let name = tool.name
            guard Self.isValidName(name) else { throw .invalidName(name) }
            guard registered[name] == nil else { throw .duplicateName(name) }
            let entry: RegisteredTool
            do {
                entry = try RegisteredTool(tool)
            } catch {
                throw .invalidSchema(tool: name, error)
            }
            registered[name] = entry
            definitions.append(entry.definition)
        }
        self.tools = registered
        self.definitions = definitions
    }

    /// The registered names, in registration order.
    public var names: [String] { definitions.map(\.name) }

    public func definition(named name: String) -> ToolDefinition? {
        tools[name]?.definition
    }

    /// `tools[]` for a Responses API request.
    public var responsesTools: [JSONValue] { definitions.map(\.responsesTool) }

    /// `tools[]` for a Chat Completions request.
    public var chatCompletionsTools: [JSONValue] { definitions.map(\.chatCompletionsTool) }

    /// Runs one model function call. `arguments` is the raw JSON text the model sent (empty
    /// means `{}`). Never throws: unknown names, bad arguments and tool errors come back as
    /// ``ToolInvocation/failed(_:)``.
    public func invoke(name: String, arguments: String, context: ToolContext) async -> ToolInvocation {
        guard let tool = tools[name] else { return .failed(.unknownTool(name: name)) }
        return await tool.invoke(arguments: arguments, context: context)
    }

    /// OpenAI's function-name rule: 1–64 of `[a-zA-Z0-9_-]`.
    static func isValidName(_ name: String) -> Bool {
        (1...64).contains(name.count)
            && name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-") }
    }
}

/// Why a set of tools cannot be registered.
public enum ToolRegistrationError: Error, Sendable, Hashable, CustomStringConvertible {
    case invalidName(String)
    case duplicateName(String)
    case invalidSchema(tool: String, ToolSchemaError)

    public var description: String {
        switch self {
        case .invalidName(let name):
            "tool name '\(name)' is invalid: use 1-64 characters from a-z, A-Z, 0-9, '_' and '-'"
        case .duplicateName(let name):
            "two tools are named '\(name)'"
        case .invalidSchema(let tool, let error):
            error.propertyPath.isEmpty
                ? "tool '\(tool)': arguments type \(error.typeName): \(error.reason)"
                : "tool '\(tool)': property '\(error.propertyPath)' of \(error.typeName): \(error.reason)"
        }
    }
}
