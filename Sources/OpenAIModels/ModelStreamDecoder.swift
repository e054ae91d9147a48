import AgentRuntime
import Foundation
import JSONValue

/// Turns the server-sent events of one model response into ``ModelStreamEvent``s and a ``ModelResponse``.
///
/// Pure state machines, one per wire format, so every stream shape can be tested without HTTP.
protocol ModelStreamDecoder {
    /// Reads one event; returns what to report now. Throws when the stream reports or shows a failure.
    mutating func consume(_ event: ServerSentEvent) throws(ModelError) -> [ModelStreamEvent]
    /// True once the terminal event was read; the rest of the body is only drained, not decoded.
    var isComplete: Bool { get }
    /// Ends the stream: what is left to report, and the complete response.
    mutating func finish() throws(ModelError) -> (events: [ModelStreamEvent], response: ModelResponse)
}

extension ServerSentEvent {
    /// The `data` parsed as JSON; a payload that is not JSON makes the stream malformed.
    func jsonPayload() throws(ModelError) -> JSONValue {
        do {
            return try JSONValue(parsing: data)
        } catch {
            throw .malformedStream("An event's data is not JSON: \(data.prefix(200))")
        }
    }
}

extension JSONValue {
    /// The value as an integer when it is an integral number.
    var asInt: Int? {
        switch self {
        case .int(let value): value
        case .double(let value) where value.rounded() == value: Int(exactly: value)
        default: nil
        }
    }

    /// A string, or a number rendered as text (some servers send numeric error codes).
    var asCode: String? {
        switch self {
        case .string(let value): value
        case .int(let value): String(value)
        default: nil
        }
    }
}
