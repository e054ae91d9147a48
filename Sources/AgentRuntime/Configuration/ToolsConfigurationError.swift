/// A `tools.json` file or environment variable that stops start-up, saying where and what.
public struct ToolsConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file path or `environment`.
    public var source: String
    /// The offending key path (`tools.odds.timeout_seconds`) or variable name; empty for the whole file.
    public var key: String
    public var problem: String

    public init(source: String, key: String, problem: String) {
        self.source = source
        self.key = key
        self.problem = problem
    }

    public var description: String {
        key.isEmpty ? "\(source): \(problem)" : "\(source): \(key): \(problem)"
    }
}
