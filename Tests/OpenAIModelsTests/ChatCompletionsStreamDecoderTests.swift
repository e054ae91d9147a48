import AgentRuntime
import Testing

@testable import OpenAIModels

@Suite("Chat Completions stream decoder rules")
struct ChatCompletionsStreamDecoderTests {
    private func decode(_ chunks: [String]) throws(ModelError) -> ModelResponse {
        var decoder = ChatCompletionsStreamDecoder(makeID: { "\($0)1" })
        for chunk in chunks { _ = try decoder.consume(ServerSentEvent(data: chunk)) }
        return try decoder.finish().response
    }

    @Test("reads usage from the final chunk with no choices")
    func usageChunk() throws {
        let response = try decode([
            #"{"id":"c1","choices":[{"index":0,"delta":{"content":"hi"},"finish_reason":"stop"}],"usage":null}"#,
            #"{"id":"c1","choices":[],"usage":{"prompt_tokens":42,"completion_tokens":9,"total_tokens":51}}"#,
            "[DONE]",
        ])
        #expect(response.usage == TokenUsage(inputTokens: 42, outputTokens: 9))
        #expect(response.id == "c1")
        #expect(response.output == [.message(id: "msg_1", text: "hi")])
    }

    @Test("a repeated function name replaces the buffered one; arguments append")
    func nameReplacedArgumentsAppended() throws {
        let response = try decode([
            #"{"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"id":"call_1","function":{"name":"get","arguments":"{\"a\""}}]}}]}"#,
            #"{"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"name":"get_odds","arguments":":1}"}}]}}]}"#,
            #"{"choices":[{"index":0,"delta":{},"finish_reason":"tool_calls"}]}"#,
        ])
        #expect(response.functionCalls == [FunctionCall(id: "fc_1", callID: "call_1", name: "get_odds", arguments: #"{"a":1}"#)])
    }

    @Test("finish_reason tool_calls without any tool-call delta is an error")
    func toolCallsWithoutDeltas() {
        #expect(throws: ModelError.malformedStream("The stream finished with finish_reason \"tool_calls\" but streamed no tool call.")) {
            try decode([#"{"choices":[{"index":0,"delta":{},"finish_reason":"tool_calls"}]}"#, "[DONE]"])
        }
    }

    @Test("data that is not JSON makes the stream malformed")
    func notJSON() {
        #expect(throws: ModelError.malformedStream("An event's data is not JSON: {oops")) {
            try decode(["{oops"])
        }
    }
}
