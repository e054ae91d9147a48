/// Where attachment bytes live (object storage, disk). Optional: without one the server answers
/// `attachments.create` / `attachments.delete` with a "not supported" error.
public protocol AttachmentStore: Sendable {
    /// Registers a two-phase upload and returns the attachment with its `uploadDescriptor`.
    /// The server then saves the returned metadata in the ``Store``.
    func createAttachment(_ params: AttachmentCreateParams, context: RequestContext) async throws -> Attachment
    /// Deletes the bytes of an attachment.
    func deleteAttachment(_ attachmentID: String, context: RequestContext) async throws
    /// A new attachment id. Default: `atc_` + 8 hex characters.
    func generateAttachmentID(mimeType: String, context: RequestContext) -> String
}

extension AttachmentStore {
    public func generateAttachmentID(mimeType: String, context: RequestContext) -> String {
        ItemIDKind.attachment.generateID()
    }
}
