import FakeModelServer
import Foundation
import JSONValue
import Testing

@Suite("Fake model server speaks the reference formats byte for byte")
struct FakeModelServerTests {
    private let responsesRequest = #"{"model":"gpt-4.1","instructions":"You are a sports betting assistant.","input":[{"content":"What are the Chiefs odds?","role":"user"}],"stream":true}"#
    private let chatRequest =
        #"{"model":"gpt-4.1","messages":[{"content":"You are a sports betting assistant.","role":"system"},{"role":"user","content":"What are the Chiefs odds?"}],"stream":true,"stream_options":{"include_usage":true}}"#

    @Test("Responses text answer and parallel function calls match §4.3 exactly")
    func responsesStreams() async throws {
        let script: [FakeReply] = [
            .text(["The Chiefs", " are -3.5", " favorites."], usage: FakeUsage(inputTokens: 42, outputTokens: 9)),
            .functionCalls(ReferenceTools.parallelCalls, usage: FakeUsage(inputTokens: 310, outputTokens: 58)),
        ]
        try await withFakeModelServer(script: script) { server in
            let text = try await rawPost("/responses", json: responsesRequest, server: server)
            #expect(text.status == 200)
            #expect(text.body == ReferenceStreams.responsesTextAnswer)
            let calls = try await rawPost("/responses", json: responsesRequest, server: server)
            #expect(calls.body == ReferenceStreams.responsesParallelFunctionCalls)
        }
    }

    @Test("Responses failure frames match §4.4 exactly, with sequence numbers from 0")
    func responsesFailures() async throws {
        let script: [FakeReply] = [
            .text(["a"]), .text(["b"]),
            .responseFailed(code: "server_error", message: "The model failed to generate a response."),
            .flatErrorEvent(
                code: "rate_limit_exceeded",
                message: "Rate limit reached for gpt-4.1 on tokens per min (TPM). Please try again in 1.2s."
            ),
            .nestedErrorEvent(
                type: "invalid_request_error",
                code: "context_length_exceeded",
                message: "Your input exceeds the context window of this model.",
                param: "input"
            ),
        ]
        try await withFakeModelServer(script: script) { server in
            _ = try await rawPost("/responses", json: responsesRequest, server: server)
            _ = try await rawPost("/responses", json: responsesRequest, server: server)
            let failed = try await rawPost("/responses", json: responsesRequest, server: server).body
            #expect(failed.hasSuffix(ReferenceStreams.responsesFailedFrame))
            #expect(failed.hasPrefix("event: response.created\ndata: {\"type\":\"response.created\""))
            #expect(failed.contains("\"sequence_number\":0}") && failed.contains("\"sequence_number\":1}"))
            let flat = try await rawPost("/responses", json: responsesRequest, server: server).body
            #expect(flat.hasSuffix(ReferenceStreams.flatErrorFrame))
            let nested = try await rawPost("/responses", json: responsesRequest, server: server).body
            #expect(nested.hasSuffix(ReferenceStreams.nestedErrorFrame))
        }
    }

    @Test("Chat Completions text answer and parallel tool calls match §5.3 exactly")
    func chatStreams() async throws {
        let script: [FakeReply] = [
            .text(["The Chiefs", " are -3.5", " favorites."], usage: FakeUsage(inputTokens: 42, outputTokens: 9)),
            .functionCalls(ReferenceTools.parallelCalls, usage: FakeUsage(inputTokens: 310, outputTokens: 58)),
        ]
        try await withFakeModelServer(script: script) { server in
            let text = try await rawPost("/chat/completions", json: chatRequest, server: server)
            #expect(text.body == ReferenceStreams.chatTextAnswer)
            let calls = try await rawPost("/chat/completions", json: chatRequest, server: server)
            #expect(calls.body == ReferenceStreams.chatParallelToolCalls)
        }
    }

    @Test("every request is recorded with its headers and parsed body")
    func recordsRequests() async throws {
        try await withFakeModelServer(script: [.text(["ok"])]) { server in
            _ = try await rawPost("/responses", json: responsesRequest, server: server)
            let request = try #require(server.requests.first)
            #expect(request.endpoint == .responses)
            #expect(request.header("Content-Type") == "application/json")
            #expect(request.body["instructions"] == "You are a sports betting assistant.")
            #expect(server.pendingReplyCount == 0)
        }
    }

    @Test("serving time sums the streamed replies whose requests arrived in the window")
    func servingTime() async throws {
        try await withFakeModelServer(script: [.paced(.text(["a", "b", "c"]), perDelta: .milliseconds(10))]) { server in
            let start = ContinuousClock.now
            _ = try await rawPost("/responses", json: responsesRequest, server: server)
            // The server notes a reply just after its body ends, which the client may see first.
            var served = Duration.zero
            while served == .zero, ContinuousClock.now - start < .seconds(5) {
                try await Task.sleep(for: .milliseconds(1))
                served = server.servingTime(receivedIn: start..<ContinuousClock.now)
            }
            #expect(served >= .milliseconds(30))
            #expect(served <= ContinuousClock.now - start)
            #expect(server.servingTime(receivedIn: ContinuousClock.now..<ContinuousClock.now.advanced(by: .seconds(1))) == .zero)
        }
    }

    @Test("an empty script without deterministic replies answers HTTP 500 naming the problem")
    func emptyScriptFails() async throws {
        try await withFakeModelServer { server in
            let response = try await rawPost("/responses", json: responsesRequest, server: server)
            #expect(response.status == 500)
            #expect(response.body.contains("script is empty"))
        }
    }

    @Test("a reply for the other API is refused with HTTP 500")
    func wrongEndpointReply() async throws {
        try await withFakeModelServer(script: [.onlyCompleted(.text(["x"]))]) { server in
            let response = try await rawPost("/chat/completions", json: chatRequest, server: server)
            #expect(response.status == 500)
            #expect(response.body.contains("Responses reply"))
        }
    }

    @Test("deterministic replies call the first offered tool after a user message and answer after a tool output")
    func deterministicReplies() async throws {
        let configuration = FakeModelServer.Configuration(
            deterministicReplies: DeterministicReplies(toolArguments: ["get_odds": #"{"sport":"nfl"}"#], answerTokenCount: 3)
        )
        try await withFakeModelServer(configuration: configuration) { server in
            let ask = #"{"model":"m","input":[{"content":"odds?","role":"user"}],"tools":[{"type":"function","name":"get_odds"}],"stream":true}"#
            let call = try await rawPost("/responses", json: ask, server: server).body
            #expect(call.contains(#""type":"function_call","status":"completed","arguments":"{\"sport\":\"nfl\"}""#))
            let answer =
                #"{"model":"m","messages":[{"role":"user","content":"odds?"},{"role":"tool","tool_call_id":"c","content":"KC -165"}],"stream":true}"#
            let text = try await rawPost("/chat/completions", json: answer, server: server).body
            #expect(text.contains(#"{"content":"Token0"}"#) && text.contains(#"{"content":" token2"}"#))
            #expect(text.hasSuffix("data: [DONE]\n\n"))
        }
    }
}
