/// A capability the model can call.
///
/// Shaped like FoundationModels' `Tool`: a name and description the model reads, an
/// `Arguments` type whose strict JSON Schema is generated from the Swift type, and `call`.
/// The `Output` is JSON-encoded for the model; the same value is the CLI's result.
/// A tool reaches the outside world (progress, widgets, searches) only through `context`.
public protocol Tool: Sendable {
    associatedtype Arguments: ToolArguments
    associatedtype Output: Encodable & Sendable

    /// The function name the model calls (`[a-zA-Z0-9_-]`, unique in a registry).
    var name: String { get }
    /// What the tool does and when to use it, written for the model.
    var description: String { get }

    func call(arguments: Arguments, context: ToolContext) async throws -> Output
}
