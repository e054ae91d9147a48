import AgentRuntime
import FakeModelServer
import OpenAIModels
import Testing

@Suite("Model clients report stream failures precisely")
struct ModelClientFailureTests {
    private let question = ModelRequest(model: "gpt-4.1", instructions: nil, input: [.userMessage("Odds?")], tools: [])

    private func failure(_ api: TestAPI, _ reply: FakeReply) async throws -> ModelError? {
        try await withFakeModelServer(script: [reply]) { server in
            let client = try await makeClient(api, server: server)
            do {
                _ = try await client.streamResponse(to: question) { _ in }
                return nil
            } catch let error as ModelError {
                return error
            }
        }
    }

    @Test("response.failed becomes streamFailed with the response's error")
    func responseFailed() async throws {
        let error = try await failure(.responses, .responseFailed(code: "server_error", message: "The model failed to generate a response."))
        #expect(error == .streamFailed(code: "server_error", message: "The model failed to generate a response."))
    }

    @Test("response.incomplete becomes streamFailed with the reason")
    func responseIncomplete() async throws {
        let error = try await failure(.responses, .responseIncomplete(reason: "max_output_tokens"))
        #expect(error == .streamFailed(code: "max_output_tokens", message: "The response is incomplete (reason: max_output_tokens)."))
    }

    @Test("the documented flat error event is read")
    func flatErrorEvent() async throws {
        let error = try await failure(.responses, .flatErrorEvent(code: "rate_limit_exceeded", message: "Rate limit reached."))
        #expect(error == .streamFailed(code: "rate_limit_exceeded", message: "Rate limit reached."))
    }

    @Test("the nested error event the real API sends is read")
    func nestedErrorEvent() async throws {
        let error = try await failure(
            .responses,
            .nestedErrorEvent(type: "invalid_request_error", code: "context_length_exceeded", message: "Too long.", param: "input")
        )
        #expect(error == .streamFailed(code: "context_length_exceeded", message: "Too long."))
    }

    @Test("a stream that ends without a terminal event is malformed", arguments: TestAPI.allCases)
    func truncatedStream(api: TestAPI) async throws {
        let error = try await failure(api, .truncated(.text(["The Chiefs"])))
        guard case .malformedStream = error else { Issue.record("expected malformedStream, got \(String(describing: error))"); return }
    }

    @Test("a Chat Completions error chunk mid-stream becomes streamFailed")
    func chatErrorChunk() async throws {
        let error = try await failure(
            .chatCompletions,
            .chatErrorChunk(afterDeltas: ["The"], message: "model overloaded", type: "server_error", code: "overloaded")
        )
        #expect(error == .streamFailed(code: "overloaded", message: "model overloaded"))
    }

    @Test("Chat tool calls that never received an id or a name are an error, not a guess", arguments: [
        (ChatToolCallQuirks.omitCallIDs, "tool call id"), (.omitNames, "function name"),
    ])
    func incompleteToolCallFragments(quirks: ChatToolCallQuirks, missing: String) async throws {
        let error = try await failure(.chatCompletions, .chatFunctionCalls(ReferenceTools.parallelCalls, quirks: quirks))
        #expect(error == .malformedStream("Buffered Chat Completions tool call stream ended without a \(missing)."))
    }
}
