import AgentRuntime
import AsyncHTTPClient
import Logging
import NIOCore

/// A ``ModelClient`` for Chat Completions (`POST {baseURL}/chat/completions`, streamed), the format
/// OpenAI-compatible local servers (Ollama, vLLM, llama.cpp) speak.
///
/// Message and function-call item ids are minted here, unique per response (see
/// ``ChatCompletionsStreamDecoder`` for why call ids never are).
public struct ChatCompletionsModelClient: ModelClient {
    public let configuration: OpenAIConfiguration
    private let transport: ModelHTTPTransport

    /// - Parameters: as for ``ResponsesModelClient/init(configuration:httpClient:retryPolicy:responseHeadTimeout:sleep:logger:)``.
    public init(
        configuration: OpenAIConfiguration,
        httpClient: HTTPClient = .shared,
        retryPolicy: RetryPolicy = RetryPolicy(),
        responseHeadTimeout: TimeAmount = .seconds(600),
        sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) },
        logger: Logger = Logger(label: "OpenAIModels.ChatCompletions")
    ) {
        self.configuration = configuration
        self.transport = ModelHTTPTransport(
            httpClient: httpClient,
            configuration: configuration,
            retryPolicy: retryPolicy,
            responseHeadTimeout: responseHeadTimeout,
            sleep: sleep,
            logger: logger
        )
    }

    public var label: String { "chat_completions:\(configuration.model)" }

    public func streamResponse(
        to request: ModelRequest,
        onEvent: (ModelStreamEvent) async throws -> Void
    ) async throws -> ModelResponse {
        var decoder = ChatCompletionsStreamDecoder(makeID: ModelHTTPTransport.uniqueID)
        return try await transport.stream(
            path: "/chat/completions",
            body: { [configuration] in
                ChatCompletionsRequestEncoder.body(
                    for: request, defaultModel: configuration.model, isOpenAIPlatform: configuration.isOpenAIPlatform)
            },
            decoder: &decoder,
            onEvent: onEvent
        )
    }
}
