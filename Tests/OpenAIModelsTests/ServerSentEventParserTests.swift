import OpenAIModels
import Testing

@Suite("Server-sent event parser")
struct ServerSentEventParserTests {
    private let stream = "event: response.created\r\ndata: {\"a\":1}\r\n\r\n: keep-alive\n\ndata: line one\ndata: line two\n\nevent: done\rdata: [DONE]\r\r"
    private let expected = [
        ServerSentEvent(event: "response.created", data: "{\"a\":1}"),
        ServerSentEvent(data: "line one\nline two"),
        ServerSentEvent(event: "done", data: "[DONE]"),
    ]

    private func parse(_ chunks: [[UInt8]]) -> [ServerSentEvent] {
        var parser = ServerSentEventParser()
        var events = chunks.flatMap { parser.feed($0) }
        if let last = parser.finish() { events.append(last) }
        return events
    }

    @Test("reads LF, CRLF and CR line endings, comments and multi-line data")
    func wholeStream() {
        #expect(parse([Array(stream.utf8)]) == expected)
    }

    @Test("gives the same events wherever the chunk boundaries fall")
    func everySplitPoint() {
        let bytes = Array(stream.utf8)
        for split in 0...bytes.count {
            #expect(parse([Array(bytes[..<split]), Array(bytes[split...])]) == expected, "split at \(split)")
        }
        #expect(parse(bytes.map { [$0] }) == expected)
    }

    @Test("keeps multi-byte UTF-8 split across chunks intact")
    func utf8AcrossChunks() {
        let bytes = Array("data: Chiefs 🏈 -3.5\n\n".utf8)
        let emoji = bytes.firstIndex(of: 0xF0)! + 2
        #expect(parse([Array(bytes[..<emoji]), Array(bytes[emoji...])]) == [ServerSentEvent(data: "Chiefs 🏈 -3.5")])
    }

    @Test("strips one space after the colon and ignores events without data")
    func fieldRules() {
        let events = parse([Array("data:  two spaces\n\nevent: lonely\n\ndata\n\n".utf8)])
        #expect(events == [ServerSentEvent(data: " two spaces"), ServerSentEvent(data: "")])
    }

    @Test("delivers a final event that lacks its closing blank line when the stream ends")
    func unterminatedFinalEvent() {
        var parser = ServerSentEventParser()
        #expect(parser.feed(Array("data: [DONE]".utf8)).isEmpty)
        #expect(parser.finish() == ServerSentEvent(data: "[DONE]"))
    }
}
