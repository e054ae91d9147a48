import NIOCore
import NIOPosix

/// One `GET /health` on a fresh loopback connection: `true` for a 200.
///
/// Start-up polling cannot use AsyncHTTPClient: after a refused connection its pool backs off for
/// 100 ms before it tries again, which would be measured as start-up time.
enum HealthProbe {
    static func isHealthy(port: Int) async -> Bool {
        do {
            let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .connectTimeout(.seconds(2))
                .connect(host: "127.0.0.1", port: port) { channel in
                    channel.eventLoop.makeCompletedFuture { try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel) }
                }
            return try await channel.executeThenClose { inbound, outbound in
                try await outbound.write(ByteBuffer(string: "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"))
                var head = ""
                for try await chunk in inbound {
                    head += String(buffer: chunk)
                    if let lineEnd = head.firstIndex(of: "\r\n") { return head[..<lineEnd].contains(" 200 ") }
                }
                return false
            }
        } catch {
            return false
        }
    }
}
