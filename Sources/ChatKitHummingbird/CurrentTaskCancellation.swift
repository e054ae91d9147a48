import Synchronization

/// Lets any thread cancel the task that is inside ``run(_:)``, without moving the work into a
/// child task: every open stream would otherwise keep a second task and call stack alive.
///
/// Soundness: the task is only touched under the lock, and ``run(_:)`` marks itself finished under
/// the same lock before it returns, so ``cancel()`` never reaches a task that has left `run`.
final class CurrentTaskCancellation: Sendable {
    /// The running task, only ever used under the lock while it is inside `run` (see above).
    private struct RunningTask: @unchecked Sendable {
        let task: UnsafeCurrentTask
    }

    private enum State {
        case notStarted
        case running(RunningTask)
        case cancelledBeforeStart
        case finished
    }

    private let state = Mutex<State>(.notStarted)

    /// Runs `operation` in the calling task; a ``cancel()`` from now until it returns cancels the task
    /// (one that came earlier makes it throw `CancellationError` without running `operation`).
    func run<Value>(_ operation: () async throws -> Value) async throws -> Value {
        let cancelledEarly = withUnsafeCurrentTask { task in
            state.withLock { state -> Bool in
                guard case .notStarted = state, let task else { return true }
                state = .running(RunningTask(task: task))
                return false
            }
        }
        defer { state.withLock { $0 = .finished } }
        if cancelledEarly { throw CancellationError() }
        return try await operation()
    }

    /// Cancels the task inside ``run(_:)``, or the run that has not started yet; no effect after it.
    func cancel() {
        state.withLock { state in
            switch state {
            case .notStarted: state = .cancelledBeforeStart
            case .running(let running): running.task.cancel()
            case .cancelledBeforeStart, .finished: break
            }
        }
    }
}
