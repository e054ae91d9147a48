import Foundation
import JSONValue

/// Which tool modules run and how, from `tools.json` plus environment overrides.
///
/// File shape (every key optional; unknown keys are errors so typos cannot pass silently):
/// ```json
/// {"tools": {"odds": {"enabled": true, "timeout_seconds": 20, "cache_ttl_seconds": 3600,
///   "base_url": "https://api.the-odds-api.com/v4", "base_url_env": "ODDS_API_BASE_URL",
///   "api_key_env": "ODDS_API_KEY", "options": {"regions": ["us"]}}}}
/// ```
/// Environment, strongest first: `PROFESSOR_LOCK_TOOL_<NAME>_ENABLED`, `_TIMEOUT_SECONDS`,
/// `_CACHE_TTL_SECONDS`, `_BASE_URL`; then the variable named by `base_url_env`. The API key
/// comes only from the variable named by `api_key_env`. `<NAME>` is the module name upper-cased
/// with other characters than letters and digits as `_` (`web_search` → `WEB_SEARCH`).
public struct ToolsConfiguration: Sendable, Hashable {
    /// Settings of every known module (defaults for modules the file does not mention).
    public private(set) var tools: [String: ToolSettings]

    /// Reads `tools.json` at `path`; a missing file is an error (pass no file to use defaults).
    public static func load(
        contentsOf path: String,
        knownModules: Set<String>,
        environment: [String: String]
    ) throws(ToolsConfigurationError) -> ToolsConfiguration {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ToolsConfigurationError(source: path, key: "", problem: "cannot read the file")
        }
        return try ToolsConfiguration(parsing: data, source: path, knownModules: knownModules, environment: environment)
    }

    /// Defaults for every known module, with environment overrides.
    public init(knownModules: Set<String>, environment: [String: String]) throws(ToolsConfigurationError) {
        try self.init(parsing: Data("{}".utf8), source: "defaults", knownModules: knownModules, environment: environment)
    }

    /// Parses file contents; `source` names the file in errors.
    public init(
        parsing data: Data,
        source: String,
        knownModules: Set<String>,
        environment: [String: String]
    ) throws(ToolsConfigurationError) {
        let document: JSONValue
        do {
            document = try JSONValue(parsing: data)
        } catch {
            throw ToolsConfigurationError(source: source, key: "", problem: "not valid JSON")
        }
        guard case .object(let root) = document else {
            throw ToolsConfigurationError(source: source, key: "", problem: "expected a JSON object with a \"tools\" object")
        }
        if let stray = root.keys.sorted().first(where: { $0 != "tools" }) {
            throw ToolsConfigurationError(source: source, key: stray, problem: "unknown key (expected only \"tools\")")
        }
        var entries: [String: JSONValue] = [:]
        if let tools = root["tools"] {
            guard case .object(let members) = tools else {
                throw ToolsConfigurationError(source: source, key: "tools", problem: "expected an object keyed by tool module name")
            }
            entries = members
        }
        if let unknown = entries.keys.sorted().first(where: { !knownModules.contains($0) }) {
            let known = knownModules.sorted().joined(separator: ", ")
            throw ToolsConfigurationError(source: source, key: "tools.\(unknown)", problem: "unknown tool module (known: \(known))")
        }
        var tools: [String: ToolSettings] = [:]
        for module in knownModules {
            let reader = ToolSettingsReader(module: module, source: source, environment: environment)
            tools[module] = try reader.read(entries[module])
        }
        self.tools = tools
    }

    /// The settings of `module`; defaults when it is not a known module.
    public func settings(for module: String) -> ToolSettings {
        tools[module] ?? ToolSettings()
    }

    /// The names of enabled modules, sorted.
    public var enabledModules: [String] {
        tools.filter(\.value.enabled).keys.sorted()
    }

    /// The environment-variable stem of a module: `PROFESSOR_LOCK_TOOL_WEB_SEARCH`.
    public static func environmentPrefix(for module: String) -> String {
        let name = module.uppercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "_" }
        return "PROFESSOR_LOCK_TOOL_\(String(name))"
    }
}

/// Reads one module's entry and applies its environment overrides.
private struct ToolSettingsReader {
    let module: String
    let source: String
    let environment: [String: String]

    static let keys: Set<String> = [
        "enabled", "timeout_seconds", "cache_ttl_seconds", "base_url", "base_url_env", "api_key_env", "options",
    ]

    func read(_ entry: JSONValue?) throws(ToolsConfigurationError) -> ToolSettings {
        var members: [String: JSONValue] = [:]
        if let entry {
            guard case .object(let object) = entry else { throw fileError(nil, "expected an object of settings") }
            members = object
        }
        if let stray = members.keys.sorted().first(where: { !Self.keys.contains($0) }) {
            throw fileError(stray, "unknown setting (expected one of \(Self.keys.sorted().joined(separator: ", ")); put tool-specific settings under \"options\")")
        }

        var settings = ToolSettings()
        if let value = members["enabled"] {
            guard case .bool(let enabled) = value else { throw fileError("enabled", "expected true or false, got \(value.jsonString())") }
            settings.enabled = enabled
        }
        settings.timeoutSeconds = try positiveSeconds(members["timeout_seconds"], key: "timeout_seconds")
        settings.cacheTTLSeconds = try nonNegativeSeconds(members["cache_ttl_seconds"], key: "cache_ttl_seconds")
        settings.baseURL = try url(members["base_url"], key: "base_url")
        let baseURLVariable = try string(members["base_url_env"], key: "base_url_env")
        let apiKeyVariable = try string(members["api_key_env"], key: "api_key_env")
        if let value = members["options"] {
            guard case .object(let options) = value else { throw fileError("options", "expected an object, got \(value.jsonString())") }
            settings.options = options
        }

        // Environment overrides: the tool's own base-URL variable, then the PROFESSOR_LOCK_TOOL_* ones.
        if let baseURLVariable, let value = environment[baseURLVariable], !value.isEmpty {
            settings.baseURL = try environmentURL(value, variable: baseURLVariable)
        }
        if let apiKeyVariable, let value = environment[apiKeyVariable], !value.isEmpty {
            settings.apiKey = value
        }
        let prefix = ToolsConfiguration.environmentPrefix(for: module)
        if let (variable, value) = variable("\(prefix)_ENABLED") {
            switch value.lowercased() {
            case "1", "true", "yes", "on": settings.enabled = true
            case "0", "false", "no", "off": settings.enabled = false
            default: throw environmentError(variable, "expected true or false, got \"\(value)\"")
            }
        }
        if let (variable, value) = variable("\(prefix)_TIMEOUT_SECONDS") {
            guard let seconds = Double(value), seconds > 0, seconds.isFinite else {
                throw environmentError(variable, "expected a positive number of seconds, got \"\(value)\"")
            }
            settings.timeoutSeconds = seconds
        }
        if let (variable, value) = variable("\(prefix)_CACHE_TTL_SECONDS") {
            guard let seconds = Double(value), seconds >= 0, seconds.isFinite else {
                throw environmentError(variable, "expected a number of seconds >= 0, got \"\(value)\"")
            }
            settings.cacheTTLSeconds = seconds
        }
        if let (variable, value) = variable("\(prefix)_BASE_URL") {
            settings.baseURL = try environmentURL(value, variable: variable)
        }
        return settings
    }

    private func variable(_ name: String) -> (String, String)? {
        guard let value = environment[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        return (name, value)
    }

    private func positiveSeconds(_ value: JSONValue?, key: String) throws(ToolsConfigurationError) -> Double? {
        guard let value else { return nil }
        guard let seconds = value.doubleValue, seconds > 0 else {
            throw fileError(key, "expected a positive number of seconds, got \(value.jsonString())")
        }
        return seconds
    }

    private func nonNegativeSeconds(_ value: JSONValue?, key: String) throws(ToolsConfigurationError) -> Double? {
        guard let value else { return nil }
        guard let seconds = value.doubleValue, seconds >= 0 else {
            throw fileError(key, "expected a number of seconds >= 0, got \(value.jsonString())")
        }
        return seconds
    }

    private func string(_ value: JSONValue?, key: String) throws(ToolsConfigurationError) -> String? {
        guard let value else { return nil }
        guard case .string(let text) = value, !text.isEmpty else {
            throw fileError(key, "expected a non-empty string, got \(value.jsonString())")
        }
        return text
    }

    private func url(_ value: JSONValue?, key: String) throws(ToolsConfigurationError) -> String? {
        guard let text = try string(value, key: key) else { return nil }
        guard Self.isHTTPURL(text) else { throw fileError(key, "expected an http(s) URL, got \"\(text)\"") }
        return text
    }

    private func environmentURL(_ text: String, variable: String) throws(ToolsConfigurationError) -> String {
        guard Self.isHTTPURL(text) else { throw environmentError(variable, "expected an http(s) URL, got \"\(text)\"") }
        return text
    }

    private static func isHTTPURL(_ text: String) -> Bool {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
              scheme == "http" || scheme == "https", let host = components.host, !host.isEmpty
        else { return false }
        return true
    }

    private func fileError(_ key: String?, _ problem: String) -> ToolsConfigurationError {
        ToolsConfigurationError(source: source, key: ["tools", module, key].compactMap { $0 }.joined(separator: "."), problem: problem)
    }

    private func environmentError(_ variable: String, _ problem: String) -> ToolsConfigurationError {
        ToolsConfigurationError(source: "environment", key: variable, problem: problem)
    }
}
