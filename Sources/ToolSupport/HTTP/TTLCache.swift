import Synchronization

/// A bounded in-memory cache whose entries expire after a fixed time.
///
/// Tools cache upstream answers (StatMuse pages, search results) so a repeated question costs
/// no request and no rate-limit slot. When full, expired entries go first, then the oldest.
public final class TTLCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private struct Entry {
        var value: Value
        var expires: ContinuousClock.Instant
        var inserted: UInt64
    }

    private struct State {
        var entries: [Key: Entry] = [:]
        var counter: UInt64 = 0
    }

    public let timeToLive: Duration
    public let capacity: Int
    private let state = Mutex(State())

    public init(timeToLive: Duration, capacity: Int = 512) {
        self.timeToLive = timeToLive
        self.capacity = max(1, capacity)
    }

    /// The fresh value for `key`, if any.
    public func value(for key: Key, now: ContinuousClock.Instant = .now) -> Value? {
        state.withLock { state in
            guard let entry = state.entries[key] else { return nil }
            guard entry.expires > now else {
                state.entries[key] = nil
                return nil
            }
            return entry.value
        }
    }

    /// Stores `value`; a zero TTL stores nothing.
    public func insert(_ value: Value, for key: Key, now: ContinuousClock.Instant = .now) {
        guard timeToLive > .zero else { return }
        state.withLock { state in
            if state.entries[key] == nil, state.entries.count >= capacity {
                state.entries = state.entries.filter { $0.value.expires > now }
                if state.entries.count >= capacity,
                   let oldest = state.entries.min(by: { $0.value.inserted < $1.value.inserted })?.key {
                    state.entries[oldest] = nil
                }
            }
            state.counter += 1
            state.entries[key] = Entry(value: value, expires: now + timeToLive, inserted: state.counter)
        }
    }

    /// The number of stored entries (fresh or not yet swept).
    public var count: Int { state.withLock { $0.entries.count } }
}
