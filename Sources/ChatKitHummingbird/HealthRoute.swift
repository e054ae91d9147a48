import Foundation
import Hummingbird

/// `GET /health`: the version and the state of every readiness check, as JSON.
///
/// Answers 200 with `"status":"ok"` when every check is ready and 503 with `"status":"unavailable"`
/// otherwise, so load balancers and orchestrators can act on the status code alone.
struct HealthRoute: Sendable {
    let version: String
    let checks: [ReadinessCheck]

    func respond() async -> Response {
        let results = await withTaskGroup(of: (ReadinessCheck, ReadinessCheck.Status).self) { group in
            for check in checks {
                group.addTask { (check, await check.probe()) }
            }
            var results: [String: (ReadinessCheck, ReadinessCheck.Status)] = [:]
            for await (check, status) in group { results[check.name] = (check, status) }
            return results
        }
        let healthy = results.values.allSatisfy { $0.1 == .ready }
        let document = Document(
            status: healthy ? "ok" : "unavailable",
            version: version,
            checks: results.mapValues { check, status in
                switch status {
                case .ready: Document.Check(status: "ok", message: check.detail)
                case .notReady(let reason): Document.Check(status: "failing", message: reason)
                }
            }
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let body = (try? encoder.encode(document)) ?? Data()
        return Response(
            status: healthy ? .ok : .serviceUnavailable,
            headers: [.contentType: "application/json", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(bytes: body))
        )
    }

    private struct Document: Encodable {
        struct Check: Encodable {
            let status: String
            let message: String?
        }
        let status: String
        let version: String
        let checks: [String: Check]
    }
}
