import Foundation
import JSONValue
import Synchronization

/// Checks wire bytes against the reference implementation (`openai-chatkit` 1.6.5) through one
/// long-running Python process per test process (`Tests/Conformance/oracle.py`), so a check costs a
/// pipe round trip instead of a Python start-up.
///
/// Use `ConformanceOracle.shared()` in tests gated with
/// `.enabled(if: ExternalService.chatKitOracle.shouldRun)`: it throws `ExternalService.Missing` when
/// `CHATKIT_ORACLE_PYTHON` is not set, which fails the test under `Tests/test.sh`.
public final class ConformanceOracle: Sendable {
    /// Which reference type a body is checked against (see the kinds in `oracle.py`).
    public enum Kind: String, Sendable {
        /// A whole `text/event-stream` body.
        case sse
        /// A request body (`ChatKitReq`): validity only.
        case request
        case thread
        case threadsPage = "threads_page"
        case itemsPage = "items_page"
        case attachment
        case syncAction = "sync_action"
        case transcription
        /// Exactly `{}`.
        case empty
    }

    /// The oracle's answer for one body.
    public struct Verdict: Sendable, CustomStringConvertible {
        public let conforms: Bool
        public let errors: [String]
        /// For `.sse`: the `type` of every frame, in order.
        public let eventTypes: [String]
        public var description: String {
            conforms ? "conforms (\(eventTypes.joined(separator: ", ")))" : errors.joined(separator: "\n")
        }
    }

    /// Why a check could not run at all (as opposed to a body that does not conform).
    public struct OracleFailure: Error, CustomStringConvertible {
        public let description: String
    }

    private struct State {
        var nextID = 0
        var pending: [Int: CheckedContinuation<Verdict, any Error>] = [:]
        var unreadOutput = Data()
        var stderr = Data()
        var exited: String?
    }

    private let process: Process
    private let input: FileHandle
    private let state = Mutex(State())

    private static let instance = Mutex<ConformanceOracle?>(nil)

    /// The process-wide oracle, started on first use.
    public static func shared() throws -> ConformanceOracle {
        let python = try ExternalService.chatKitOracle.require()
        return try instance.withLock { instance in
            if let instance { return instance }
            let oracle = try ConformanceOracle(python: python)
            instance = oracle
            return oracle
        }
    }

    private init(python: String) throws {
        let script = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Conformance/oracle.py")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-u", script.path]
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        self.process = process
        self.input = stdin.fileHandleForWriting

        stdout.fileHandleForReading.readabilityHandler = { [weak self] handle in
            self?.receive(handle.availableData)
        }
        stderr.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            self?.state.withLock { $0.stderr.append(data) }
        }
        process.terminationHandler = { [weak self] process in
            self?.failAll(reason: "oracle process exited with status \(process.terminationStatus)")
        }
        do {
            try process.run()
        } catch {
            throw OracleFailure(description: "cannot start the oracle with \(python): \(error)")
        }
    }

    /// Checks one body. Throws only when the oracle itself cannot answer.
    public func check(_ kind: Kind, _ body: String) async throws -> Verdict {
        try await withCheckedThrowingContinuation { continuation in
            let failure: String? = state.withLock { state in
                if let exited = state.exited { return exited }
                state.nextID += 1
                let id = state.nextID
                let request: JSONValue = ["id": .int(id), "kind": .string(kind.rawValue), "body": .string(body)]
                guard var line = try? JSONEncoder().encode(request) else { return "cannot encode the oracle request" }
                line.append(UInt8(ascii: "\n"))
                state.pending[id] = continuation
                do {
                    try input.write(contentsOf: line)
                    return nil
                } catch {
                    state.pending[id] = nil
                    return "cannot write to the oracle: \(error)"
                }
            }
            if let failure { continuation.resume(throwing: OracleFailure(description: failure)) }
        }
    }

    /// Checks raw bytes (response bodies are UTF-8; anything else fails the check).
    public func check(_ kind: Kind, _ body: Data) async throws -> Verdict {
        guard let text = String(data: body, encoding: .utf8) else {
            return Verdict(conforms: false, errors: ["body is not UTF-8"], eventTypes: [])
        }
        return try await check(kind, text)
    }

    private func receive(_ data: Data) {
        if data.isEmpty { return }
        let answers: [(CheckedContinuation<Verdict, any Error>, Verdict)] = state.withLock { state in
            state.unreadOutput.append(data)
            var answers: [(CheckedContinuation<Verdict, any Error>, Verdict)] = []
            while let newline = state.unreadOutput.firstIndex(of: UInt8(ascii: "\n")) {
                let line = state.unreadOutput[state.unreadOutput.startIndex..<newline]
                state.unreadOutput.removeSubrange(state.unreadOutput.startIndex...newline)
                guard let answer = try? JSONDecoder().decode(JSONValue.self, from: Data(line)),
                    case .int(let id)? = answer["id"],
                    let continuation = state.pending.removeValue(forKey: id)
                else { continue }  // the start-up banner, or an answer nobody waits for
                answers.append((continuation, Self.verdict(from: answer)))
            }
            return answers
        }
        for (continuation, verdict) in answers { continuation.resume(returning: verdict) }
    }

    private static func verdict(from answer: JSONValue) -> Verdict {
        let strings: (String) -> [String] = { key in
            answer[key]?.arrayValue?.compactMap(\.stringValue) ?? []
        }
        return Verdict(
            conforms: answer["ok"] == .bool(true),
            errors: strings("errors"),
            eventTypes: strings("event_types")
        )
    }

    private func failAll(reason: String) {
        let (pending, message) = state.withLock { state in
            let stderr = String(decoding: state.stderr, as: UTF8.self)
            let message = stderr.isEmpty ? reason : "\(reason): \(stderr)"
            state.exited = message
            defer { state.pending.removeAll() }
            return (Array(state.pending.values), message)
        }
        for continuation in pending { continuation.resume(throwing: OracleFailure(description: message)) }
    }
}
