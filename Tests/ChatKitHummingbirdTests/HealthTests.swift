import ChatKitHummingbird
import HTTPTypes
import HummingbirdTesting
import JSONValue
import Testing

@Suite("Health route")
struct HealthTests {
    @Test("health reports the version and a ready store")
    func healthy() async throws {
        try await ChatKitTestApp.run { app in
            let response = try await app.execute("/health", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/json")
            #expect(response.json?["status"] == "ok")
            #expect(response.json?["version"] == "9.9.9-test")
            #expect(response.json?["checks"]?["store"]?["status"] == "ok")
        }
    }

    @Test("a failing readiness check turns health into a 503 that names it")
    func unhealthy() async throws {
        let checks = [
            ReadinessCheck(name: "store") { .ready },
            ReadinessCheck(name: "model") { .notReady("no API key configured") },
        ]
        try await ChatKitTestApp.run(.init(readiness: checks)) { app in
            let response = try await app.execute("/health", method: .get)
            #expect(response.status == .serviceUnavailable)
            #expect(response.json?["status"] == "unavailable")
            #expect(response.json?["checks"]?["model"]?["message"] == "no API key configured")
            #expect(response.json?["checks"]?["store"]?["status"] == "ok")
        }
    }
}
