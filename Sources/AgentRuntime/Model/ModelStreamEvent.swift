/// What a model client reports while a response streams.
///
/// Only what the product shows is modelled: assistant text as it arrives, and function calls
/// once their arguments are complete. Message ids are unique per response (clients mint ids
/// when the provider does not send any).
public enum ModelStreamEvent: Sendable, Hashable {
    /// An assistant message item started.
    case messageStarted(id: String)
    /// A fragment of assistant text.
    case textDelta(messageID: String, delta: String)
    /// The assistant message is complete.
    case messageDone(id: String, text: String)
    /// A function call is complete (arguments fully received).
    case functionCallDone(FunctionCall)
}
