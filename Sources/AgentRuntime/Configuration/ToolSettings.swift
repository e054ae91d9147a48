import JSONValue

/// The resolved settings of one tool module: `tools.json` with environment overrides applied.
public struct ToolSettings: Sendable, Hashable {
    /// Disabled modules are not registered.
    public var enabled: Bool
    /// The per-call limit; `nil` means the agent's default.
    public var timeoutSeconds: Double?
    /// How long fetched data stays fresh; `nil` means the tool's default.
    public var cacheTTLSeconds: Double?
    /// The upstream service, when the tool talks to one.
    public var baseURL: String?
    /// The secret read from the environment variable named by `api_key_env`; never from the file.
    public var apiKey: String?
    /// Tool-specific settings (`"options"` in the file), read with ``option(_:as:)``.
    public var options: [String: JSONValue]

    public init(
        enabled: Bool = true,
        timeoutSeconds: Double? = nil,
        cacheTTLSeconds: Double? = nil,
        baseURL: String? = nil,
        apiKey: String? = nil,
        options: [String: JSONValue] = [:]
    ) {
        self.enabled = enabled
        self.timeoutSeconds = timeoutSeconds
        self.cacheTTLSeconds = cacheTTLSeconds
        self.baseURL = baseURL
        self.apiKey = apiKey
        self.options = options
    }

    /// A tool-specific option decoded as `T`; `nil` when absent, an error naming it when malformed.
    public func option<T: Decodable>(_ key: String, as type: T.Type = T.self) throws(ToolsConfigurationError) -> T? {
        guard let value = options[key] else { return nil }
        do {
            return try value.decode(as: type)
        } catch {
            throw ToolsConfigurationError(source: "options", key: key, problem: "expected \(T.self), got \(value.jsonString())")
        }
    }
}
