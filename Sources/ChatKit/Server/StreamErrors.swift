/// Throw from a responder to end the stream with a message written for the user
/// (`{"type":"error","code":"custom","message":...}`).
public struct CustomStreamError: Error, Sendable, Hashable {
    public var message: String
    public var allowRetry: Bool

    public init(_ message: String, allowRetry: Bool = false) {
        self.message = message
        self.allowRetry = allowRetry
    }
}

/// Throw from a responder to end the stream with a coded error the client localizes itself.
public struct StreamError: Error, Sendable, Hashable {
    public var code: ErrorCode
    public var allowRetry: Bool

    /// `allowRetry` defaults to the code's default (`true` for `stream.error`).
    public init(_ code: ErrorCode = .streamError, allowRetry: Bool? = nil) {
        self.code = code
        self.allowRetry = allowRetry ?? (code == .streamError)
    }
}
