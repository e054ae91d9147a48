import ChatKit
import Hummingbird

/// Decides who is calling, from the HTTP request: the hook where authentication plugs in.
///
/// Return the caller's ``ChatKit/RequestContext`` (stores scope every record by its `userID`). Throw
/// ``ChatKitHTTPError/unauthorized(_:)`` (or any error) to refuse the request with a 401 JSON error.
public typealias RequestIdentifier = @Sendable (Request) async throws -> ChatKit.RequestContext

/// Ready-made identifiers.
public enum RequestIdentification {
    /// Everyone is the single local user (a local, unauthenticated deployment). The client's locale
    /// (`Accept-Language`) is kept in the `locale` attribute.
    public static let localUser: RequestIdentifier = { request in
        var attributes: [String: String] = [:]
        if let locale = request.headers[.acceptLanguage] {
            attributes["locale"] = locale
        }
        return ChatKit.RequestContext(attributes: attributes)
    }
}
