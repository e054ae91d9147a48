import AgentRuntime
import FakeModelServer
import OpenAIModels
import Testing

@Suite("Model clients stop when the calling task is cancelled")
struct ModelClientCancellationTests {
    @Test("cancelling mid-stream ends the call with CancellationError", .timeLimit(.minutes(1)), arguments: TestAPI.allCases)
    func cancelMidStream(api: TestAPI) async throws {
        try await withFakeModelServer(script: [.heldOpen(.text(["Hello"]))]) { server in
            let client = try await makeClient(api, server: server)
            let (firstDelta, signal) = AsyncStream<Void>.makeStream()
            let request = ModelRequest(model: "gpt-4.1", instructions: nil, input: [.userMessage("Hi")], tools: [])
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    await #expect(throws: CancellationError.self) {
                        try await client.streamResponse(to: request) { event in
                            if case .textDelta = event { signal.yield() }
                        }
                    }
                }
                for await _ in firstDelta { break }
                group.cancelAll()
                try await group.waitForAll()
            }
        }
    }
}
