/// One entry of the conversation history sent to the model.
///
/// The shape follows the Responses API input items; the Chat Completions client maps them
/// onto `messages` (consecutive function calls become one assistant message with `tool_calls`).
public enum ModelInputItem: Sendable, Hashable {
    /// A user turn (also used for context the model must see but the user did not type,
    /// such as widget summaries and hidden context).
    case userMessage(String)
    /// An earlier assistant answer. `id` is the model's item id when known.
    case assistantMessage(id: String?, text: String)
    /// A function call the model made earlier. `arguments` is the raw JSON text it sent.
    case functionCall(id: String?, callID: String, name: String, arguments: String)
    /// The output that was returned for `callID`.
    case functionCallOutput(callID: String, output: String)
}
