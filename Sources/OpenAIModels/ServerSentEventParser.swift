/// One event of a `text/event-stream` body.
public struct ServerSentEvent: Sendable, Hashable {
    /// The `event:` field, or `nil` when the event had none (the spec's default type "message").
    public var event: String?
    /// The `data:` lines joined with `"\n"`.
    public var data: String
    /// The `id:` field, when present.
    public var id: String?

    public init(event: String? = nil, data: String, id: String? = nil) {
        self.event = event
        self.data = data
        self.id = id
    }
}

/// An incremental parser for `text/event-stream` bodies (WHATWG HTML §9.2.6), fed bytes as they arrive.
///
/// A pure state machine: chunk boundaries may fall anywhere (inside a line, between `\r` and `\n`,
/// inside a UTF-8 sequence). Lines end with LF, CR or CRLF; lines starting with `:` are comments;
/// a blank line dispatches the event when it has data. `retry:` is ignored (the clients do not reconnect).
public struct ServerSentEventParser: Sendable {
    private var line: [UInt8] = []
    /// The previous byte was a CR, so an LF right after it belongs to the same line break.
    private var afterCarriageReturn = false
    private var eventType: String?
    private var dataLines: [String] = []
    private var lastEventID: String?

    public init() {}

    /// Consumes bytes and returns the events they complete, in order.
    public mutating func feed(_ bytes: some Sequence<UInt8>) -> [ServerSentEvent] {
        var events: [ServerSentEvent] = []
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "\n") where afterCarriageReturn:
                afterCarriageReturn = false
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                afterCarriageReturn = byte == UInt8(ascii: "\r")
                if let event = endLine() { events.append(event) }
            default:
                afterCarriageReturn = false
                line.append(byte)
            }
        }
        return events
    }

    /// Ends the stream. Returns the last event when the body stopped without its closing blank line
    /// (some servers end with `data: [DONE]\n`); a partial line counts as a complete one.
    public mutating func finish() -> ServerSentEvent? {
        if !line.isEmpty { processField() }
        let event = dispatch()
        self = ServerSentEventParser()
        return event
    }

    private mutating func endLine() -> ServerSentEvent? {
        guard !line.isEmpty else { return dispatch() }
        processField()
        return nil
    }

    private mutating func processField() {
        defer { line.removeAll(keepingCapacity: true) }
        if line.first == UInt8(ascii: ":") { return }
        let field: Substring
        var value: Substring
        let text = String(decoding: line, as: UTF8.self)
        if let colon = text.firstIndex(of: ":") {
            field = text[..<colon]
            value = text[text.index(after: colon)...]
            if value.first == " " { value = value.dropFirst() }
        } else {
            field = text[...]
            value = ""
        }
        switch field {
        case "event": eventType = String(value)
        case "data": dataLines.append(String(value))
        case "id" where !value.contains("\0"): lastEventID = String(value)
        default: break
        }
    }

    private mutating func dispatch() -> ServerSentEvent? {
        defer {
            eventType = nil
            dataLines = []
        }
        guard !dataLines.isEmpty else { return nil }
        return ServerSentEvent(event: eventType, data: dataLines.joined(separator: "\n"), id: lastEventID)
    }
}
