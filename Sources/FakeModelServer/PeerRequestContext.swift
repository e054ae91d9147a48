import Hummingbird
import NIOCore

/// Hummingbird's basic context plus the client's port, so a recorded request says which
/// connection it came on (tests check that clients reuse their connections).
struct PeerRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    let peerPort: Int?

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        peerPort = source.channel.remoteAddress?.port
    }
}
