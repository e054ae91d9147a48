import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A server or script the bench started, with its output in a log file.
///
/// `@unchecked Sendable`: Foundation's `Process` is safe to query and signal from any thread, and
/// the wrapper has no mutable state of its own.
final class ChildProcess: @unchecked Sendable {
    let name: String
    let logURL: URL
    private let process: Process

    var pid: Int32 { process.processIdentifier }
    var isRunning: Bool { process.isRunning }

    /// Starts `executable`; stdout and stderr go to `logURL`. The child inherits the bench's limits
    /// (the raised file-descriptor limit included).
    init(name: String, executable: URL, arguments: [String], environment: [String: String], directory: URL, logURL: URL) throws {
        self.name = name
        self.logURL = logURL
        FileManager.default.createFile(atPath: logURL.path, contents: nil)
        let log = try FileHandle(forWritingTo: logURL)
        process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        process.currentDirectoryURL = directory
        process.standardOutput = log
        process.standardError = log
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    /// SIGTERM, then SIGKILL for whatever of its process tree is still alive after `grace`.
    func stop(grace: Duration = .seconds(5)) async {
        let family = ProcessStats.tree(of: pid)
        if process.isRunning { kill(pid, SIGTERM) }
        let clock = ContinuousClock()
        let deadline = clock.now + grace
        while clock.now < deadline, family.contains(where: { kill($0, 0) == 0 && !isZombie($0) }) {
            try? await Task.sleep(for: .milliseconds(20))
        }
        for member in family where kill(member, 0) == 0 { kill(member, SIGKILL) }
        while process.isRunning { try? await Task.sleep(for: .milliseconds(10)) }
    }

    /// The last lines of the log, for error messages.
    func logTail(_ lines: Int = 15) -> String {
        let text = (try? String(contentsOf: logURL, encoding: .utf8)) ?? ""
        return text.split(separator: "\n", omittingEmptySubsequences: false).suffix(lines).joined(separator: "\n")
    }

    /// Waits for the process to exit on its own and returns its status.
    func exitStatus() async -> Int32 {
        while process.isRunning { try? await Task.sleep(for: .milliseconds(20)) }
        return process.terminationStatus
    }

    private func isZombie(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8), let close = stat.lastIndex(of: ")") else { return true }
        return stat[stat.index(after: close)...].split(separator: " ").first == "Z"
    }
}

/// Runs a command to completion and returns its standard output; stderr goes to the bench's stderr.
/// Throws ``BenchFailure`` when it exits with a non-zero status.
func runCommand(_ executable: String, _ arguments: [String], directory: URL, environment: [String: String]? = nil) async throws -> String {
    let output = FileManager.default.temporaryDirectory.appendingPathComponent("plbench-\(UUID().uuidString).out")
    FileManager.default.createFile(atPath: output.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: output) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable.hasPrefix("/") ? executable : "/usr/bin/env")
    process.arguments = executable.hasPrefix("/") ? arguments : [executable] + arguments
    process.currentDirectoryURL = directory
    if let environment { process.environment = environment }
    process.standardOutput = try FileHandle(forWritingTo: output)
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let status = try await exitStatus(of: process)
    let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
    guard status == 0 else {
        throw BenchFailure("\(executable) \(arguments.joined(separator: " ")) exited with status \(status)")
    }
    return text.trimmingCharacters(in: .whitespacesAndNewlines)
}

/// Waits for `process` to exit and returns its exit status. Reaps it with `waitpid` as well: when a
/// command leaves a daemon behind (`postgres.sh start`), Foundation was seen never noticing the exit,
/// leaving the command a zombie and the bench waiting forever.
private func exitStatus(of process: Process) async throws -> Int32 {
    let pid = process.processIdentifier
    while process.isRunning {
        var status: Int32 = 0
        if waitpid(pid, &status, WNOHANG) == pid {
            // WIFEXITED / WEXITSTATUS; a signal ends it with 128 + the signal, as shells report it.
            return status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        }
        try await Task.sleep(for: .milliseconds(20))
    }
    return process.terminationStatus
}

/// Something the bench needs did not work; the message says what.
struct BenchFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
