import AgentRuntime
import AsyncHTTPClient
import FakeModelServer
import OpenAIModels
import Testing

@Suite("Model clients retry like the openai client before the stream starts")
struct ModelClientRetryTests {
    private let question = ModelRequest(model: "gpt-4.1", instructions: nil, input: [.userMessage("Odds?")], tools: [])

    @Test("429 with retry-after-ms waits that long, then succeeds; attempts count 0 then 1", arguments: TestAPI.allCases)
    func rateLimitThenSuccess(api: TestAPI) async throws {
        try await withFakeModelServer(script: [.rateLimited(retryAfterMilliseconds: 50), .text(["ok"])]) { server in
            let sleep = SleepRecorder()
            let client = try await makeClient(api, server: server, sleep: sleep)
            let response = try await client.streamResponse(to: question) { _ in }
            #expect(response.output.count == 1)
            #expect(sleep.recorded == [.milliseconds(50)])
            #expect(server.requests.map { $0.header("x-stainless-retry-count") } == ["0", "1"])
            #expect(server.requests.map(\.body) == [server.requests[0].body, server.requests[0].body])
        }
    }

    @Test("three 429s exhaust the two retries and report the rate limit")
    func rateLimitedThreeTimes() async throws {
        try await withFakeModelServer(script: [.rateLimited(), .rateLimited(), .rateLimited()]) { server in
            let sleep = SleepRecorder()
            let client = try await makeClient(.responses, server: server, sleep: sleep)
            await #expect(throws: ModelError.self) { try await client.streamResponse(to: question) { _ in } }
            #expect(server.requests.map { $0.header("x-stainless-retry-count") } == ["0", "1", "2"])
            #expect(sleep.recorded.count == 2)
            #expect(sleep.recorded.allSatisfy { $0 > .milliseconds(375) && $0 <= .seconds(1) })
        }
    }

    @Test("the final 429 error carries the API's code and message")
    func rateLimitError() async throws {
        try await withFakeModelServer(script: [.rateLimited(), .rateLimited(), .rateLimited()]) { server in
            let client = try await makeClient(.chatCompletions, server: server)
            await #expect(
                throws: ModelError.httpStatus(
                    status: 429,
                    code: "rate_limit_exceeded",
                    message: "Rate limit reached for gpt-4.1 on tokens per min (TPM). Please try again in 50ms."
                )
            ) {
                try await client.streamResponse(to: question) { _ in }
            }
            #expect(server.requests.count == 3)
        }
    }

    @Test("500 then success is retried")
    func serverErrorThenSuccess() async throws {
        try await withFakeModelServer(script: [.serverError(), .text(["ok"])]) { server in
            let client = try await makeClient(.responses, server: server)
            _ = try await client.streamResponse(to: question) { _ in }
            #expect(server.requests.count == 2)
        }
    }

    @Test("503 with x-should-retry: false is not retried")
    func shouldNotRetry() async throws {
        try await withFakeModelServer(script: [.serverError(status: 503, shouldRetry: false), .text(["never"])]) { server in
            let client = try await makeClient(.responses, server: server)
            await #expect(throws: ModelError.self) { try await client.streamResponse(to: question) { _ in } }
            #expect(server.requests.count == 1)
        }
    }

    @Test("429 asking to wait 300 s is not retried")
    func retryAfterTooLong() async throws {
        try await withFakeModelServer(script: [.rateLimited(retryAfter: "300"), .text(["never"])]) { server in
            let client = try await makeClient(.responses, server: server)
            await #expect(throws: ModelError.self) { try await client.streamResponse(to: question) { _ in } }
            #expect(server.requests.count == 1)
        }
    }

    @Test("400 invalid_request_error is not retried and reports the API message", arguments: TestAPI.allCases)
    func badRequest(api: TestAPI) async throws {
        let message = "Invalid schema for function 'get_odds': In context=(), 'additionalProperties' is required to be supplied and to be false."
        let reply = FakeReply.badRequest(message: message, code: "invalid_function_parameters", param: "tools[0].parameters")
        try await withFakeModelServer(script: [reply, .text(["never"])]) { server in
            let client = try await makeClient(api, server: server)
            await #expect(throws: ModelError.httpStatus(status: 400, code: "invalid_function_parameters", message: message)) {
                try await client.streamResponse(to: question) { _ in }
            }
            #expect(server.requests.count == 1)
        }
    }

    @Test("connection failures are retried twice, then reported")
    func connectionRefused() async throws {
        // Without the pool's own reconnect loop, a refused connection fails at once instead of after the connect timeout.
        var configuration = HTTPClient.Configuration()
        configuration.connectionPool.retryConnectionEstablishment = false
        let httpClient = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        let sleep = SleepRecorder()
        let client = ResponsesModelClient(
            configuration: OpenAIConfiguration(baseURL: "http://127.0.0.1:1/v1"),
            httpClient: httpClient,
            sleep: sleep.sleep
        )
        await #expect {
            try await client.streamResponse(to: question) { _ in }
        } throws: { error in
            guard case ModelError.connection = error else { return false }
            return true
        }
        #expect(sleep.recorded.count == 2)
        try await httpClient.shutdown()
    }
}
