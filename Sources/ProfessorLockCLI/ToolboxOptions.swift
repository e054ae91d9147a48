import AgentRuntime
import ArgumentParser
import Foundation
import Logging
import ProfessorLock

/// Options shared by every command that loads the tools.
struct ToolboxOptions: ParsableArguments {
    @Option(help: "The tools configuration file.")
    var tools = "tools.json"

    /// Loads the tools and lends them to `body`; configuration problems exit with status 2.
    func withToolbox<Result: Sendable>(_ body: (Toolbox) async throws -> Result) async throws -> Result {
        let environment = ProcessInfo.processInfo.environment
        let path: String? = FileManager.default.fileExists(atPath: tools) || tools != "tools.json" ? tools : nil
        do {
            return try await ProfessorLock.withToolbox(
                configurationPath: path,
                environment: environment,
                logger: Logger(label: "professor-lock.tools"),
                body
            )
        } catch let error as ToolboxError {
            Console.writeError("professor-lock: \(error)")
            throw ExitCode(2)
        } catch let failure as CLIFailure {
            Console.writeError("professor-lock: \(failure)")
            throw ExitCode(failure.exitCode)
        }
    }
}

/// A failure the CLI reports with a message and an exit status.
enum CLIFailure: Error, CustomStringConvertible {
    /// Bad input from the command line (exit 2).
    case usage(String)

    var exitCode: Int32 { 2 }

    var description: String {
        switch self {
        case .usage(let message): message
        }
    }
}
