import Hummingbird
import NIOCore

/// Hummingbird's basic context plus the client's address, so a recorded request says which
/// connection it came on (tests check that clients reuse their connections).
struct PeerRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    let peer: SocketAddress?

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        peer = source.channel.remoteAddress
    }
}
