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
    /// The start of a line whose end has not arrived yet (most lines arrive whole and skip it).
    private var partialLine: [UInt8] = []
    /// The previous byte was a CR, so an LF right after it belongs to the same line break.
    private var afterCarriageReturn = false
    private var eventType: String?
    /// The `data:` lines so far, joined with `"\n"`.
    private var data: String?
    private var lastEventID: String?

    public init() {}

    /// Consumes bytes and returns the events they complete, in order.
    public mutating func feed(_ bytes: some Sequence<UInt8>) -> [ServerSentEvent] {
        var events: [ServerSentEvent] = []
        if bytes.withContiguousStorageIfAvailable({ feed($0, into: &events) }) == nil {
            Array(bytes).withUnsafeBufferPointer { feed($0, into: &events) }
        }
        return events
    }

    /// Ends the stream. Returns the last event when the body stopped without its closing blank line
    /// (some servers end with `data: [DONE]\n`); a partial line counts as a complete one.
    public mutating func finish() -> ServerSentEvent? {
        if !partialLine.isEmpty { endPartialLine(with: UnsafeBufferPointer(start: nil, count: 0)) }
        let event = dispatch()
        self = ServerSentEventParser()
        return event
    }

    /// Whole lines are read in place; only a line cut by the chunk's end is copied.
    private mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>, into events: inout [ServerSentEvent]) {
        var index = 0
        if afterCarriageReturn, !bytes.isEmpty {
            afterCarriageReturn = false
            if bytes[0] == UInt8(ascii: "\n") { index = 1 }
        }
        while index < bytes.count {
            var end = index
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n"), bytes[end] != UInt8(ascii: "\r") { end += 1 }
            let text = UnsafeBufferPointer(rebasing: bytes[index..<end])
            guard end < bytes.count else {
                partialLine.append(contentsOf: text)
                return
            }
            let event = partialLine.isEmpty ? endLine(text) : endPartialLine(with: text)
            if let event { events.append(event) }
            if bytes[end] == UInt8(ascii: "\r") {
                if end + 1 == bytes.count {
                    afterCarriageReturn = true
                } else if bytes[end + 1] == UInt8(ascii: "\n") {
                    end += 1
                }
            }
            index = end + 1
        }
    }

    /// Ends the line held in `partialLine` with its last bytes.
    @discardableResult
    private mutating func endPartialLine(with rest: UnsafeBufferPointer<UInt8>) -> ServerSentEvent? {
        var line = partialLine
        partialLine = []
        line.append(contentsOf: rest)
        let event = line.withUnsafeBufferPointer { endLine($0) }
        // Keep a small buffer for the next cut line, not the capacity of an occasional long one.
        if line.capacity <= 1024 {
            line.removeAll(keepingCapacity: true)
            partialLine = line
        }
        return event
    }

    private mutating func endLine(_ line: UnsafeBufferPointer<UInt8>) -> ServerSentEvent? {
        guard !line.isEmpty else { return dispatch() }
        processField(line)
        return nil
    }

    private mutating func processField(_ line: UnsafeBufferPointer<UInt8>) {
        if line[0] == UInt8(ascii: ":") { return }
        let colon = line.firstIndex(of: UInt8(ascii: ":")) ?? line.count
        var valueStart = min(colon + 1, line.count)
        if valueStart < line.count, line[valueStart] == UInt8(ascii: " ") { valueStart += 1 }
        let field = UnsafeBufferPointer(rebasing: line[..<colon])
        let value = UnsafeBufferPointer(rebasing: line[valueStart...])
        if field.elementsEqual("data".utf8) {
            let text = String(decoding: value, as: UTF8.self)
            if data == nil {
                data = text
            } else {
                data!.append("\n")
                data!.append(text)
            }
        } else if field.elementsEqual("event".utf8) {
            eventType = String(decoding: value, as: UTF8.self)
        } else if field.elementsEqual("id".utf8), !value.contains(0) {
            lastEventID = String(decoding: value, as: UTF8.self)
        }
    }

    private mutating func dispatch() -> ServerSentEvent? {
        defer {
            eventType = nil
            data = nil
        }
        guard let data else { return nil }
        return ServerSentEvent(event: eventType, data: data, id: lastEventID)
    }
}
