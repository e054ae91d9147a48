import Synchronization

/// Counters shared by concurrent client tasks: successes, failures, and the first failure's message.
final class Tally: Sendable {
    private let state = Mutex<(successes: Int, failures: Int, firstFailure: String?)>((0, 0, nil))

    func succeeded() { state.withLock { $0.successes += 1 } }
    func retractSuccess() { state.withLock { $0.successes -= 1 } }

    func failed(_ error: any Error) {
        state.withLock { state in
            state.failures += 1
            if state.firstFailure == nil { state.firstFailure = String(describing: error) }
        }
    }

    var successes: Int { state.withLock { $0.successes } }
    var failures: Int { state.withLock { $0.failures } }
    var firstFailure: String? { state.withLock { $0.firstFailure } }
}
