import Foundation

/// Where the bench finds the repository, its own build products and its resources, and where it
/// writes its scratch files.
struct BenchPaths: Sendable {
    /// The package root (the bench must be started there, as `swift run` does).
    let repository: URL
    /// The folder holding this executable and `professor-lock` (e.g. `.build/x86_64-unknown-linux-gnu/release`).
    let products: URL
    /// `release` or `debug`.
    let configuration: String
    /// A fresh temporary folder for this run (databases, logs, pages); removed at the end.
    let scratch: URL

    static func current() throws -> BenchPaths {
        let repository = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        guard FileManager.default.fileExists(atPath: repository.appendingPathComponent("Package.swift").path) else {
            throw BenchFailure("run the bench from the package root (where Package.swift is): swift run -c release professor-lock-bench")
        }
        let executable = (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])).resolvingSymlinksInPath()
        let products = executable.deletingLastPathComponent()
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("professor-lock-bench-\(getpid())")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        return BenchPaths(repository: repository, products: products, configuration: products.lastPathComponent, scratch: scratch)
    }

    /// SwiftPM's build folder (`.build`, or whatever `--scratch-path` was).
    var buildFolder: URL { products.deletingLastPathComponent().deletingLastPathComponent() }

    /// The `professor-lock` binary built next to the bench.
    var serverBinary: URL { products.appendingPathComponent("professor-lock") }

    /// A file shipped in `Resources/`.
    func resource(_ name: String) throws -> URL {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Resources") else {
            throw BenchFailure("the bench resource \(name) is missing from the bundle")
        }
        return url
    }

    /// Builds (or confirms up to date) the `professor-lock` executable in the bench's own configuration.
    func buildServer() async throws {
        progress("building professor-lock (\(configuration)) …")
        _ = try await runCommand(
            "swift", ["build", "-c", configuration, "--scratch-path", buildFolder.path, "--product", "professor-lock"],
            directory: repository)
        guard FileManager.default.isExecutableFile(atPath: serverBinary.path) else {
            throw BenchFailure("swift build did not produce \(serverBinary.path)")
        }
    }

    func removeScratch() {
        try? FileManager.default.removeItem(at: scratch)
    }
}
