@testable import AgentRuntime
import Synchronization
import Testing

@Suite("EventBus")
struct EventBusTests {
    private func delta(_ producer: Int, _ index: Int) -> AgentEvent {
        .assistantTextDelta(messageID: "p\(producer)", delta: String(index))
    }

    @Test("an event is a few words wide: widget and tool payloads are boxed, so queued events stay cheap")
    func eventsAreSmall() {
        #expect(MemoryLayout<AgentEvent>.size <= 64)
    }

    @Test("delivers every event of one producer in order and ends after finish")
    func singleProducerOrder() async {
        let bus = EventBus(capacity: 8)
        async let produced: Void = {
            for index in 0..<1_000 { await bus.send(delta(0, index)) }
            bus.finish()
        }()
        var received: [AgentEvent] = []
        for await event in bus.events { received.append(event) }
        await produced
        #expect(received == (0..<1_000).map { delta(0, $0) })
    }

    @Test("keeps each producer's order when concurrent producers interleave")
    func perProducerOrder() async {
        let bus = EventBus(capacity: 4)
        let producers = 4, perProducer = 2_000
        async let produced: Void = withTaskGroup(of: Void.self) { group in
            for producer in 0..<producers {
                group.addTask {
                    for index in 0..<perProducer { await bus.send(delta(producer, index)) }
                }
            }
            await group.waitForAll()
            bus.finish()
        }
        var next = [String: Int]()
        var outOfOrder = 0
        var total = 0
        for await event in bus.events {
            guard case .assistantTextDelta(let producer, let index) = event else { continue }
            if Int(index) != next[producer, default: 0] { outOfOrder += 1 }
            next[producer] = Int(index)! + 1
            total += 1
        }
        await produced
        #expect(outOfOrder == 0)
        #expect(total == producers * perProducer)
    }

    @Test("a slow consumer with a tiny buffer still receives every event, and the queue never exceeds its bound")
    func slowConsumerLosesNothing() async {
        let capacity = 2, producers = 3, perProducer = 300
        let bus = EventBus(capacity: capacity)
        async let produced: Void = withTaskGroup(of: Void.self) { group in
            for producer in 0..<producers {
                group.addTask {
                    for index in 0..<perProducer { await bus.send(delta(producer, index)) }
                }
            }
            await group.waitForAll()
            bus.finish()
        }
        var received = 0
        var largestQueue = 0
        for await _ in bus.events {
            received += 1
            // Be slow: let the producers run before taking the next event.
            for _ in 0..<5 { await Task.yield() }
            largestQueue = max(largestQueue, bus.queuedCount)
        }
        await produced
        #expect(received == producers * perProducer)
        // Each producer holds at most one event beyond the capacity while it waits.
        #expect(largestQueue <= capacity + producers)
    }

    @Test("a producer suspends once the buffer is full and resumes when the consumer reads")
    func backpressureSuspendsProducer() async {
        let capacity = 4
        let bus = EventBus(capacity: capacity)
        let completedSends = Mutex(0)
        async let produced: Void = {
            for index in 0..<100 {
                await bus.send(delta(0, index))
                completedSends.withLock { $0 += 1 }
            }
            bus.finish()
        }()
        // Nobody reads yet: the producer fills the buffer and must stop there.
        while bus.queuedCount < capacity { await Task.yield() }
        for _ in 0..<200 { await Task.yield() }
        #expect(bus.queuedCount == capacity)
        #expect(completedSends.withLock { $0 } == capacity - 1)

        var received = 0
        for await _ in bus.events { received += 1 }
        await produced
        #expect(received == 100)
        #expect(completedSends.withLock { $0 } == 100)
    }

    @Test("cancel discards queued events and releases a suspended producer")
    func cancelReleasesProducers() async {
        let bus = EventBus(capacity: 1)
        let releasedProducer = Latch()
        async let produced: Void = {
            await bus.send(delta(0, 0))  // fills the buffer and suspends
            releasedProducer.open()
            await bus.send(delta(0, 1))  // ignored after cancel
        }()
        while bus.queuedCount < 1 { await Task.yield() }
        bus.cancel()
        await releasedProducer.wait()
        await produced
        var received = 0
        for await _ in bus.events { received += 1 }
        #expect(received == 0)
        #expect(bus.queuedCount == 0)
    }

    @Test("cancelling the consuming task ends iteration and later sends return at once")
    func consumerCancellation() async {
        let bus = EventBus(capacity: 1)
        let consumerStarted = Latch()
        let consumer = Task {
            var received = 0
            consumerStarted.open()
            for await _ in bus.events { received += 1 }
            return received
        }
        await consumerStarted.wait()
        consumer.cancel()
        _ = await consumer.value
        // The consumer is gone: producers must not wait for it.
        for index in 0..<10 { await bus.send(delta(0, index)) }
        #expect(bus.queuedCount == 0)
    }

    @Test("events sent after finish are ignored; queued ones are still delivered")
    func sendAfterFinish() async {
        let bus = EventBus()
        await bus.send(delta(0, 0))
        bus.finish()
        await bus.send(delta(0, 1))
        var received: [AgentEvent] = []
        for await event in bus.events { received.append(event) }
        #expect(received == [delta(0, 0)])
    }

    @Test("a tool context writes through the bus sink")
    func sinkForwardsToBus() async {
        let bus = EventBus()
        let context = ToolContext(callID: "call_1", toolName: "odds", caller: .operator_, sink: bus.sink)
        await context.progress("Fetching odds…")
        bus.finish()
        var received: [AgentEvent] = []
        for await event in bus.events { received.append(event) }
        #expect(received == [.progress(callID: "call_1", text: "Fetching odds…", icon: nil)])
    }
}
