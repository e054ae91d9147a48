/// Sorted timing samples with the percentiles every table reports.
struct Samples: Sendable {
    /// Ascending.
    let sorted: [Duration]

    init(_ durations: [Duration]) {
        sorted = durations.sorted()
    }

    var count: Int { sorted.count }
    var p50: Duration { percentile(50) }
    var p99: Duration { percentile(99) }

    /// Nearest-rank percentile; zero when there are no samples.
    func percentile(_ percent: Int) -> Duration {
        guard !sorted.isEmpty else { return .zero }
        let rank = (sorted.count * percent + 99) / 100
        return sorted[min(sorted.count - 1, max(0, rank - 1))]
    }
}

/// Runs `body` `warmup + iterations` times and keeps the timings of the last `iterations`.
func sample(iterations: Int, warmup: Int = 10, _ body: () async throws -> Void) async rethrows -> Samples {
    let clock = ContinuousClock()
    var durations: [Duration] = []
    durations.reserveCapacity(iterations)
    for index in 0..<(warmup + iterations) {
        let start = clock.now
        try await body()
        if index >= warmup { durations.append(clock.now - start) }
    }
    return Samples(durations)
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
    var milliseconds: Double { seconds * 1e3 }
    var microseconds: Double { seconds * 1e6 }

    /// A short human reading: `850 ns`, `12.4 µs`, `3.21 ms`, `1.50 s`.
    var readable: String {
        let value = seconds
        if value < 1e-6 { return "\(Int((value * 1e9).rounded())) ns" }
        if value < 1e-3 { return fixed(value * 1e6, 1) + " µs" }
        if value < 1 { return fixed(value * 1e3, 2) + " ms" }
        return fixed(value, 2) + " s"
    }
}

/// `value` with `digits` decimals.
func fixed(_ value: Double, _ digits: Int) -> String {
    guard value.isFinite else { return "n/a" }
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let rounded = (value * scale).rounded() / scale
    var text = String(rounded)
    if let dot = text.firstIndex(of: ".") {
        let decimals = text.distance(from: dot, to: text.endIndex) - 1
        if digits == 0 { text = String(text[..<dot]) } else if decimals < digits { text += String(repeating: "0", count: digits - decimals) }
    } else if digits > 0 {
        text += "." + String(repeating: "0", count: digits)
    }
    return text
}

/// Bytes as `12.3 MB` / `456 KB`.
func readableBytes(_ bytes: Double) -> String {
    if abs(bytes) >= 1_048_576 { return fixed(bytes / 1_048_576, 1) + " MB" }
    if abs(bytes) >= 1_024 { return fixed(bytes / 1_024, 1) + " KB" }
    return "\(Int(bytes)) B"
}
