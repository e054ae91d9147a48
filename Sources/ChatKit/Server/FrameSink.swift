import Foundation

/// Encodes events into SSE frames and hands them to the transport, with one reused encoder per stream.
///
/// Remembers whether the transport failed so the pipeline can tell a client disconnect from a responder
/// error. Used from a single task; not `Sendable`.
final class FrameSink {
    private var write: ((Data) async throws -> Void)?
    private let encoder = CompactJSONEncoder()
    private static let prefix = Array("data: ".utf8)
    private static let suffix = Array("\n\n".utf8)

    /// The error the transport threw, once it has failed.
    private(set) var transportError: (any Error)?

    init(_ write: @escaping (Data) async throws -> Void) {
        self.write = write
    }

    /// Encodes and writes one event. After a transport failure every call throws `CancellationError`.
    func emit(_ event: ThreadStreamEvent) async throws {
        guard transportError == nil, let write else { throw CancellationError() }
        try Task.checkCancellation()
        let frame = Data(try encoder.encode(event, prefix: Self.prefix, suffix: Self.suffix))
        do {
            try await write(frame)
        } catch {
            transportError = error
            throw CancellationError()
        }
    }

    /// Drops the transport closure; called when `run` returns so it never outlives its scope.
    func close() {
        write = nil
    }
}
