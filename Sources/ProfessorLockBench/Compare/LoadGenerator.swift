import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// N concurrent ChatKit clients, each looping `threads.create` turns and reading every SSE stream to
/// its end, for a fixed time. The same generator drives both servers.
struct LoadGenerator: Sendable {
    /// What a level of load produced.
    struct Outcome: Sendable {
        var turns: Int
        var failures: Int
        var elapsed: Duration
        var latencies: Samples
        /// When each successful turn started and ended.
        var windows: [Range<ContinuousClock.Instant>]
        var firstFailure: String?

        var turnsPerSecond: Double { Double(turns) / elapsed.seconds }
    }

    static let turnBody = #"{"type":"threads.create","params":{"input":{"content":[{"type":"input_text","text":"Build me a parlay: Chiefs ML -150, Lions -3.5 -110, Over 47.5 -105, Jets ML +185. $25."}],"attachments":[],"inference_options":{}}}}"#

    let client: HTTPClient
    /// Text the last answer delta carries; its presence means the answer streamed to the end.
    let finalToken: String

    /// A client whose pool never makes turns wait for a connection.
    static func makeClient(maximumConnections: Int) -> HTTPClient {
        HTTPClient(
            eventLoopGroupProvider: .singleton,
            configuration: HTTPClient.Configuration(
                timeout: .init(connect: .seconds(30), read: .seconds(120)),
                connectionPool: .init(idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: maximumConnections)))
    }

    /// One turn: the request, the whole SSE body, and a check that an assistant answer arrived without an error event.
    func turn(url: String) async throws {
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "content-type", value: "application/json")
        // One connection per turn for both servers: the Swift server closes the connection after an SSE
        // response without saying so, and a pooled reuse would race that close.
        request.headers.add(name: "connection", value: "close")
        request.body = .bytes(ByteBuffer(string: Self.turnBody))
        let response = try await client.execute(request, timeout: .seconds(120))
        let body = try await response.body.collect(upTo: 8 << 20)
        guard response.status == .ok else { throw BenchFailure("HTTP \(response.status.code): \(String(buffer: body).prefix(200))") }
        guard body.contains(#""type":"thread.item.done""#), body.contains(finalToken), !body.contains(#"{"type":"error""#)
        else { throw BenchFailure("stream without a finished answer or with an error: …\(String(buffer: body).suffix(300))") }
    }

    /// Runs `clients` loops for `duration`; turns in flight at the deadline finish and are counted.
    func drive(url: String, clients: Int, duration: Duration) async -> Outcome {
        let clock = ContinuousClock()
        let start = clock.now
        let deadline = start + duration
        let tally = Tally()
        let windows = await withTaskGroup(of: [Range<ContinuousClock.Instant>].self) { group in
            for _ in 0..<clients {
                group.addTask {
                    var mine: [Range<ContinuousClock.Instant>] = []
                    while clock.now < deadline {
                        let turnStart = clock.now
                        do {
                            try await turn(url: url)
                            mine.append(turnStart..<clock.now)
                        } catch {
                            tally.failed(error)
                            try? await Task.sleep(for: .milliseconds(50))
                        }
                    }
                    return mine
                }
            }
            var all: [Range<ContinuousClock.Instant>] = []
            for await mine in group { all += mine }
            return all
        }
        return Outcome(
            turns: windows.count, failures: tally.failures, elapsed: clock.now - start,
            latencies: Samples(windows.map { $0.upperBound - $0.lowerBound }), windows: windows, firstFailure: tally.firstFailure)
    }
}

extension ByteBuffer {
    /// Whether the readable bytes contain `text`'s UTF-8, searched in place: the generator checks every
    /// 17 KB stream, and must cost the machine far less than the servers it measures.
    fileprivate func contains(_ text: String) -> Bool {
        var text = text
        return withUnsafeReadableBytes { haystack in
            text.withUTF8 { needle in
                guard let first = needle.first, haystack.count >= needle.count else { return needle.isEmpty }
                let bytes = haystack.bindMemory(to: UInt8.self)
                var start = 0
                let lastStart = bytes.count - needle.count
                while start <= lastStart {
                    guard let hit = bytes[start...lastStart].firstIndex(of: first) else { return false }
                    if memcmp(bytes.baseAddress! + hit, needle.baseAddress!, needle.count) == 0 { return true }
                    start = hit + 1
                }
                return false
            }
        }
    }
}
