import AgentRuntime
import Foundation
import ProfessorLock
import ToolSupport

/// Benchmarks over the app's real tool set, built exactly as `serve` builds it (`withToolbox`).
enum ToolBenches {
    /// Realistic `build_parlay` arguments: four legs, both sides of even money, one string price.
    static let parlayArguments = #"{"legs":[{"selection":"Chiefs ML","odds":-150,"event":"KC@BUF","market":"h2h","win_probability":0.58},{"selection":"Lions -3.5","odds":"-110","event":"DET@GB","market":"spreads","win_probability":0.53},{"selection":"Over 47.5","odds":-105,"event":"SF@SEA","market":"totals","win_probability":0.52},{"selection":"Jets ML","odds":"+185","event":"NYJ@MIA","market":"h2h","win_probability":0.37}],"stake":25,"bankroll":1000}"#

    static func run() async throws -> [MicroResult] {
        let logger = benchLogger
        return try await withToolbox(configurationPath: nil, environment: [:], logger: logger) { toolbox in
            var results: [MicroResult] = []
            results.append(try schemaGeneration(toolbox))
            results += try await invocation(toolbox)
            return results
        }
    }

    /// Strict schemas for every tool of every module, as `ToolRegistry` makes them at start-up.
    static func schemaGeneration(_ toolbox: Toolbox) throws -> MicroResult {
        let tools = toolbox.modules.flatMap(\.tools)
        let clock = ContinuousClock()
        let start = clock.now
        _ = try ToolRegistry(tools)
        let first = clock.now - start
        let samples = try syncSample(iterations: 300, warmup: 5) { _ = try ToolRegistry(tools) }
        return MicroResult(
            name: "Schema generation, all \(tools.count) tools", p50: samples.p50.readable, p99: samples.p99.readable,
            figure: "first build \(first.readable)", target: "< 5 ms", met: first < .milliseconds(5) && samples.p50 < .milliseconds(5))
    }

    /// `ToolRegistry.invoke` on `build_parlay`: argument validation against the strict schema, decoding,
    /// the exact parlay maths and the card, with events dropped; and the rejection path of bad arguments.
    static func invocation(_ toolbox: Toolbox) async throws -> [MicroResult] {
        let context = ToolContext(callID: "call_bench", toolName: "build_parlay", caller: .operator_, sink: EventSink { _ in })
        guard case .succeeded = await toolbox.registry.invoke(name: "build_parlay", arguments: parlayArguments, context: context) else {
            throw BenchFailure("build_parlay rejected the benchmark's arguments")
        }
        let valid = await sample(iterations: 5_000, warmup: 200) {
            _ = await toolbox.registry.invoke(name: "build_parlay", arguments: parlayArguments, context: context)
        }
        let badArguments = parlayArguments.replacingOccurrences(of: #""stake":25"#, with: #""stake":"lots""#)
        guard case .failed = await toolbox.registry.invoke(name: "build_parlay", arguments: badArguments, context: context) else {
            throw BenchFailure("build_parlay accepted a string stake")
        }
        let invalid = await sample(iterations: 5_000, warmup: 200) {
            _ = await toolbox.registry.invoke(name: "build_parlay", arguments: badArguments, context: context)
        }
        return [
            MicroResult(name: "Tool invoke build_parlay (validate+decode+run)", p50: valid.p50.readable, p99: valid.p99.readable, target: "-"),
            MicroResult(name: "Tool invoke, arguments rejected", p50: invalid.p50.readable, p99: invalid.p99.readable, target: "-"),
        ]
    }
}
