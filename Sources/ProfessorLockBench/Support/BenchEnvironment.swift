import Foundation

/// Optional knobs for narrowing a run while tuning; the defaults are the documented full run.
enum BenchEnvironment {
    /// A comma-separated list of positive integers, or `nil` when unset or malformed.
    static func integers(_ name: String) -> [Int]? {
        guard let text = ProcessInfo.processInfo.environment[name] else { return nil }
        let values = text.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }.filter { $0 > 0 }
        return values.isEmpty ? nil : values
    }

    /// Whether the variable is set to `1`.
    static func flag(_ name: String) -> Bool {
        ProcessInfo.processInfo.environment[name] == "1"
    }
}
