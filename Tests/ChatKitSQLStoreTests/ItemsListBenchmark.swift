import ChatKit
import ChatKitSQLStore
import Foundation
import Testing

/// Measures `items.list` (a page of 20 from the middle of a 10,000-item thread) on each backend and prints
/// the median. Opt-in with `PROFESSOR_LOCK_BENCH=1`; it asserts only correctness, never timing.
@Suite("items.list benchmark", .enabled(if: ProcessInfo.processInfo.environment["PROFESSOR_LOCK_BENCH"] == "1"))
struct ItemsListBenchmark {
    @Test("a page of 20 from a 10,000-item thread", arguments: StoreBackendUnderTest.enabled)
    func pageOfTwenty(backend: StoreBackendUnderTest) async throws {
        try await backend.withStore { store in
            let context = TestUsers().main
            try await store.saveThread(Fixtures.thread("thr_bench"), context: context)
            let count = 10_000
            try await withThrowingTaskGroup(of: Void.self) { group in
                for worker in 0..<4 {
                    group.addTask {
                        for index in stride(from: worker, to: count, by: 4) {
                            let item = Fixtures.userMessage(
                                String(format: "msg_%05d", index), threadID: "thr_bench",
                                text: "message number \(index) with some text", at: Double(index) / 1000)
                            try await store.addThreadItem(item, threadID: "thr_bench", context: context)
                        }
                    }
                }
                try await group.waitForAll()
            }
            var samples: [Duration] = []
            let clock = ContinuousClock()
            for round in 0..<200 {
                let cursor = String(format: "msg_%05d", (round * 37) % (count - 40))
                let start = clock.now
                let page = try await store.loadThreadItems(
                    threadID: "thr_bench", after: cursor, limit: 20, order: .asc, context: context)
                samples.append(clock.now - start)
                #expect(page.data.count == 20)
            }
            samples.sort()
            print("items.list \(backend.testDescription): p50 \(samples[samples.count / 2]), p90 \(samples[samples.count * 9 / 10])")
        }
    }
}
