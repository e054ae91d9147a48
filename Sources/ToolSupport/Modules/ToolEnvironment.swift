import AsyncHTTPClient
import Logging

/// What the app lends every tool module: shared clients and the process environment.
///
/// Sharing one `HTTPClient` keeps connection pools (and their TLS sessions) per upstream host
/// instead of per module; the app owns it and shuts it down after the modules.
public struct ToolEnvironment: Sendable {
    public let httpClient: HTTPClient
    public let logger: Logger
    /// The process environment (or a test's replacement).
    public let variables: [String: String]

    public init(httpClient: HTTPClient, logger: Logger, variables: [String: String]) {
        self.httpClient = httpClient
        self.logger = logger
        self.variables = variables
    }
}
