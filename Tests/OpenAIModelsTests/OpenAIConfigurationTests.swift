import OpenAIModels
import Testing

@Suite("Configuration from the environment")
struct OpenAIConfigurationTests {
    @Test("defaults to the Responses API on api.openai.com")
    func defaults() throws {
        let configuration = try OpenAIConfiguration.fromEnvironment([:])
        #expect(configuration == OpenAIConfiguration(baseURL: "https://api.openai.com/v1", apiKey: nil, model: "gpt-4.1", api: .responses))
    }

    @Test("reads key, base URL, model and API")
    func readsVariables() throws {
        let configuration = try OpenAIConfiguration.fromEnvironment([
            "OPENAI_API_KEY": "sk-1", "OPENAI_BASE_URL": "http://localhost:11434/v1/",
            "PROFESSOR_LOCK_MODEL": "llama3.1", "PROFESSOR_LOCK_MODEL_API": "chat_completions",
        ])
        #expect(configuration == OpenAIConfiguration(baseURL: "http://localhost:11434/v1", apiKey: "sk-1", model: "llama3.1", api: .chatCompletions))
    }

    @Test("rejects an unknown API name and a base URL that is not http(s)")
    func rejectsBadValues() {
        #expect(throws: OpenAIConfigurationError.unknownAPI("completions")) {
            try OpenAIConfiguration.fromEnvironment(["PROFESSOR_LOCK_MODEL_API": "completions"])
        }
        #expect(throws: OpenAIConfigurationError.invalidBaseURL("localhost:8080")) {
            try OpenAIConfiguration.fromEnvironment(["OPENAI_BASE_URL": "localhost:8080"])
        }
    }
}
