import Logging
import PostgresNIO
import Synchronization

/// A small lease-and-return pool of PostgresNIO connections.
///
/// Unlike `PostgresClient` it needs no long-running `run()` task, so a tool module can own it from a
/// synchronous initialiser and release it in `shutdown()`. Connections open lazily, at most
/// `maximumConnections` at a time; callers beyond that wait in order (and stop waiting when cancelled).
final class ConnectionPool: Sendable {
    private enum Grant {
        case connection(PostgresConnection)
        /// A slot was freed for the waiter: it opens its own connection.
        case slot
        case closed
        case cancelled
    }

    private struct Waiter {
        let id: Int
        let continuation: CheckedContinuation<Grant, Never>
    }

    private struct State {
        var idle: [PostgresConnection] = []
        var open = 0
        var waiters: [Waiter] = []
        var isClosed = false
        var nextID = 0
    }

    private let configuration: PostgresConnection.Configuration
    private let maximumConnections: Int
    private let logger: Logger
    private let state = Mutex(State())

    init(configuration: PostgresConnection.Configuration, maximumConnections: Int, logger: Logger) {
        self.configuration = configuration
        self.maximumConnections = max(1, maximumConnections)
        self.logger = logger
    }

    /// An open connection for the caller's exclusive use; hand it back with ``release(_:reusable:)``.
    func lease() async throws -> PostgresConnection {
        enum Decision { case reuse(PostgresConnection), connect(Int), wait(Int), closed }
        let decision = state.withLock { state -> Decision in
            guard !state.isClosed else { return .closed }
            while let connection = state.idle.popLast() {
                if !connection.isClosed { return .reuse(connection) }
                state.open -= 1
            }
            state.nextID += 1
            if state.open < maximumConnections {
                state.open += 1
                return .connect(state.nextID)
            }
            return .wait(state.nextID)
        }
        switch decision {
        case .reuse(let connection): return connection
        case .connect(let id): return try await connect(id: id)
        case .closed: throw SupabaseDatabaseError.closed
        case .wait(let id):
            switch await waitForGrant(id: id) {
            case .connection(let connection): return connection
            case .slot: return try await connect(id: id)
            case .closed: throw SupabaseDatabaseError.closed
            case .cancelled: throw CancellationError()
            }
        }
    }

    /// Returns a leased connection. Pass `reusable: false` when its session state is unknown
    /// (a failed rollback, a lost connection): it is closed instead of being handed out again.
    func release(_ connection: PostgresConnection, reusable: Bool) async {
        let (waiter, grant, closeIt) = state.withLock { state -> (Waiter?, Grant?, Bool) in
            let keep = reusable && !state.isClosed && !connection.isClosed
            let waiter = state.waiters.isEmpty ? nil : state.waiters.removeFirst()
            if keep {
                if let waiter { return (waiter, .connection(connection), false) }
                state.idle.append(connection)
                return (nil, nil, false)
            }
            // The slot passes to a waiter, or is freed.
            if waiter == nil { state.open -= 1 }
            return (waiter, waiter == nil ? nil : .slot, true)
        }
        if let waiter, let grant { waiter.continuation.resume(returning: grant) }
        if closeIt { try? await connection.close() }
    }

    /// Closes idle connections and refuses new leases; leased connections close when released.
    func close() async {
        let (idle, waiters) = state.withLock { state -> ([PostgresConnection], [Waiter]) in
            state.isClosed = true
            defer {
                state.open -= state.idle.count
                state.idle = []
                state.waiters = []
            }
            return (state.idle, state.waiters)
        }
        for waiter in waiters { waiter.continuation.resume(returning: .closed) }
        for connection in idle { try? await connection.close() }
    }

    private func connect(id: Int) async throws -> PostgresConnection {
        do {
            return try await PostgresConnection.connect(configuration: configuration, id: id, logger: logger)
        } catch {
            let waiter = state.withLock { state -> Waiter? in
                guard !state.waiters.isEmpty else {
                    state.open -= 1
                    return nil
                }
                return state.waiters.removeFirst()
            }
            waiter?.continuation.resume(returning: .slot)
            if error is CancellationError { throw error }
            throw SupabaseDatabaseError.connectionFailed(String(describing: error))
        }
    }

    private func waitForGrant(id: Int) async -> Grant {
        await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let immediate = state.withLock { state -> Grant? in
                    if state.isClosed { return .closed }
                    if Task.isCancelled { return .cancelled }
                    if let connection = state.idle.popLast() { return .connection(connection) }
                    if state.open < maximumConnections {
                        state.open += 1
                        return .slot
                    }
                    state.waiters.append(Waiter(id: id, continuation: continuation))
                    return nil
                }
                if let immediate { continuation.resume(returning: immediate) }
            }
        } onCancel: {
            let waiter = state.withLock { state -> Waiter? in
                guard let index = state.waiters.firstIndex(where: { $0.id == id }) else { return nil }
                return state.waiters.remove(at: index)
            }
            waiter?.continuation.resume(returning: .cancelled)
        }
    }
}
