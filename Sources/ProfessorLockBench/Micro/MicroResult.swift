/// One line of the micro-benchmark table.
struct MicroResult: Sendable {
    var name: String
    var p50: String
    var p99: String
    /// Throughput or any other figure worth a column (`312 MB/s`, `1.2M events/s`).
    var figure: String = ""
    var target: String
    /// `nil` when the benchmark has no target or could not run.
    var met: Bool?

    /// A benchmark that could not run here, with the reason.
    static func skipped(_ name: String, target: String, reason: String) -> MicroResult {
        MicroResult(name: name, p50: "skipped", p99: "", figure: reason, target: target, met: nil)
    }

    /// A latency benchmark whose target is an upper bound on p50.
    static func latency(_ name: String, _ samples: Samples, p50Below limit: Duration, figure: String = "") -> MicroResult {
        MicroResult(
            name: name, p50: samples.p50.readable, p99: samples.p99.readable, figure: figure,
            target: "p50 < \(limit.readable)", met: samples.p50 < limit)
    }
}
