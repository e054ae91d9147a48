import ChatKit
import Foundation

/// A parlay-card widget item encoded as every SSE frame and store write encodes it (the one-pass
/// encoder behind `ChatKitCoding.storageBytes`), and with Foundation's `JSONEncoder` for the ratio.
/// A turn that shows a card encodes it three times (added frame, done frame, stored item); the item
/// remembers its widget's bytes, so only the first encoding pays for the card (measured here with a
/// fresh item every time).
enum WidgetEncodingBench {
    static func run() throws -> [MicroResult] {
        let root = try WidgetDiffBench.card(analysis: String(repeating: "The Chiefs cover at home. ", count: 20), badge: "Pending")
        func freshItem() -> ThreadItem {
            .widget(WidgetItem(id: "msg_1", threadID: "thr_1", createdAt: Date(timeIntervalSince1970: 0), widget: root))
        }
        let item = freshItem()
        var bytes = 0
        let onePass = try syncSample(iterations: 5_000) { bytes += try ChatKitCoding.storageBytes(freshItem()).count }
        let foundation = ChatKitCoding.storageEncoder()
        let reference = try syncSample(iterations: 2_000) { bytes += try foundation.encode(item).count }
        precondition(bytes > 0)
        let size = try ChatKitCoding.storageBytes(item).count
        return [
            MicroResult(
                name: "Widget item encoding (\(size) B card)", p50: onePass.p50.readable, p99: onePass.p99.readable,
                figure: "JSONEncoder: \(reference.p50.readable) (\(fixed(reference.p50.seconds / onePass.p50.seconds, 1))x slower)", target: "-")
        ]
    }
}
