/// How a time-limited operation ended.
enum TimeLimited<Value: Sendable>: Sendable {
    case finished(Value)
    case timedOut
    /// The calling task was cancelled first.
    case cancelled
}

/// Runs `operation`, cancelling it when `limit` passes first. The operation is always awaited
/// (structured concurrency), so it must honour cancellation to end promptly.
func withTimeLimit<Value: Sendable>(
    _ limit: Duration,
    _ operation: @escaping @Sendable () async -> Value
) async -> TimeLimited<Value> {
    await withTaskGroup(of: TimeLimited<Value>?.self) { group in
        group.addTask {
            let value = await operation()
            return Task.isCancelled ? nil : .finished(value)
        }
        group.addTask {
            do {
                try await Task.sleep(for: limit)
                return .timedOut
            } catch {
                return nil
            }
        }
        // `nil` only comes from a child that saw the caller's cancellation.
        let first = await group.next() ?? nil
        group.cancelAll()
        return first ?? .cancelled
    }
}
