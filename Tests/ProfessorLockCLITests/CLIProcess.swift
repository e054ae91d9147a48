import Foundation
import JSONValue

/// One run of the built `professor-lock` binary: its exit status and everything it printed.
struct CLIRun: Sendable {
    var status: Int32
    var stdout: String
    var stderr: String

    /// The stdout lines parsed as JSON (NDJSON mode); `nil` entries for lines that are not JSON.
    var jsonLines: [JSONValue?] {
        stdout.split(separator: "\n").map { try? JSONValue(parsing: Data($0.utf8)) }
    }

    var json: JSONValue? { try? JSONValue(parsing: Data(stdout.utf8)) }
}

/// Runs the `professor-lock` executable SwiftPM built next to the test bundle.
enum CLIProcess {
    /// The repository's `tools.json`.
    static let repositoryToolsFile = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("tools.json").path

    static func binary() throws -> URL {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL,
            Bundle.main.bundleURL.deletingLastPathComponent(),
        ]
        for directory in candidates {
            let url = directory.appendingPathComponent("professor-lock")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        throw CLIProcessError(description: "no professor-lock binary next to the test bundle (looked in \(candidates.map(\.path)))")
    }

    /// Runs the binary with `arguments` in an empty temporary directory, with no API keys in its
    /// environment (so no tool reaches a real service) besides `environment`, and waits for it
    /// without blocking a thread.
    static func run(_ arguments: [String], environment: [String: String] = [:]) async throws -> CLIRun {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("professor-lock-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let stdoutURL = directory.appendingPathComponent("stdout"), stderrURL = directory.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: stdoutURL.path, contents: nil)
        FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
        let stdout = try FileHandle(forWritingTo: stdoutURL), stderr = try FileHandle(forWritingTo: stderrURL)

        let process = Process()
        process.executableURL = try binary()
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "HOME": directory.path]
            .merging(environment) { $1 }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = stdout
        process.standardError = stderr
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { process in continuation.resume(returning: process.terminationStatus) }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
            }
        }
        try stdout.close()
        try stderr.close()
        return CLIRun(
            status: status,
            stdout: try String(contentsOf: stdoutURL, encoding: .utf8),
            stderr: try String(contentsOf: stderrURL, encoding: .utf8))
    }
}

struct CLIProcessError: Error, CustomStringConvertible {
    var description: String
}
