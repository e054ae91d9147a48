import Foundation

/// Professor Lock's persona and grounding rules: a Markdown file people edit, not code.
///
/// The default ships with the binary (`Resources/instructions.md`); `PROFESSOR_LOCK_INSTRUCTIONS`
/// or `--instructions` point at another file.
public enum Instructions {
    /// The text of `path`, or of the bundled default when `path` is `nil`.
    public static func load(path: String?) throws -> String {
        let url = try path.map { URL(fileURLWithPath: $0) } ?? bundled()
        do {
            return try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw InstructionsError.unreadable(url.path, String(describing: error))
        }
    }

    private static func bundled() throws -> URL {
        guard let url = Bundle.module.url(forResource: "instructions", withExtension: "md") else {
            throw InstructionsError.unreadable("instructions.md", "the bundled default is missing from this build")
        }
        return url
    }
}

/// Why the instructions could not be read.
public enum InstructionsError: Error, Sendable, CustomStringConvertible {
    case unreadable(String, String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "cannot read the instructions file \(path): \(reason)"
        }
    }
}
