import Dispatch
import Synchronization

/// How a time-limited operation ended.
enum TimeLimited<Value: Sendable>: Sendable {
    case finished(Value)
    case timedOut
    /// The calling task was cancelled first.
    case cancelled
}

/// Runs `operation` in a child task, cancelling it when `limit` passes first. The operation is
/// always awaited (structured concurrency), so it must honour cancellation to end promptly.
///
/// The limit is a dispatch timer, removed as soon as the operation ends, not a second child task
/// that sleeps: an operation that ends in time (almost every tool call) then costs one child task,
/// and the caller does not wait for a cancelled sleeper to wake before going on.
func withTimeLimit<Value: Sendable>(
    _ limit: Duration,
    _ operation: @escaping @Sendable () async -> Value
) async -> TimeLimited<Value> {
    let deadline = TaskDeadline()
    let value = await withTaskGroup(of: Value.self) { group in
        group.addTask { await deadline.run(cancellingAfter: limit, operation) }
        return await group.next()!
    }
    if deadline.expired { return .timedOut }
    return Task.isCancelled ? .cancelled : .finished(value)
}

/// Cancels the task running an operation if a timer fires while the operation runs.
private final class TaskDeadline: Sendable {
    private struct State {
        /// The running task; `nil` before it starts and once it has finished, so the timer never
        /// touches a task that is gone.
        var task: RunningTask?
        var expired = false
    }

    /// The running task's handle. Cancelling a task is thread-safe; the handle is only used under
    /// the lock while `run` has not returned, so the task is alive whenever it is touched.
    private struct RunningTask: @unchecked Sendable {
        let task: UnsafeCurrentTask
    }

    private let state = Mutex(State())

    /// Whether the timer fired while the operation ran (and cancelled it).
    var expired: Bool { state.withLock { $0.expired } }

    func run<Value: Sendable>(cancellingAfter limit: Duration, _ operation: @Sendable () async -> Value) async -> Value {
        withUnsafeCurrentTask { task in
            let running = task.map(RunningTask.init)
            state.withLock { $0.task = running }
        }
        let timer = DispatchSource.makeTimerSource(queue: .global())
        timer.setEventHandler { [self] in
            state.withLock { state in
                // A task its caller already cancelled ends as cancelled, not as timed out.
                guard let running = state.task, !running.task.isCancelled else { return }
                state.expired = true
                running.task.cancel()
            }
        }
        timer.schedule(deadline: .now() + Self.interval(limit))
        timer.activate()
        defer {
            timer.cancel()
            state.withLock { $0.task = nil }
        }
        return await operation()
    }

    /// `limit` for dispatch: at once when not positive, never when beyond what it can count.
    private static func interval(_ limit: Duration) -> DispatchTimeInterval {
        let (seconds, attoseconds) = limit.components
        guard seconds > 0 || (seconds == 0 && attoseconds > 0) else { return .nanoseconds(0) }
        let (whole, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        let (total, sumOverflow) = whole.addingReportingOverflow(attoseconds / 1_000_000_000)
        return overflow || sumOverflow ? .never : .nanoseconds(Int(total))
    }
}
