import Foundation

/// The result of `threads.sync_custom_action`: an optional replacement for the sender item.
/// The library does not persist it; save the item yourself if the change must survive a reload.
public struct SyncCustomActionResponse: Sendable, Hashable, Codable {
    public var updatedItem: ThreadItem?
    public init(updatedItem: ThreadItem? = nil) { self.updatedItem = updatedItem }
    enum CodingKeys: String, CodingKey { case updatedItem = "updated_item" }
}

/// Recorded speech to transcribe for the composer.
public struct AudioInput: Sendable, Hashable {
    public var data: Data
    /// Raw MIME type, e.g. `audio/webm;codecs=opus`.
    public var mimeType: String

    public init(data: Data, mimeType: String) {
        self.data = data
        self.mimeType = mimeType
    }

    /// The MIME type without parameters, e.g. `audio/webm`.
    public var mediaType: String {
        String(mimeType.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
    }
}

/// The text that should appear in the composer.
public struct TranscriptionResult: Sendable, Hashable, Codable {
    public var text: String
    public init(text: String) { self.text = text }
}
