@testable import ChatKitHummingbird
import Testing

@Suite("Cancelling the task that runs a stream")
struct CurrentTaskCancellationTests {
    @Test("a cancel while the operation runs cancels the task running it")
    func cancelsWhileRunning() async throws {
        let cancellation = CurrentTaskCancellation()
        let (started, signal) = AsyncStream<Void>.makeStream()
        async let outcome: Bool = cancellation.run {
            signal.yield()
            while !Task.isCancelled { await Task.yield() }
            return Task.isCancelled
        }
        for await _ in started { break }
        cancellation.cancel()
        #expect(try await outcome)
    }

    @Test("a cancel before the run starts makes it throw without running the operation")
    func cancelBeforeStart() async {
        let cancellation = CurrentTaskCancellation()
        cancellation.cancel()
        await #expect(throws: CancellationError.self) {
            try await cancellation.run { Issue.record("the operation ran") }
        }
    }

    @Test("a cancel after the run ended touches nothing")
    func cancelAfterEnd() async throws {
        let cancellation = CurrentTaskCancellation()
        try await cancellation.run {}
        cancellation.cancel()
        #expect(!Task.isCancelled)
    }
}
