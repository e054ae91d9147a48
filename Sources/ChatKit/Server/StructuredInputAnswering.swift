import Logging

/// Applies a structured-input submission to a pending item (pure; the reference
/// `_apply_structured_input_submission`).
enum StructuredInputAnswering {
    /// Every question gets an answer: skipped when the whole submission is skipped or its answer is
    /// missing, skipped or empty; single-choice questions keep only the first value. Unknown question ids
    /// are ignored (logged). Throws 400 when the item is no longer pending.
    static func apply(
        _ submission: StructuredInputSubmission, to item: StructuredInputItem, logger: Logger
    ) throws -> StructuredInputItem {
        guard item.status == .pending else {
            throw ChatKitError.badRequest("Structured input item '\(item.id)' is not pending.")
        }
        let known = Set(item.inputs.map(\.id))
        let unknown = submission.answers.keys.filter { !known.contains($0) }.sorted()
        if !unknown.isEmpty {
            logger.warning(
                "structured input received unknown question ids, ignoring them",
                metadata: ["item_id": "\(item.id)", "ids": "\(unknown.joined(separator: ", "))"])
        }
        var answered = item
        for index in answered.inputs.indices {
            let question = answered.inputs[index]
            guard submission.status != .skipped, let answer = submission.answers[question.id], !answer.skipped,
                !answer.values.isEmpty
            else {
                answered.inputs[index].answer = StructuredInputAnswer(skipped: true)
                continue
            }
            var values = answer.values
            if case .multipleChoice(_, multiple: false) = question.kind {
                values = Array(values.prefix(1))
            }
            answered.inputs[index].answer = StructuredInputAnswer(values: values)
        }
        answered.status = submission.status == .skipped ? .skipped : .answered
        return answered
    }
}
