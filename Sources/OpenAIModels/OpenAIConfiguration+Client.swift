import AgentRuntime
import AsyncHTTPClient

extension OpenAIConfiguration {
    /// The client for the configured API, with default retries and timeouts.
    public func makeClient(httpClient: HTTPClient = .shared) -> any ModelClient {
        switch api {
        case .responses: ResponsesModelClient(configuration: self, httpClient: httpClient)
        case .chatCompletions: ChatCompletionsModelClient(configuration: self, httpClient: httpClient)
        }
    }
}
