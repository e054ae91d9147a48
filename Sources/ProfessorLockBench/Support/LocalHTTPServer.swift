import Hummingbird
import Logging
import NIOCore

/// Serves `router` on an ephemeral loopback port for the duration of `body` (pages for `web_search`).
func withLocalHTTPServer<Result: Sendable>(
    _ router: Router<BasicRequestContext>,
    _ body: (_ port: Int) async throws -> Result
) async throws -> Result {
    let (ports, portContinuation) = AsyncStream.makeStream(of: Int.self)
    let application = Application(
        router: router,
        configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: 0)),
        onServerRunning: { channel in
            portContinuation.yield(channel.localAddress?.port ?? 0)
            portContinuation.finish()
        },
        logger: benchLogger
    )
    return try await withThrowingTaskGroup(of: Void.self) { group in
        group.addTask { try await application.runService() }
        defer { group.cancelAll() }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next(), port > 0 else { throw BenchFailure("the local page server did not start") }
        return try await body(port)
    }
}
