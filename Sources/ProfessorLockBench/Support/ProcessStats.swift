import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// Resident memory and CPU time of a process and its descendants, read from `/proc`.
enum ProcessStats {
    /// `VmRSS` of `pid` in bytes, or `nil` once the process is gone.
    static func residentBytes(_ pid: Int32) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            let kilobytes = line.dropFirst("VmRSS:".count).split(whereSeparator: \.isWhitespace).first.flatMap { Int($0) }
            return kilobytes.map { $0 * 1024 }
        }
        return nil
    }

    /// User + system CPU seconds `pid` has used (`/proc/<pid>/stat` fields 14 and 15).
    static func cpuSeconds(_ pid: Int32) -> Double? {
        guard let fields = statFields(pid), fields.count > 12,
              let user = Double(fields[11]), let system = Double(fields[12])
        else { return nil }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// `pid` and every live descendant (uvicorn workers, multiprocessing helpers).
    static func tree(of root: Int32) -> [Int32] {
        var parents: [Int32: [Int32]] = [:]
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        for entry in entries {
            guard let pid = Int32(entry), let fields = statFields(pid), fields.count > 1, let parent = Int32(fields[1]) else { continue }
            parents[parent, default: []].append(pid)
        }
        var result: [Int32] = []
        var pending = [root]
        while let pid = pending.popLast() {
            result.append(pid)
            pending += parents[pid] ?? []
        }
        return result
    }

    /// Summed RSS of the process tree rooted at `root`.
    static func treeResidentBytes(_ root: Int32) -> Int {
        tree(of: root).compactMap(residentBytes).reduce(0, +)
    }

    /// Summed CPU seconds of the process tree rooted at `root` (live processes only).
    static func treeCPUSeconds(_ root: Int32) -> Double {
        tree(of: root).compactMap(cpuSeconds).reduce(0, +)
    }

    /// The fields of `/proc/<pid>/stat` after the command name, starting with field 3 (`state`).
    private static func statFields(_ pid: Int32) -> [Substring]? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")")
        else { return nil }
        return stat[stat.index(after: close)...].split(separator: " ")
    }
}

/// Samples the summed RSS of a process tree while `body` runs and reports the peak.
func withPeakResidentBytes<Result: Sendable>(
    of root: Int32,
    every interval: Duration = .milliseconds(100),
    _ body: () async throws -> Result
) async throws -> (result: Result, peakBytes: Int) {
    let peak = PeakGauge()
    return try await withThrowingTaskGroup(of: Void.self) { group in
        group.addTask {
            while !Task.isCancelled {
                peak.record(ProcessStats.treeResidentBytes(root))
                try? await Task.sleep(for: interval)
            }
        }
        defer { group.cancelAll() }
        let result = try await body()
        peak.record(ProcessStats.treeResidentBytes(root))
        return (result, peak.value)
    }
}

/// The largest value recorded so far.
final class PeakGauge: Sendable {
    private let peak = Mutex(0)
    func record(_ value: Int) { peak.withLock { $0 = max($0, value) } }
    var value: Int { peak.withLock { $0 } }
}
