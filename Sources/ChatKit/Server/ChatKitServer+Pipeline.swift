import Logging

extension ChatKitServer {
    /// The reference `_process_events`: stream options first (after `preamble`, the writes and frames
    /// of a new thread, when the stream opens), then the handler's events through a ``ThreadStream``;
    /// handler errors become an `error` event; a cancelled task or a vanished client triggers the
    /// responder's cancellation cleanup and ends the stream by rethrowing.
    func runResponder(
        thread: ThreadMetadata, context: RequestContext, sink: FrameSink, newThreadItems: [ThreadItem]? = nil,
        preamble: (() async throws -> Void)? = nil, _ handler: (ThreadStream) async throws -> Void
    ) async throws {
        let stream = ThreadStream(thread: thread, context: context, store: store, sink: sink, newThreadItems: newThreadItems) { [responder] in
            try await preamble?()
            await Task.yield()  // let the transport start the response, as the reference does
            try await sink.emit(.streamOptions(responder.streamOptions(thread: thread, context: context)))
        }
        do {
            // Without a preamble the stream opens at once, as the reference's does; with one, the
            // responder may start its work before the stream opens.
            if preamble == nil { try await stream.open() }
            try await handler(stream)
            try await stream.open()  // a responder that sent nothing
        } catch {
            let cancelled = error is CancellationError || Task.isCancelled || sink.transportError != nil
            // A responder that failed before its first event: announce the thread, then report it.
            if !cancelled, stream.isUnopened {
                do {
                    try await stream.open()
                } catch let openingError {
                    logger.error("responder failed before its stream opened", metadata: ["error": "\(String(reflecting: error))"])
                    throw openingError
                }
            }
            // A stream that never opened showed the client nothing to clean up.
            guard stream.isOpen else { throw sink.transportError ?? error }
            if cancelled {
                try await responder.handleStreamCancelled(
                    thread: stream.thread, pendingItems: stream.pendingItemsInOrder, store: store, context: context)
                throw sink.transportError ?? error
            }
            try await sink.emit(.error(errorEvent(for: error)))
        }
        try await stream.announceThreadChange()
    }

    /// The in-stream error for a handler failure; unexpected errors are logged and reported generically.
    private func errorEvent(for error: any Error) -> ErrorEvent {
        switch error {
        case let error as CustomStreamError:
            return ErrorEvent(code: .custom, message: error.message, allowRetry: error.allowRetry)
        case let error as StreamError:
            return ErrorEvent(code: error.code, allowRetry: error.allowRetry)
        default:
            logger.error("responder failed", metadata: ["error": "\(String(reflecting: error))"])
            return ErrorEvent(code: .streamError, allowRetry: true)
        }
    }
}
