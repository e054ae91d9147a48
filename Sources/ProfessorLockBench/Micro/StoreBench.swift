import ChatKit
import ChatKitSQLStore
import Foundation

/// The SQL store on a thread of 10,000 items: `addThreadItem` on the store, and `items.list` of 20
/// through `ChatKitServer.process` (decoding, the store query, hidden-item filtering, JSON encoding).
enum StoreBench {
    static let itemCount = 10_000

    static func run(backend: String, url: String, target: Duration) async throws -> [MicroResult] {
        let store = try await SQLStore(url: url, logger: benchLogger)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await store.run() }
            defer { group.cancelAll() }
            return try await measure(store, backend: backend, target: target)
        }
    }

    private static func measure(_ store: SQLStore, backend: String, target: Duration) async throws -> [MicroResult] {
        let context = RequestContext(userID: "bench_user")
        let threadID = store.generateThreadID(context: context)
        let start = Date()
        try await store.saveThread(ThreadMetadata(id: threadID, createdAt: start), context: context)
        let clock = ContinuousClock()
        let seedStart = clock.now
        for index in 0..<itemCount {
            try await store.addThreadItem(item(index, threadID: threadID, base: start, store: store, context: context), threadID: threadID, context: context)
        }
        let seedTime = clock.now - seedStart

        var next = itemCount
        let adds = try await sample(iterations: 1_000, warmup: 50) {
            try await store.addThreadItem(item(next, threadID: threadID, base: start, store: store, context: context), threadID: threadID, context: context)
            next += 1
        }

        let server = ChatKitServer(store: store, responder: ChatKitStreamBench.HundredEventResponder())
        let newest = Data(#"{"type":"items.list","params":{"thread_id":"\#(threadID)","limit":20,"order":"desc"}}"#.utf8)
        guard case .json(let page) = try await server.process(newest, context: context),
              let decoded = try JSONSerialization.jsonObject(with: page) as? [String: Any],
              let data = decoded["data"] as? [Any], data.count == 20,
              let after = decoded["after"] as? String
        else { throw BenchFailure("items.list on \(backend) did not return a page of 20") }
        let lists = try await sample(iterations: 1_000, warmup: 50) {
            _ = try await server.process(newest, context: context)
        }
        // A page from the middle of the thread, through the keyset cursor.
        let middle = Data(#"{"type":"items.list","params":{"thread_id":"\#(threadID)","limit":20,"order":"asc","after":"\#(after)"}}"#.utf8)
        let cursorLists = try await sample(iterations: 500, warmup: 20) {
            _ = try await server.process(middle, context: context)
        }
        try await store.deleteThread(threadID, context: context)
        return [
            .latency("\(backend): addThreadItem (thread of 10k)", adds, p50Below: target, figure: "seeded 10k items in \(seedTime.readable)"),
            .latency("\(backend): items.list 20 newest of 10k", lists, p50Below: target),
            .latency("\(backend): items.list 20 after a cursor", cursorLists, p50Below: target),
        ]
    }

    private static func item(_ index: Int, threadID: String, base: Date, store: SQLStore, context: RequestContext) -> ThreadItem {
        let text = "Parlay note \(index): the Chiefs cover at home, the total stays under, and the Bills' line moved half a point after sharp money came in on Friday."
        return .assistantMessage(AssistantMessageItem(
            id: store.generateItemID(.message, threadID: threadID, context: context), threadID: threadID,
            createdAt: base.addingTimeInterval(Double(index) / 1000), content: [AssistantMessageContent(text: text)]))
    }
}
