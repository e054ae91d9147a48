import JSONValue

/// A request the fake server received, kept so tests can assert on what the client sent.
public struct RecordedRequest: Sendable, Hashable {
    /// The endpoint that was called.
    public var endpoint: FakeEndpoint
    /// Header values by lower-cased name (repeated headers joined with `", "`).
    public var headers: [String: String]
    /// The parsed JSON body.
    public var body: JSONValue
    /// The client's port: requests with the same port came over one kept-alive connection.
    public var clientPort: Int?

    public init(endpoint: FakeEndpoint, headers: [String: String], body: JSONValue, clientPort: Int? = nil) {
        self.endpoint = endpoint
        self.headers = headers
        self.body = body
        self.clientPort = clientPort
    }

    /// The value of a header, looked up case-insensitively.
    public func header(_ name: String) -> String? {
        headers[name.lowercased()]
    }
}

/// The two model endpoints the fake server speaks.
public enum FakeEndpoint: String, Sendable, Hashable {
    case responses = "/v1/responses"
    case chatCompletions = "/v1/chat/completions"
}
