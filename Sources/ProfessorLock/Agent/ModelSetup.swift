import AgentRuntime
import AsyncHTTPClient
import OpenAIModels

/// Which model answers: an OpenAI-format API when a key is configured, otherwise the offline
/// demo model (which says so loudly: it is a development mode, not a model).
public struct ModelSetup: Sendable {
    public let client: any ModelClient
    /// The model name sent with requests.
    public let model: String
    /// `true` for the offline demo model.
    public let isDemo: Bool

    /// Reads `OPENAI_API_KEY`, `OPENAI_BASE_URL`, `PROFESSOR_LOCK_MODEL`, `PROFESSOR_LOCK_MODEL_API`.
    /// A base URL without a key is honoured too (local servers such as Ollama need no key).
    public static func fromEnvironment(_ environment: [String: String], httpClient: HTTPClient) throws -> ModelSetup {
        let configuration = try OpenAIConfiguration.fromEnvironment(environment)
        let usesRealModel = configuration.apiKey != nil || environment["OPENAI_BASE_URL"]?.isEmpty == false
        guard usesRealModel else {
            return ModelSetup(client: DemoModel(), model: DemoModel.modelName, isDemo: true)
        }
        return ModelSetup(client: configuration.makeClient(httpClient: httpClient), model: configuration.model, isDemo: false)
    }

    /// A setup around any client (tests, benchmarks).
    public init(client: any ModelClient, model: String, isDemo: Bool = false) {
        self.client = client
        self.model = model
        self.isDemo = isDemo
    }
}
