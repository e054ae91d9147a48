import AgentRuntime
import ArgumentParser
import AsyncHTTPClient
import Foundation
import ProfessorLock

/// `professor-lock ask "…"`: one agent turn in the terminal with every enabled tool.
struct AskCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ask",
        abstract: "Ask Professor Lock one question in the terminal.",
        discussion: "Progress and widgets go to stderr as they happen; the answer streams to stdout."
    )

    @OptionGroup var options: ToolboxOptions
    @Argument(help: "The question.") var question: String
    @Option(help: "The instructions file (default: the bundled persona, or $PROFESSOR_LOCK_INSTRUCTIONS).")
    var instructions: String?

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let failed = try await options.withToolbox { toolbox in
            let model = try ModelSetup.fromEnvironment(environment, httpClient: .shared)
            if model.isDemo {
                Console.writeError("⚠︎ No OPENAI_API_KEY: using the OFFLINE DEMO MODEL (a keyword planner, not a language model).")
            }
            let runner = AgentRunner(
                model: model.client,
                tools: toolbox.registry,
                configuration: AgentConfiguration(
                    model: model.model,
                    instructions: try Instructions.load(path: instructions ?? environment["PROFESSOR_LOCK_INSTRUCTIONS"]),
                    toolTimeouts: toolbox.toolTimeouts
                )
            )
            let bus = EventBus()
            async let printed: Void = HumanEventPrinter(showsToolLifecycle: true).print(bus.events)
            let outcome: Bool
            do {
                _ = try await runner.run(history: [.userMessage(question)], caller: .operator_, bus: bus)
                outcome = false
            } catch {
                outcome = true
            }
            await printed
            return outcome
        }
        if failed { throw ExitCode.failure }
    }
}
