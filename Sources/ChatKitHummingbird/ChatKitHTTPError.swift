import Foundation
import HTTPTypes
import Hummingbird

/// An error answered as `{"error":{"code":"…","message":"…"}}` with a fitting status.
///
/// Every failure the transport reports goes through this type, so clients always get one JSON error
/// shape (never Hummingbird's default body) and client mistakes are never answered with a 500.
public struct ChatKitHTTPError: HTTPResponseError, Sendable, CustomStringConvertible {
    public var status: HTTPResponse.Status
    /// A stable machine-readable code, e.g. `invalid_request`, `not_found`, `payload_too_large`.
    public var code: String
    /// What went wrong, for a developer reading the response.
    public var message: String
    /// Extra response headers (e.g. `WWW-Authenticate` for a 401).
    public var headers: HTTPFields

    public init(status: HTTPResponse.Status, code: String, message: String, headers: HTTPFields = [:]) {
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers
    }

    public var description: String { "\(status.code) \(code): \(message)" }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        jsonResponse()
    }

    /// The error as a complete response.
    func jsonResponse() -> Response {
        var headers = headers
        headers[.contentType] = "application/json"
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: body())))
    }

    /// The JSON body; `JSONEncoder` cannot fail on two strings.
    func body() -> Data {
        (try? JSONEncoder().encode(Envelope(error: .init(code: code, message: message)))) ?? Data("{}".utf8)
    }

    private struct Envelope: Encodable {
        struct Detail: Encodable {
            let code: String
            let message: String
        }
        let error: Detail
    }
}

extension ChatKitHTTPError {
    /// A 401 for identification hooks (see ``RequestIdentifier``) that refuse a caller.
    public static func unauthorized(_ message: String) -> Self {
        .init(status: .unauthorized, code: "unauthorized", message: message, headers: [.wwwAuthenticate: "Bearer"])
    }

    static func badRequest(_ message: String) -> Self {
        .init(status: .badRequest, code: "invalid_request", message: message)
    }

    static func notFound(_ message: String) -> Self {
        .init(status: .notFound, code: "not_found", message: message)
    }

    static func payloadTooLarge(limit: Int) -> Self {
        .init(status: .contentTooLarge, code: "payload_too_large", message: "request body is larger than \(limit) bytes")
    }

    static func internalError() -> Self {
        .init(status: .internalServerError, code: "internal_error", message: "the server failed to handle the request")
    }
}
