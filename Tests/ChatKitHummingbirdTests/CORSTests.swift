import ChatKitHummingbird
import HTTPTypes
import HummingbirdTesting
import JSONValue
import NIOCore
import Testing

@Suite("CORS allow-list")
struct CORSTests {
    @Test("an allowed origin is echoed with credentials and Vary: Origin")
    func allowedOrigin() async throws {
        try await ChatKitTestApp.run { app in
            let response = try await app.post(
                Body.request("threads.list", [:]), headers: [.origin: ChatKitTestApp.allowedOrigin])
            #expect(response.status == .ok)
            #expect(response.headers[.accessControlAllowOrigin] == ChatKitTestApp.allowedOrigin)
            #expect(response.headers[.accessControlAllowCredentials] == "true")
            #expect(response.headers[values: .vary].contains("Origin"))
        }
    }

    @Test("an origin off the list is refused with 403 and no allow-origin header")
    func deniedOrigin() async throws {
        try await ChatKitTestApp.run { app in
            let response = try await app.post(
                Body.request("threads.list", [:]), headers: [.origin: "https://evil.example.com"])
            #expect(response.status == .forbidden)
            #expect(response.errorCode == "origin_not_allowed")
            #expect(response.headers[.accessControlAllowOrigin] == nil)
        }
    }

    @Test("a preflight from an allowed origin names the methods and headers")
    func preflight() async throws {
        try await ChatKitTestApp.run { app in
            let response = try await app.execute("/chatkit", method: .options,
                headers: [
                    .origin: ChatKitTestApp.allowedOrigin, .accessControlRequestMethod: "POST",
                    .accessControlRequestHeaders: "content-type, authorization",
                ])
            #expect(response.status == .noContent)
            #expect(response.headers[.accessControlAllowOrigin] == ChatKitTestApp.allowedOrigin)
            #expect(response.headers[.accessControlAllowMethods]?.contains("POST") == true)
            #expect(response.headers[.accessControlAllowHeaders]?.lowercased().contains("authorization") == true)
            #expect(response.headers[.accessControlAllowOrigin] != "*")
        }
    }

    @Test("a preflight from an unknown origin is refused")
    func preflightDenied() async throws {
        try await ChatKitTestApp.run { app in
            let response = try await app.execute("/chatkit", method: .options,
                headers: [.origin: "https://evil.example.com", .accessControlRequestMethod: "POST"])
            #expect(response.status == .forbidden)
            #expect(response.headers[.accessControlAllowOrigin] == nil)
        }
    }
}
