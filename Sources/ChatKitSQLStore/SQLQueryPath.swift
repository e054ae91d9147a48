import NIOCore
import SQLKit

/// How a statement is run: SQLKit's `async` methods, or its `EventLoopFuture` ones (which finish
/// even when the calling task is cancelled).
enum SQLQueryPath: Sendable {
    case async
    case futures
}

extension SQLRawBuilder {
    /// Every row of the statement.
    func allRows(_ path: SQLQueryPath) async throws -> [any SQLRow] {
        switch path {
        case .async: try await all()
        case .futures: try await all().get()
        }
    }

    /// The statement's first row, if any.
    func firstRow(_ path: SQLQueryPath) async throws -> (any SQLRow)? {
        switch path {
        case .async: try await first()
        case .futures: try await first().get()
        }
    }

    /// Runs the statement for its effect.
    func run(_ path: SQLQueryPath) async throws {
        switch path {
        case .async: try await run()
        case .futures: try await run().get()
        }
    }
}
