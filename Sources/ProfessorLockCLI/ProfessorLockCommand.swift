import ArgumentParser

/// `professor-lock`: the Professor Lock backend, its tools and a terminal chat.
@main
struct ProfessorLockCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "professor-lock",
        abstract: "The Professor Lock betting assistant: ChatKit server, agent and tools.",
        subcommands: [ServeCommand.self, ToolsCommand.self, AskCommand.self]
    )
}
