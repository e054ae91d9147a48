/// A complete 2xx response: the final URL after redirects, the headers and the (decompressed,
/// size-capped) body.
public struct FetchedResponse: Sendable, Hashable {
    /// The URL that answered, after redirects.
    public let url: String
    public let status: Int
    /// Header values keyed by lower-cased name (repeated headers joined with ", ").
    public let headers: [String: String]
    public let body: [UInt8]

    public init(url: String, status: Int, headers: [String: String], body: [UInt8]) {
        self.url = url
        self.status = status
        self.headers = headers
        self.body = body
    }

    public var contentType: String? { headers["content-type"] }

    /// The charset from the header, the page's `<meta>`, or detection.
    public var charset: Charset { Charset.detect(contentType: contentType, body: body) }

    /// The body decoded with ``charset``.
    public var text: String { charset.decode(body) }
}
