/// Who is asking. Passed to every store call and every responder hook so stores can scope data per user.
public struct RequestContext: Sendable, Hashable {
    /// The single user of a local, unauthenticated deployment.
    public static let localUserID = "local"

    /// The authenticated caller; stores isolate threads, items and attachments by it.
    public var userID: String
    /// Anything else the transport learned about the caller (locale, auth claims, request id).
    public var attributes: [String: String]

    public init(userID: String = RequestContext.localUserID, attributes: [String: String] = [:]) {
        self.userID = userID
        self.attributes = attributes
    }
}
