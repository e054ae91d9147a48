import ChatKitWidgets
import Synchronization

/// The JSON of a widget item's root, remembered after the first one-pass encoding.
///
/// A turn encodes each widget several times (the `added` frame, the `done` frame, the stored item), and
/// a large card is the most expensive value a stream carries. ``WidgetItem`` holds one of these and
/// replaces it whenever its `widget` changes, so copies of an unchanged item share the bytes.
final class EncodedWidgetCache: Sendable {
    private let bytes = Mutex<[UInt8]?>(nil)

    var encoded: [UInt8]? { bytes.withLock { $0 } }

    func remember(_ encoded: ArraySlice<UInt8>) {
        bytes.withLock { $0 = Array(encoded) }
    }
}

/// A widget root with its item's cache, as `ThreadItem` encodes it: other encoders see the plain root.
struct EncodedWidget: Encodable {
    let root: WidgetRoot
    let cache: EncodedWidgetCache

    func encode(to encoder: any Encoder) throws {
        try root.encode(to: encoder)
    }
}
