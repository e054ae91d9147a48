/// One dependency `GET /health` reports on (the store now; the app can add model or tool checks).
///
/// A check should be cheap and bounded: it runs on every health probe.
public struct ReadinessCheck: Sendable {
    /// The outcome of one probe.
    public enum Status: Sendable, Equatable {
        case ready
        /// Not usable right now; the reason is shown in the health document.
        case notReady(String)
    }

    /// The key under `checks` in the health document, e.g. `store`.
    public let name: String
    /// What is in use, shown next to a ready status (e.g. `responses:gpt-4.1`).
    public let detail: String?
    public let probe: @Sendable () async -> Status

    public init(name: String, detail: String? = nil, probe: @escaping @Sendable () async -> Status) {
        self.name = name
        self.detail = detail
        self.probe = probe
    }
}

extension ReadinessCheck {
    /// A check that is ready unless `probe` throws; the error's description becomes the reason.
    public init(name: String, detail: String? = nil, throwing probe: @escaping @Sendable () async throws -> Void) {
        self.init(name: name, detail: detail) {
            do {
                try await probe()
                return .ready
            } catch {
                return .notReady(String(describing: error))
            }
        }
    }
}
