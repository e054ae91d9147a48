/// Applies `thread.item.updated` to the server's copy of a pending item, as the reference does:
/// assistant content-part updates and workflow task updates only; everything else leaves it unchanged.
enum PendingItemUpdate {
    static func apply(_ update: ThreadItemUpdate, to item: ThreadItem) -> ThreadItem {
        switch item {
        case .assistantMessage(var message):
            apply(update, to: &message)
            return .assistantMessage(message)
        case .workflow(var workflow):
            switch update {
            case .workflowTaskAdded(_, let task):
                workflow.workflow.tasks.append(task)
            case .workflowTaskUpdated(let index, let task) where workflow.workflow.tasks.indices.contains(index):
                workflow.workflow.tasks[index] = task
            default:
                return item
            }
            return .workflow(workflow)
        default:
            return item
        }
    }

    private static func apply(_ update: ThreadItemUpdate, to message: inout AssistantMessageItem) {
        let index: Int
        switch update {
        case .contentPartAdded(let i, _), .contentPartTextDelta(let i, _), .contentPartAnnotationAdded(let i, _, _),
            .contentPartDone(let i, _):
            index = i
        default:
            return
        }
        guard index >= 0 else { return }
        // Updates can arrive for an index that does not exist yet: pad with empty parts.
        while message.content.count <= index { message.content.append(AssistantMessageContent(text: "")) }
        switch update {
        case .contentPartAdded(_, let content), .contentPartDone(_, let content):
            message.content[index] = content
        case .contentPartTextDelta(_, let delta):
            message.content[index].text += delta
        case .contentPartAnnotationAdded(_, let annotationIndex, let annotation):
            if annotationIndex >= 0, annotationIndex <= message.content[index].annotations.count {
                message.content[index].annotations.insert(annotation, at: annotationIndex)
            } else {
                message.content[index].annotations.append(annotation)
            }
        default:
            break
        }
    }
}
