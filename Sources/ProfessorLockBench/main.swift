import Foundation
import ProfessorLock

/// `swift run -c release professor-lock-bench [all|micro|compare|memory|coldstart]`
///
/// Benchmarks of Professor Lock: in-process micro-benchmarks of the hot paths, a side-by-side load
/// test against the Python reference stack, cold start, and memory with many idle streams.
/// See README.md next to this file for what each section measures.
enum Section: String, CaseIterable {
    case all, micro, compare, memory, coldstart
}

let arguments = CommandLine.arguments.dropFirst()
guard arguments.count <= 1, let section = Section(rawValue: arguments.first ?? "all") else {
    FileHandle.standardError.write(Data("usage: professor-lock-bench [\(Section.allCases.map(\.rawValue).joined(separator: "|"))]\n".utf8))
    exit(2)
}

let clock = ContinuousClock()
let started = clock.now
let fileLimit = ConnectionBudget.raiseFileLimit()
let paths: BenchPaths
do {
    paths = try BenchPaths.current()
} catch {
    FileHandle.standardError.write(Data("professor-lock-bench: \(error)\n".utf8))
    exit(1)
}
if paths.configuration != "release" {
    print("warning: this is a \(paths.configuration) build; figures are only meaningful with -c release")
}
print("professor-lock-bench \(section.rawValue): \(ProcessInfo.processInfo.activeProcessorCount) cores, fd limit \(fileLimit), scratch \(paths.scratch.path)")

/// Runs one section; returns `false` when it failed (the others still run).
func runSection(_ name: String, _ body: () async throws -> Void) async -> Bool {
    print("\n### \(name)")
    let sectionStart = ContinuousClock.now
    defer { print("(\(name) took \((ContinuousClock.now - sectionStart).readable))") }
    do {
        try await body()
        return true
    } catch {
        print("!! \(name) failed: \(error)")
        return false
    }
}

let needsServer = [.all, .compare, .memory, .coldstart].contains(section)
let needsPython = [.all, .micro, .compare, .coldstart].contains(section) && !BenchEnvironment.flag("PROFESSOR_LOCK_BENCH_SKIP_PYTHON")
let python: URL? = needsPython ? await pythonIfAvailable() : nil

/// The bench venv's python; `nil` (Python comparisons skipped, said so) when it cannot be made.
func pythonIfAvailable() async -> URL? {
    do {
        return try await PythonEnvironment.python(paths: paths)
    } catch {
        print("!! the Python venv could not be created (\(error)); Python comparisons are skipped")
        return nil
    }
}
if needsServer {
    do {
        try await paths.buildServer()
    } catch {
        print("!! \(error)")
        exit(1)
    }
}

let sections: [(Section, String, () async throws -> Void)] = [
    (.micro, "1. Micro-benchmarks", { await MicroSuite.run(paths: paths, python: python) }),
    (.compare, "2. Swift vs Python reference", { try await CompareSuite.run(paths: paths, python: python) }),
    (.coldstart, "3. Cold start", { try await ColdStartSuite.run(paths: paths, python: python) }),
    (.memory, "4. Memory at scale", { try await MemorySuite.run(paths: paths) }),
]
var failed = false
for (kind, name, body) in sections where section == .all || section == kind {
    if await !runSection(name, body) { failed = true }
}
if failed {
    print("\nserver logs and scratch files kept in \(paths.scratch.path)")
} else {
    paths.removeScratch()
}
print("\nprofessor-lock-bench finished in \((clock.now - started).readable)")
exit(failed ? 1 : 0)
