import Synchronization

/// The many-producers, one-consumer queue behind ``EventBus``.
///
/// A producer appends its element and then, if the buffer has reached `capacity`, suspends
/// until the consumer has taken the buffered elements. Appending before waiting keeps each
/// producer's order without any bookkeeping, and memory stays bounded by
/// `capacity + number of suspended producers` (each of them holds at most one extra element).
///
/// The consumer takes everything buffered under one lock acquisition (swapping two arrays, so
/// steady state allocates nothing) and then hands elements out without locking.
final class BoundedEventBuffer<Element: Sendable>: Sendable {
    /// Why the consumer is ending.
    private enum Termination {
        /// Producers are done; buffered elements are still delivered.
        case finished
        /// The consumer gave up; buffered elements are discarded and sends are ignored.
        case cancelled
    }

    private typealias WaitingProducer = (id: UInt64, continuation: UnsafeContinuation<Void, Never>)

    private struct State {
        var buffer: [Element] = []
        var termination: Termination?
        var waitingConsumer: UnsafeContinuation<Void, Never>?
        var waitingProducers: [WaitingProducer] = []
        var nextProducerID: UInt64 = 0
        var hasConsumer = false
    }

    let capacity: Int
    private let state: Mutex<State>
    /// Events the buffers have room for before they first grow.
    static var initialRoom: Int { 16 }

    init(capacity: Int) {
        precondition(capacity > 0, "An event buffer needs a capacity of at least 1 (got \(capacity)).")
        self.capacity = capacity
        // Room for a few events up front, not `capacity`: most runs queue a handful at a time, and
        // every open stream holds a bus. The two arrays keep whatever capacity they grow to.
        var initial = State()
        initial.buffer.reserveCapacity(Swift.min(capacity, Self.initialRoom))
        state = Mutex(initial)
    }

    /// Number of elements currently buffered (for tests of the memory bound).
    var bufferedCount: Int { state.withLock { $0.buffer.count } }

    // MARK: Producers

    /// Queues `element`, then suspends while the buffer is full. Returns at once (dropping the
    /// element) after ``cancel()``, and stops waiting (the element stays queued) when the
    /// calling task is cancelled, so a cancelled producer never hangs on a slow consumer.
    func send(_ element: Element) async {
        let (consumer, waitID) = state.withLock { state -> (UnsafeContinuation<Void, Never>?, UInt64?) in
            if state.termination != nil { return (nil, nil) }
            state.buffer.append(element)
            let consumer = state.waitingConsumer
            state.waitingConsumer = nil
            guard state.buffer.count >= capacity else { return (consumer, nil) }
            state.nextProducerID &+= 1
            return (consumer, state.nextProducerID)
        }
        consumer?.resume()
        if let waitID { await waitForRoom(id: waitID) }
    }

    private func waitForRoom(id: UInt64) async {
        await withTaskCancellationHandler {
            await withUnsafeContinuation { (continuation: UnsafeContinuation<Void, Never>) in
                let resumeNow = state.withLock { state -> Bool in
                    // Room may have appeared since `send` looked; cancellation may have happened
                    // before this continuation existed (the handler then found nothing to resume).
                    if state.termination != nil || state.buffer.count < capacity || Task.isCancelled { return true }
                    state.waitingProducers.append((id, continuation))
                    return false
                }
                if resumeNow { continuation.resume() }
            }
        } onCancel: {
            let continuation = state.withLock { state -> UnsafeContinuation<Void, Never>? in
                guard let index = state.waitingProducers.firstIndex(where: { $0.id == id }) else { return nil }
                return state.waitingProducers.remove(at: index).continuation
            }
            continuation?.resume()
        }
    }

    /// No more elements will be sent; the consumer still receives everything buffered.
    func finish() {
        terminate(.finished)
    }

    /// The consumer is gone: buffered elements are discarded, waiting producers resume, and
    /// later sends return immediately.
    func cancel() {
        terminate(.cancelled)
    }

    private func terminate(_ termination: Termination) {
        let (consumer, producers) = state.withLock { state in
            if state.termination != .cancelled { state.termination = termination }
            if termination == .cancelled { state.buffer.removeAll() }
            let consumer = state.waitingConsumer
            let producers = state.waitingProducers
            state.waitingConsumer = nil
            state.waitingProducers = []
            return (consumer, producers)
        }
        consumer?.resume()
        for producer in producers { producer.continuation.resume() }
    }

    // MARK: Consumer

    /// Registers the single consumer. A second consumer is a programming error.
    func claimConsumer() {
        let alreadyClaimed = state.withLock { state in
            defer { state.hasConsumer = true }
            return state.hasConsumer
        }
        precondition(!alreadyClaimed, "An EventBus has exactly one consumer; its events were already being read.")
    }

    /// Moves every buffered element into `batch` (which must be empty), waking waiting
    /// producers. Suspends while nothing is buffered. Returns `false` once the stream ended.
    func takeAll(into batch: inout [Element]) async -> Bool {
        while true {
            if Task.isCancelled {
                cancel()
                return false
            }
            let (producers, outcome) = state.withLock { state -> ([WaitingProducer], Bool?) in
                if !state.buffer.isEmpty {
                    swap(&state.buffer, &batch)
                    let producers = state.waitingProducers
                    state.waitingProducers = []
                    return (producers, true)
                }
                return ([], state.termination == nil ? nil : false)
            }
            for producer in producers { producer.continuation.resume() }
            if let outcome { return outcome }
            await waitForElements()
        }
    }

    private func waitForElements() async {
        await withTaskCancellationHandler {
            await withUnsafeContinuation { (continuation: UnsafeContinuation<Void, Never>) in
                let resumeNow = state.withLock { state -> Bool in
                    if !state.buffer.isEmpty || state.termination != nil || Task.isCancelled { return true }
                    state.waitingConsumer = continuation
                    return false
                }
                if resumeNow { continuation.resume() }
            }
        } onCancel: {
            cancel()
        }
    }
}
