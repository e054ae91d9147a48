import Foundation

/// Where and how to reach an OpenAI-format model API.
public struct OpenAIConfiguration: Sendable, Hashable {
    /// Which wire format to speak.
    public enum API: String, Sendable, Hashable, CaseIterable {
        case responses
        case chatCompletions = "chat_completions"
    }

    public static let defaultBaseURL = "https://api.openai.com/v1"
    public static let defaultModel = "gpt-4.1"

    /// The API root without a trailing slash, e.g. `https://api.openai.com/v1` or `http://localhost:11434/v1`.
    public var baseURL: String
    /// Sent as `Authorization: Bearer …`; `nil` for local servers that need none.
    public var apiKey: String?
    /// Used when a ``AgentRuntime/ModelRequest`` leaves its model empty, and in the client label.
    public var model: String
    public var api: API

    public init(baseURL: String = Self.defaultBaseURL, apiKey: String? = nil, model: String = Self.defaultModel, api: API = .responses) {
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.apiKey = apiKey
        self.model = model
        self.api = api
    }

    /// Reads `OPENAI_API_KEY`, `OPENAI_BASE_URL`, `PROFESSOR_LOCK_MODEL` and `PROFESSOR_LOCK_MODEL_API`
    /// (`responses` or `chat_completions`); unset or empty variables keep the defaults.
    ///
    /// Pass `ProcessInfo.processInfo.environment` in production and a literal dictionary in tests.
    public static func fromEnvironment(_ environment: [String: String]) throws(OpenAIConfigurationError) -> OpenAIConfiguration {
        func value(_ name: String) -> String? {
            guard let value = environment[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
            return value
        }
        var api = API.responses
        if let name = value("PROFESSOR_LOCK_MODEL_API") {
            guard let parsed = API(rawValue: name) else { throw .unknownAPI(name) }
            api = parsed
        }
        let baseURL = value("OPENAI_BASE_URL") ?? defaultBaseURL
        guard baseURL.hasPrefix("http://") || baseURL.hasPrefix("https://") else { throw .invalidBaseURL(baseURL) }
        return OpenAIConfiguration(baseURL: baseURL, apiKey: value("OPENAI_API_KEY"), model: value("PROFESSOR_LOCK_MODEL") ?? defaultModel, api: api)
    }

    /// Whether requests go to OpenAI itself, which accepts settings local servers reject (`store`, `stream_options`).
    var isOpenAIPlatform: Bool {
        baseURL.hasPrefix("https://api.openai.com/") || baseURL == "https://api.openai.com"
    }
}

/// A model setting in the environment that cannot be used.
public enum OpenAIConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    case unknownAPI(String)
    case invalidBaseURL(String)

    public var description: String {
        switch self {
        case .unknownAPI(let name):
            "PROFESSOR_LOCK_MODEL_API is \"\(name)\"; expected \"responses\" or \"chat_completions\"."
        case .invalidBaseURL(let url):
            "OPENAI_BASE_URL is \"\(url)\"; expected an http:// or https:// URL such as https://api.openai.com/v1."
        }
    }
}
