import AsyncHTTPClient
import NIOCore
import NIOHTTPCompression

/// Lends an `HTTPClient` configured like the app's shared tool client (no automatic redirects,
/// gzip/deflate decompression) and shuts it down afterwards.
public func withToolHTTPClient<Result>(
    isolation: isolated (any Actor)? = #isolation,
    _ body: (HTTPClient) async throws -> Result
) async throws -> Result {
    let client = HTTPClient(
        eventLoopGroupProvider: .singleton,
        configuration: HTTPClient.Configuration(
            redirectConfiguration: .disallow,
            timeout: .init(connect: .seconds(5), read: .seconds(30)),
            decompression: .enabled(limit: .ratio(50))
        )
    )
    do {
        let result = try await body(client)
        try await client.shutdown()
        return result
    } catch {
        try? await client.shutdown()
        throw error
    }
}
