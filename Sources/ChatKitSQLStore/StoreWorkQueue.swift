import Synchronization

/// Database work that runs in ``SQLStore/run()``'s task rather than in the caller's.
///
/// The Store contract says writes complete even when the calling task is cancelled (the server saves partial
/// output from a stream whose client hung up). PostgresNIO's pool refuses to lease a connection to a cancelled
/// task, so PostgreSQL operations are handed to the store's own long-lived task, which is never cancelled by
/// a request. The caller waits for the result without observing cancellation.
final class StoreWorkQueue: Sendable {
    private struct Work: Sendable {
        let run: @Sendable () async -> Void
        let reject: @Sendable () -> Void
    }

    private struct State {
        var pending: [Work] = []
        var consumer: CheckedContinuation<Void, Never>?
        var isClosed = false
    }

    private let state = Mutex(State())

    /// Runs `operation` in the task that is executing ``serve()`` and returns its result.
    /// Fails with ``SQLStoreError/closed`` once the queue is closed.
    func perform<Result: Sendable>(_ operation: @escaping @Sendable () async throws -> Result) async throws -> Result {
        try await withCheckedThrowingContinuation { continuation in
            let work = Work(
                run: {
                    do { continuation.resume(returning: try await operation()) } catch { continuation.resume(throwing: error) }
                },
                reject: { continuation.resume(throwing: SQLStoreError.closed) }
            )
            let (accepted, consumer) = state.withLock { state -> (Bool, CheckedContinuation<Void, Never>?) in
                guard !state.isClosed else { return (false, nil) }
                state.pending.append(work)
                defer { state.consumer = nil }
                return (true, state.consumer)
            }
            consumer?.resume()
            if !accepted { work.reject() }
        }
    }

    /// Runs submitted work concurrently until ``close()``, then waits for the work in flight.
    func serve() async {
        await withDiscardingTaskGroup { group in
            while let batch = await nextBatch() {
                for work in batch {
                    group.addTask { await work.run() }
                }
            }
        }
    }

    /// Stops accepting work; pending work fails with ``SQLStoreError/closed``.
    func close() {
        let (pending, consumer) = state.withLock { state in
            state.isClosed = true
            defer {
                state.pending = []
                state.consumer = nil
            }
            return (state.pending, state.consumer)
        }
        consumer?.resume()
        for work in pending { work.reject() }
    }

    private func nextBatch() async -> [Work]? {
        while true {
            let batch = state.withLock { state -> [Work]? in
                defer { state.pending = [] }
                return state.pending.isEmpty ? nil : state.pending
            }
            if let batch { return batch }
            if state.withLock({ $0.isClosed }) { return nil }
            await withCheckedContinuation { continuation in
                let resumeNow = state.withLock { state in
                    guard state.pending.isEmpty, !state.isClosed else { return true }
                    state.consumer = continuation
                    return false
                }
                if resumeNow { continuation.resume() }
            }
        }
    }
}
