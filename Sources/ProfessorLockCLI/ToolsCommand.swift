import AgentRuntime
import ArgumentParser
import Foundation
import JSONValue
import Logging
import ProfessorLock

/// `professor-lock tools …`: inspect and run the registered tools without a model.
struct ToolsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tools",
        abstract: "List, describe and run the registered tools.",
        subcommands: [List.self, Schema.self, Call.self]
    )

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List every registered tool with its description.")

        @OptionGroup var options: ToolboxOptions
        @Flag(help: "Print JSON instead of text.") var json = false

        func run() async throws {
            try await options.withToolbox { toolbox in
                if json {
                    let tools: [JSONValue] = toolbox.registry.definitions.map {
                        ["name": .string($0.name), "description": .string($0.description)]
                    }
                    Console.writeLine(JSONValue.array(tools).jsonString())
                } else {
                    for definition in toolbox.registry.definitions {
                        Console.writeLine("\(definition.name)\n    \(definition.description.replacingOccurrences(of: "\n", with: "\n    "))")
                    }
                }
            }
        }
    }

    struct Schema: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the exact tool definitions sent to the model, as JSON.")

        @OptionGroup var options: ToolboxOptions
        @Argument(help: "Only this tool.") var name: String?
        @Option(help: "The model API whose tool format to print (responses | chat_completions).")
        var api: ModelAPIFormat = .responses

        func run() async throws {
            try await options.withToolbox { toolbox in
                var definitions = toolbox.registry.definitions
                if let name {
                    guard let definition = toolbox.registry.definition(named: name) else {
                        throw CLIFailure.usage("unknown tool '\(name)' (known: \(toolbox.registry.names.joined(separator: ", ")))")
                    }
                    definitions = [definition]
                }
                let tools = definitions.map { api == .responses ? $0.responsesTool : $0.chatCompletionsTool }
                Console.writeLine((name == nil ? JSONValue.array(tools) : tools[0]).prettyJSONString())
            }
        }
    }

    struct Call: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run one tool standalone.",
            discussion: """
                Human mode prints progress to stderr as it happens and the result to stdout. \
                --json prints NDJSON on stdout: one event per line, last a "result" line.
                Exit status: 0 ok, 1 the tool failed, 2 bad arguments or unknown tool.
                """
        )

        @OptionGroup var options: ToolboxOptions
        @Argument(help: "The tool to run.") var name: String
        @Option(name: .customLong("args"), help: "The arguments as a JSON object.") var arguments = "{}"
        @Option(name: .customLong("user-id"), help: "Act as this user (tier limits apply); default: the unrestricted operator.")
        var userID: String?
        @Flag(help: "Print NDJSON events and the result.") var json = false

        func run() async throws {
            let status = try await options.withToolbox { toolbox in
                let result = try await ToolCallSession(toolbox: toolbox, json: json)
                    .run(name: name, arguments: arguments, caller: CallerIdentity(userID: userID))
                return result
            }
            if status != 0 { throw ExitCode(status) }
        }
    }
}

/// The tool API whose definitions `tools schema` prints.
enum ModelAPIFormat: String, ExpressibleByArgument, CaseIterable {
    case responses
    case chatCompletions = "chat_completions"
}
