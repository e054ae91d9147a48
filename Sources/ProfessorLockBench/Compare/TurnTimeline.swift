import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// One turn's SSE frames with the time each arrived (`PROFESSOR_LOCK_BENCH_TIMELINE=N` prints N turns): shows where a
/// server spends the time the fake model does not account for.
enum TurnTimeline {
    static func print(url: String, client: HTTPClient) async throws {
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "content-type", value: "application/json")
        request.headers.add(name: "connection", value: "close")
        request.body = .bytes(ByteBuffer(string: LoadGenerator.turnBody))
        let clock = ContinuousClock()
        let start = clock.now
        let response = try await client.execute(request, timeout: .seconds(120))
        Swift.print("    \((clock.now - start).readable)  response head")
        var pending = ""
        var previousType = ""
        var repeats = 0
        for try await chunk in response.body {
            pending += String(buffer: chunk)
            while let end = pending.range(of: "\n\n") {
                let frame = String(pending[..<end.lowerBound])
                pending = String(pending[end.upperBound...])
                let json = try? JSONSerialization.jsonObject(with: Data(frame.dropFirst(6).utf8)) as? [String: Any]
                var type = json?["type"] as? String ?? "?"
                if let update = json?["update"] as? [String: Any], let kind = update["type"] as? String { type += " " + kind }
                if let item = json?["item"] as? [String: Any], let kind = item["type"] as? String { type += " " + kind }
                if type == previousType {
                    repeats += 1
                    continue
                }
                if repeats > 0 { Swift.print("      (\(repeats) more)") }
                repeats = 0
                previousType = type
                Swift.print("    \((clock.now - start).readable)  \(type)")
            }
        }
        if repeats > 0 { Swift.print("      (\(repeats) more)") }
        Swift.print("    \((clock.now - start).readable)  end of stream")
    }
}
