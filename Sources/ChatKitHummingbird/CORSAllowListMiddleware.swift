import HTTPTypes
import Hummingbird

/// CORS for the ChatKit endpoints with an explicit list of allowed origins.
///
/// Browsers only let a page on another origin talk to the server when the server names that origin.
/// This middleware echoes the request's `Origin` when it is on the list (never `*`, so credentials
/// stay safe), always adds `Vary: Origin` so caches keep per-origin answers apart, answers preflight
/// `OPTIONS` requests itself, and rejects requests from origins that are not on the list with 403
/// (a browser would block the response anyway; refusing up front also stops cross-site form posts).
/// Requests without an `Origin` header (same-origin GETs, server-to-server calls) pass through.
///
/// Add it to the `Router` itself (not a group) so preflights for any path reach it.
public struct CORSAllowListMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Origins compared exactly, e.g. `https://app.example.com` (scheme, host and port; no trailing slash).
    public let allowedOrigins: Set<String>
    public let allowCredentials: Bool
    public let allowedHeaders: [HTTPField.Name]
    public let allowedMethods: [HTTPRequest.Method]
    /// How long a browser may cache a preflight answer, in seconds.
    public let maxAgeSeconds: Int

    public init(
        allowedOrigins: some Sequence<String>,
        allowCredentials: Bool = true,
        allowedHeaders: [HTTPField.Name] = [.accept, .acceptLanguage, .authorization, .contentType],
        allowedMethods: [HTTPRequest.Method] = [.get, .post, .put, .options],
        maxAgeSeconds: Int = 600
    ) {
        self.allowedOrigins = Set(allowedOrigins)
        self.allowCredentials = allowCredentials
        self.allowedHeaders = allowedHeaders
        self.allowedMethods = allowedMethods
        self.maxAgeSeconds = maxAgeSeconds
    }

    public func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard let origin = request.headers[.origin] else {
            return try await next(request, context)
        }
        guard allowedOrigins.contains(origin) else {
            throw ChatKitHTTPError(
                status: .forbidden, code: "origin_not_allowed", message: "origin \(origin) is not allowed",
                headers: [.vary: "Origin"])
        }
        if request.method == .options, request.headers[.accessControlRequestMethod] != nil {
            var headers = corsHeaders(origin: origin)
            headers[.accessControlAllowMethods] = allowedMethods.map(\.rawValue).joined(separator: ", ")
            headers[.accessControlAllowHeaders] = allowedHeaders.map(\.canonicalName).joined(separator: ", ")
            headers[.accessControlMaxAge] = String(maxAgeSeconds)
            return Response(status: .noContent, headers: headers)
        }
        do {
            var response = try await next(request, context)
            response.headers.append(contentsOf: corsHeaders(origin: origin))
            return response
        } catch let error as ChatKitHTTPError {
            var error = error
            error.headers.append(contentsOf: corsHeaders(origin: origin))
            throw error
        }
    }

    private func corsHeaders(origin: String) -> HTTPFields {
        var headers: HTTPFields = [.accessControlAllowOrigin: origin, .vary: "Origin"]
        if allowCredentials {
            headers[.accessControlAllowCredentials] = "true"
        }
        return headers
    }
}
