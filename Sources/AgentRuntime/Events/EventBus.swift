/// The single, ordered stream of ``AgentEvent``s of one agent run.
///
/// Many producers (the loop, concurrently running tools) write; exactly one consumer (the
/// ChatKit bridge, a CLI printer, a test) reads ``events``. Nothing is dropped and each
/// producer's events keep their order. The buffer is bounded: when the consumer falls behind,
/// producers suspend in ``send(_:)`` instead of growing memory, so a slow client slows the
/// tools down rather than the server running out of memory.
///
/// Lifecycle: the agent loop calls ``finish()`` when the run ends (the consumer then receives
/// the remaining events and its loop ends). A consumer that stops reading early calls
/// ``cancel()`` (cancelling the consuming task does the same), so producers never wait on it.
public final class EventBus: Sendable {
    /// How many events may wait for the consumer before producers suspend.
    public static let defaultCapacity = 256

    private let buffer: BoundedEventBuffer<AgentEvent>

    /// Creates a bus whose producers suspend once `capacity` events are waiting.
    /// `capacity` must be at least 1.
    public init(capacity: Int = EventBus.defaultCapacity) {
        buffer = BoundedEventBuffer(capacity: capacity)
    }

    /// Queues `event`; suspends while the consumer is `capacity` events behind.
    ///
    /// Returns without queueing after ``finish()`` or ``cancel()``. If the calling task is
    /// cancelled while suspended, it stops waiting (the event stays queued).
    public func send(_ event: AgentEvent) async {
        await buffer.send(event)
    }

    /// Ends the stream once the consumer has read every queued event. Later sends are ignored.
    public func finish() {
        buffer.finish()
    }

    /// Ends the stream now, discarding queued events; suspended producers resume at once.
    public func cancel() {
        buffer.cancel()
    }

    /// The sink handed to tools through ``ToolContext``.
    public var sink: EventSink {
        EventSink { [buffer] event in await buffer.send(event) }
    }

    /// The events in order. Iterate it once, from one task.
    public var events: Events {
        Events(buffer: buffer)
    }

    /// Number of events waiting for the consumer (at most `capacity` plus one per suspended producer).
    public var queuedCount: Int { buffer.bufferedCount }

    /// The consumer's view of the bus.
    public struct Events: AsyncSequence, Sendable {
        public typealias Element = AgentEvent
        public typealias Failure = Never

        fileprivate let buffer: BoundedEventBuffer<AgentEvent>

        public func makeAsyncIterator() -> Iterator {
            buffer.claimConsumer()
            return Iterator(buffer: buffer)
        }

        /// Hands out a batch taken from the bus under one lock, then refills.
        public struct Iterator: AsyncIteratorProtocol {
            private let buffer: BoundedEventBuffer<AgentEvent>
            private var batch: [AgentEvent] = []
            private var position = 0
            private var ended = false

            fileprivate init(buffer: BoundedEventBuffer<AgentEvent>) {
                self.buffer = buffer
                batch.reserveCapacity(Swift.min(buffer.capacity, BoundedEventBuffer<AgentEvent>.initialRoom))
            }

            public mutating func next() async -> AgentEvent? {
                if position == batch.count {
                    if ended { return nil }
                    batch.removeAll(keepingCapacity: true)
                    position = 0
                    guard await buffer.takeAll(into: &batch) else {
                        ended = true
                        return nil
                    }
                }
                defer { position += 1 }
                return batch[position]
            }
        }
    }
}
