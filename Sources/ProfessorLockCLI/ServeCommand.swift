import ArgumentParser
import Foundation
import Hummingbird
import Logging
import ProfessorLock

/// `professor-lock serve`: the ChatKit backend, ready with no setup.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the ChatKit server (POST /chatkit, GET /health).",
        discussion: "Defaults: 127.0.0.1:$PORT (8080), SQLite under ./data/, tools from tools.json, model from OPENAI_* (offline demo model without a key)."
    )

    @Option(help: "The address to listen on.") var host = "127.0.0.1"
    @Option(help: "The port (default: $PORT or 8080).") var port: Int?
    @Option(help: "sqlite:PATH or a postgres:// URL (default: $PROFESSOR_LOCK_STORE or sqlite:data/professor-lock.sqlite).")
    var store: String?
    @Option(help: "The tools configuration file.") var tools = "tools.json"
    @Option(name: .customLong("cors-origin"), help: "An allowed browser origin (repeatable).") var corsOrigins: [String] = []
    @Option(help: "The instructions (persona) file.") var instructions: String?
    @Option(name: .customLong("public-url"), help: "The public URL of the ChatKit endpoint, for attachment uploads.")
    var publicURL: String?
    @Flag(help: "Allow listening on a non-loopback address without authentication.")
    var allowUnauthenticatedRemoteAccess = false
    @Option(help: "Log level (trace, debug, info, notice, warning, error).") var logLevel: Logger.Level = .info

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        var configuration = ServeConfiguration()
        configuration.host = host
        configuration.port = port ?? environment["PORT"].flatMap(Int.init) ?? 8080
        configuration.storeURL = store ?? environment["PROFESSOR_LOCK_STORE"] ?? configuration.storeURL
        configuration.toolsPath = FileManager.default.fileExists(atPath: tools) || tools != "tools.json" ? tools : nil
        configuration.corsOrigins = corsOrigins
            + (environment["PROFESSOR_LOCK_CORS_ORIGINS"]?.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } ?? [])
        configuration.instructionsPath = instructions
        configuration.publicBaseURL = publicURL
        configuration.allowUnauthenticatedRemoteAccess = allowUnauthenticatedRemoteAccess

        var logger = Logger(label: "professor-lock")
        logger.logLevel = logLevel
        do {
            try await ProfessorLockApplication.with(configuration: configuration, environment: environment, logger: logger) { application in
                try await application.runService()
            }
        } catch let error as ServeError {
            logger.critical("\(error)")
            throw ExitCode(2)
        } catch let error as ToolboxError {
            logger.critical("\(error)")
            throw ExitCode(2)
        } catch {
            logger.critical("cannot serve: \(error)")
            throw ExitCode.failure
        }
    }
}

extension Logger.Level: @retroactive ExpressibleByArgument {}
