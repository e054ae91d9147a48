import ChatKitHummingbird
import Foundation

/// How `professor-lock serve` runs. Every field has a working default: a local server on port
/// 8080 with a SQLite store under `./data/`, tools from `tools.json`, the model from the environment.
public struct ServeConfiguration: Sendable {
    public var host = "127.0.0.1"
    public var port = 8080
    /// `sqlite:PATH`, `sqlite::memory:` or a `postgres://` URL.
    public var storeURL = "sqlite:data/professor-lock.sqlite"
    /// `tools.json`; `nil` uses defaults for every module.
    public var toolsPath: String? = "tools.json"
    /// Browser origins allowed to call the endpoint (exact match; never `*`).
    public var corsOrigins: [String] = []
    /// The persona file; `nil` uses the bundled default.
    public var instructionsPath: String?
    /// Where the ChatKit endpoint is mounted.
    public var chatKitPath = "/chatkit"
    /// Uploaded attachment bytes live here.
    public var attachmentsDirectory = "data/attachments"
    /// The public URL of the ChatKit endpoint (for upload descriptors); defaults to `http://host:port/path`.
    public var publicBaseURL: String?
    /// Binding to a non-loopback address without authentication must be asked for explicitly.
    public var allowUnauthenticatedRemoteAccess = false

    public init() {}

    /// The URL clients reach the endpoint at.
    var resolvedPublicBaseURL: String {
        publicBaseURL ?? "http://\(host == "0.0.0.0" || host == "::" ? "127.0.0.1" : host):\(port)\(chatKitPath)"
    }

    /// Whether `host` only accepts local connections.
    var bindsLoopbackOnly: Bool {
        ["127.0.0.1", "::1", "localhost"].contains(host)
    }

    /// Creates the parent folder of a SQLite file store (`./data/` by default), so the first run needs no setup.
    func prepareLocalDirectories() throws {
        if storeURL.hasPrefix("sqlite:"), !storeURL.hasPrefix("sqlite::memory:") {
            var path = String(storeURL.dropFirst("sqlite:".count))
            if path.hasPrefix("//") { path = String(path.dropFirst(2)) }
            let parent = URL(fileURLWithPath: path).deletingLastPathComponent()
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        }
        try FileManager.default.createDirectory(atPath: attachmentsDirectory, withIntermediateDirectories: true)
    }
}
