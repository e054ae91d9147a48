import AgentRuntime
import AsyncHTTPClient
import Foundation
import JSONValue
import Logging
import NIOCore
import NIOHTTP1

/// Sends one streaming model request and decodes its body; shared by both clients.
///
/// Failures before the first streamed byte (connection errors, retryable statuses) are retried
/// under the ``RetryPolicy``, each attempt carrying `x-stainless-retry-count`. Once the stream has
/// started, failures are final. Cancelling the calling task cancels the request and throws
/// `CancellationError`.
struct ModelHTTPTransport: Sendable {
    var httpClient: HTTPClient
    var configuration: OpenAIConfiguration
    var retryPolicy: RetryPolicy
    var responseHeadTimeout: TimeAmount
    var sleep: @Sendable (Duration) async throws -> Void
    var logger: Logger

    /// Posts the JSON text `body` makes to `path` (relative to the base URL) and feeds the event
    /// stream to `decoder`. The body is built in the task that sends it, so its JSON tree is gone
    /// before the answer streams.
    func stream<Decoder: ModelStreamDecoder>(
        path: String,
        body: @escaping @Sendable () -> [UInt8],
        decoder: inout Decoder,
        onEvent: (ModelStreamEvent) async throws -> Void
    ) async throws -> ModelResponse {
        let response = try await headOfResponse(path: path, body: body)
        var parser = ServerSentEventParser()
        var chunks = response.body.makeAsyncIterator()
        reading: while true {
            let chunk: ByteBuffer?
            do {
                chunk = try await chunks.next()
            } catch {
                try Task.checkCancellation()
                throw ModelError.connection("The stream was interrupted: \(String(describing: error))")
            }
            guard let chunk else { break }
            for event in parser.feed(chunk.readableBytesView) {
                for modelEvent in try decoder.consume(event) { try await onEvent(modelEvent) }
                if decoder.isComplete { break }
            }
            if decoder.isComplete {
                await Self.drain(&chunks)
                break reading
            }
        }
        // A cancelled body iterator may simply end; that is not a truncated stream.
        try Task.checkCancellation()
        if !decoder.isComplete, let event = parser.finish() {
            for modelEvent in try decoder.consume(event) { try await onEvent(modelEvent) }
        }
        let (events, result) = try decoder.finish()
        for event in events { try await onEvent(event) }
        return result
    }

    /// Reads what follows the terminal event (the body's end, a trailing `[DONE]`): a body dropped
    /// before its end closes the connection, and the next model request of the turn would pay a new
    /// TCP and TLS handshake. A server that keeps sending after the terminal event is cut off after
    /// ``drainByteLimit`` bytes and loses the connection instead; one that goes quiet is bounded by
    /// the HTTP client's read timeout, as in the middle of a stream.
    private static func drain(_ chunks: inout HTTPClientResponse.Body.AsyncIterator) async {
        var bytes = 0
        while bytes <= drainByteLimit, let chunk = try? await chunks.next() {
            bytes += chunk.readableBytes
        }
    }

    private static let drainByteLimit = 64 << 10

    /// Runs ``open(path:body:)`` in a child task that ends with the response head. A task keeps
    /// the memory of its deepest call stack until it ends, and the run's own task then waits on
    /// the body for the whole answer: the HTTP client's request frames are not worth keeping.
    private func headOfResponse(path: String, body: @escaping @Sendable () -> [UInt8]) async throws -> HTTPClientResponse {
        try await withThrowingTaskGroup(of: HTTPClientResponse.self) { group in
            group.addTask { try await open(path: path, body: Self.exactBytes(body())) }
            return try await group.next()!
        }
    }

    /// A copy without spare capacity: the HTTP client keeps the body until the response ends.
    private static func exactBytes(_ bytes: [UInt8]) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: bytes.count) { buffer, count in
            _ = buffer.initialize(fromContentsOf: bytes)
            count = bytes.count
        }
    }

    /// Sends the request until it gets a 2xx head or a final failure.
    private func open(path: String, body: [UInt8]) async throws -> HTTPClientResponse {
        var retriesTaken = 0
        while true {
            try Task.checkCancellation()
            let failure: RetryPolicy.Failure
            let finalError: ModelError
            do {
                let response = try await httpClient.execute(request(path: path, body: body, retriesTaken: retriesTaken), timeout: responseHeadTimeout, logger: logger)
                if (200..<300).contains(response.status.code) { return response }
                let errorBody = try await response.body.collect(upTo: 1 << 20)
                var headers: [String: String] = [:]
                for (name, value) in response.headers { headers[name.lowercased()] = value }
                failure = .status(Int(response.status.code), headers: headers)
                finalError = Self.statusError(status: Int(response.status.code), reason: response.status.reasonPhrase, body: errorBody)
            } catch let cancellation as CancellationError {
                throw cancellation
            } catch {
                try Task.checkCancellation()
                failure = .connection
                finalError = ModelError.connection(String(describing: error))
            }
            guard let delay = retryPolicy.delay(after: failure, retriesTaken: retriesTaken, jitter: Double.random(in: 0..<1), now: Date()) else {
                throw finalError
            }
            logger.notice("Retrying model request", metadata: ["error": "\(finalError)", "retry": "\(retriesTaken + 1)", "delay": "\(delay)"])
            try await sleep(delay)
            retriesTaken += 1
        }
    }

    private func request(path: String, body: [UInt8], retriesTaken: Int) -> HTTPClientRequest {
        var request = HTTPClientRequest(url: configuration.baseURL + path)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.headers.add(name: "Accept", value: "text/event-stream")
        request.headers.add(name: "User-Agent", value: "professor-lock")
        request.headers.add(name: "x-stainless-retry-count", value: String(retriesTaken))
        if let apiKey = configuration.apiKey {
            request.headers.add(name: "Authorization", value: "Bearer \(apiKey)")
        }
        request.body = .bytes(body)
        return request
    }

    /// Reads the API's `{"error": {"message", "type", "code"}}` body, falling back to the raw text.
    static func statusError(status: Int, reason: String, body: ByteBuffer) -> ModelError {
        let text = String(buffer: body)
        let error = (try? JSONValue(parsing: Data(text.utf8)))?["error"]
        let message =
            error?["message"]?.stringValue ?? error?.stringValue
            ?? (text.isEmpty ? reason : String(text.prefix(500)))
        return .httpStatus(status: status, code: error?["code"]?.asCode, message: message)
    }

    /// A unique id with the given prefix, for items the provider leaves unnamed.
    static func uniqueID(_ prefix: String) -> String {
        prefix + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
    }
}
