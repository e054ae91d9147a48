import Foundation

/// The bench's Python venv (`<build folder>/bench-venv`): the reference stack and BeautifulSoup.
///
/// Created on first use and rebuilt only when the pins change (a stamp file records them). The
/// ChatKit/Agents pins match the conformance oracle's (`Tests/Scripts/oracle-venv.sh`).
enum PythonEnvironment {
    static let pins = [
        "openai-chatkit==1.6.5", "openai-agents==0.24.0", "openai==3.57.0", "pydantic==2.14.4",
        "fastapi", "uvicorn[standard]", "beautifulsoup4", "lxml",
    ]

    /// The venv's python, creating the venv when needed.
    static func python(paths: BenchPaths) async throws -> URL {
        let venv = paths.buildFolder.appendingPathComponent("bench-venv")
        let python = venv.appendingPathComponent("bin/python")
        let stamp = venv.appendingPathComponent(".pins")
        let wanted = pins.joined(separator: "\n")
        if FileManager.default.isExecutableFile(atPath: python.path), (try? String(contentsOf: stamp, encoding: .utf8)) == wanted {
            return python
        }
        progress("creating the Python venv \(venv.path) (\(pins.joined(separator: ", "))) …")
        try? FileManager.default.removeItem(at: venv)
        let interpreter = try await findInterpreter(directory: paths.repository)
        _ = try await runCommand(interpreter, ["-m", "venv", venv.path], directory: paths.repository)
        _ = try await runCommand(python.path, ["-m", "pip", "install", "--quiet", "--disable-pip-version-check"] + pins, directory: paths.repository)
        try wanted.write(to: stamp, atomically: true, encoding: .utf8)
        return python
    }

    private static func findInterpreter(directory: URL) async throws -> String {
        for candidate in ["python3.11", "python3"] {
            if let found = try? await runCommand(candidate, ["-c", "import sys; assert sys.version_info >= (3, 10); print(sys.executable)"], directory: directory), !found.isEmpty {
                return found
            }
        }
        throw BenchFailure("no python3 >= 3.10 found for the reference server")
    }
}
