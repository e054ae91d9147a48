/// A language model that streams one response for one request.
///
/// The loop only knows this protocol; the OpenAI Responses and Chat Completions clients,
/// the offline demo model and test doubles all implement it. Implementations report
/// progress through `onEvent` as bytes arrive and return the complete response at the end,
/// so the loop can replay it into the next request.
public protocol ModelClient: Sendable {
    /// A short label for logs and `/health` (for example `responses:gpt-4.1`).
    var label: String { get }

    /// Streams a response. Throws ``ModelError`` when the model cannot produce one.
    /// Cancelling the calling task cancels the underlying HTTP request.
    func streamResponse(
        to request: ModelRequest,
        onEvent: (ModelStreamEvent) async throws -> Void
    ) async throws -> ModelResponse
}
