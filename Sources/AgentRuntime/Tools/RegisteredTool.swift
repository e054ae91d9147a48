import Foundation
import JSONValue

/// A tool with its schema generated once and its types erased behind a closure that parses the
/// model's argument text, calls the tool and encodes the output.
struct RegisteredTool: Sendable {
    let definition: ToolDefinition
    private let run: @Sendable (String, ToolContext) async -> ToolInvocation

    init<T: Tool>(_ tool: T) throws(ToolSchemaError) {
        let name = tool.name
        let schema = try ToolSchema.parameters(for: T.Arguments.self, toolName: name)
        let parser = ToolArgumentParser(schema: schema)
        definition = ToolDefinition(name: name, description: tool.description, parameters: schema)
        run = { text, context in
            let arguments: T.Arguments
            do throws(ToolArgumentsError) {
                arguments = try parser.parse(text, as: T.Arguments.self)
            } catch {
                return .failed(.invalidArguments(tool: name, message: error.message))
            }
            let output: T.Output
            do {
                output = try await tool.call(arguments: arguments, context: context)
            } catch {
                return .failed(.failed(tool: name, message: String(describing: error)))
            }
            return Self.encode(output, tool: name)
        }
    }

    func invoke(arguments: String, context: ToolContext) async -> ToolInvocation {
        await run(arguments, context)
    }

    private static func encode(_ output: some Encodable, tool: String) -> ToolInvocation {
        if let text = output as? String {
            return .succeeded(ToolOutput(text: text, value: .string(text)))
        }
        do {
            let value = try JSONValue(encoding: output)
            return .succeeded(ToolOutput(text: value.jsonString(), value: value))
        } catch {
            return .failed(.failed(tool: tool, message: "its output could not be encoded as JSON: \(error)"))
        }
    }
}
