import AgentRuntime
import AsyncHTTPClient
import Logging
import NIOCore

/// A ``ModelClient`` for the OpenAI Responses API (`POST {baseURL}/responses`, streamed).
public struct ResponsesModelClient: ModelClient {
    public let configuration: OpenAIConfiguration
    private let transport: ModelHTTPTransport

    /// - Parameters:
    ///   - httpClient: the client to send through; it must outlive this value (the shared one by default).
    ///   - retryPolicy: how failures before the stream starts are retried.
    ///   - responseHeadTimeout: how long to wait for the response head (the openai client's default is 600 s).
    ///   - sleep: how to wait between retries; tests inject a recorder.
    public init(
        configuration: OpenAIConfiguration,
        httpClient: HTTPClient = .shared,
        retryPolicy: RetryPolicy = RetryPolicy(),
        responseHeadTimeout: TimeAmount = .seconds(600),
        sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) },
        logger: Logger = Logger(label: "OpenAIModels.Responses")
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

    public var label: String { "responses:\(configuration.model)" }

    public func streamResponse(
        to request: ModelRequest,
        onEvent: (ModelStreamEvent) async throws -> Void
    ) async throws -> ModelResponse {
        var decoder = ResponsesStreamDecoder()
        return try await transport.stream(
            path: "/responses",
            body: { [configuration] in ResponsesRequestEncoder.body(for: request, defaultModel: configuration.model) },
            decoder: &decoder,
            onEvent: onEvent
        )
    }
}
