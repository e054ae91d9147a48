import ChatKit
import ChatKitSQLStore
import Foundation
import JSONValue
import NIOCore
import TestSupport
import Testing

/// Measures (and prints; no timing assertion, the box is shared) the server-side cost of one streamed
/// response of about 100 events: request decoding, the pipeline, JSON encoding of every frame and the
/// copy into the transport's `ByteBuffer`, exactly as ``ChatKitRoutes`` writes them.
@Suite("Streaming overhead")
struct StreamingOverheadTests {
    @Test("a 100-event stream is produced and framed in full", arguments: ["discarding store", "SQLite in memory"])
    func hundredEventStream(storeKind: String) async throws {
        let store: any Store = storeKind == "discarding store" ? DiscardingStore() : try await SQLStore(url: "sqlite::memory:")
        let server = ChatKitServer(store: store, responder: ScriptedResponder(store: store))
        let body = Data(Body.createThread("many deltas").jsonString().utf8)
        var durations: [Duration] = []
        var frames = 0
        let clock = ContinuousClock()
        for _ in 0..<110 {
            var count = 0
            let elapsed = try await clock.measure {
                guard case .stream(let stream) = try await server.process(body, context: RequestContext()) else {
                    Issue.record("threads.create must stream")
                    return
                }
                try await stream.run { frame in
                    let buffer = ByteBuffer(bytes: frame)
                    count += buffer.readableBytes > 0 ? 1 : 0
                }
            }
            durations.append(elapsed)
            frames = count
        }
        #expect(frames >= 100)
        let sorted = durations.dropFirst(10).sorted()
        print("ChatKit stream of \(frames) events with a \(storeKind): p50 \(sorted[sorted.count / 2]), p90 \(sorted[sorted.count * 9 / 10])")
    }
}
