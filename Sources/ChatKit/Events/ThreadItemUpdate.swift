import ChatKitWidgets

/// An incremental change to an item the client already shows (`thread.item.updated`).
public enum ThreadItemUpdate: Sendable, Hashable {
    /// Sets `content[contentIndex]` of an assistant message.
    case contentPartAdded(contentIndex: Int, content: AssistantMessageContent)
    /// Appends text to `content[contentIndex]`.
    case contentPartTextDelta(contentIndex: Int, delta: String)
    /// Inserts a citation at `annotationIndex` (appends when out of range).
    case contentPartAnnotationAdded(contentIndex: Int, annotationIndex: Int, annotation: Annotation)
    /// Replaces `content[contentIndex]` with its final value.
    case contentPartDone(contentIndex: Int, content: AssistantMessageContent)
    /// Appends to the `value` of the `Text`/`Markdown` node with id `componentID`.
    case widgetStreamingTextValueDelta(componentID: String, delta: String, done: Bool)
    /// Replaces the whole widget.
    case widgetRootUpdated(WidgetRoot)
    /// Replaces one widget node (defined by the protocol; the reference never produces it).
    case widgetComponentUpdated(componentID: String, component: WidgetComponent)
    case workflowTaskAdded(taskIndex: Int, task: WorkflowTask)
    case workflowTaskUpdated(taskIndex: Int, task: WorkflowTask)
    /// A partial image; `progress` is 0...1.
    case generatedImageUpdated(image: GeneratedImage, progress: Double?)

    /// The wire `type` of each update.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case contentPartAdded = "assistant_message.content_part.added"
        case contentPartTextDelta = "assistant_message.content_part.text_delta"
        case contentPartAnnotationAdded = "assistant_message.content_part.annotation_added"
        case contentPartDone = "assistant_message.content_part.done"
        case widgetStreamingTextValueDelta = "widget.streaming_text.value_delta"
        case widgetRootUpdated = "widget.root.updated"
        case widgetComponentUpdated = "widget.component.updated"
        case workflowTaskAdded = "workflow.task.added"
        case workflowTaskUpdated = "workflow.task.updated"
        case generatedImageUpdated = "generated_image.updated"
    }

    public var kind: Kind {
        switch self {
        case .contentPartAdded: .contentPartAdded
        case .contentPartTextDelta: .contentPartTextDelta
        case .contentPartAnnotationAdded: .contentPartAnnotationAdded
        case .contentPartDone: .contentPartDone
        case .widgetStreamingTextValueDelta: .widgetStreamingTextValueDelta
        case .widgetRootUpdated: .widgetRootUpdated
        case .widgetComponentUpdated: .widgetComponentUpdated
        case .workflowTaskAdded: .workflowTaskAdded
        case .workflowTaskUpdated: .workflowTaskUpdated
        case .generatedImageUpdated: .generatedImageUpdated
        }
    }
}

extension ThreadItemUpdate: Codable {
    private enum CodingKeys: String, CodingKey {
        case type, contentIndex = "content_index", content, delta, annotationIndex = "annotation_index", annotation
        case componentID = "component_id", done, widget, component, taskIndex = "task_index", task, image, progress
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        switch try c.decodeDiscriminator(Kind.self, forKey: .type, typeName: "thread item update") {
        case .contentPartAdded:
            self = .contentPartAdded(
                contentIndex: try c.decode(Int.self, forKey: .contentIndex),
                content: try c.decode(AssistantMessageContent.self, forKey: .content))
        case .contentPartTextDelta:
            self = .contentPartTextDelta(
                contentIndex: try c.decode(Int.self, forKey: .contentIndex), delta: try c.decode(String.self, forKey: .delta))
        case .contentPartAnnotationAdded:
            self = .contentPartAnnotationAdded(
                contentIndex: try c.decode(Int.self, forKey: .contentIndex),
                annotationIndex: try c.decode(Int.self, forKey: .annotationIndex),
                annotation: try c.decode(Annotation.self, forKey: .annotation))
        case .contentPartDone:
            self = .contentPartDone(
                contentIndex: try c.decode(Int.self, forKey: .contentIndex),
                content: try c.decode(AssistantMessageContent.self, forKey: .content))
        case .widgetStreamingTextValueDelta:
            self = .widgetStreamingTextValueDelta(
                componentID: try c.decode(String.self, forKey: .componentID),
                delta: try c.decode(String.self, forKey: .delta), done: try c.decode(Bool.self, forKey: .done))
        case .widgetRootUpdated:
            self = .widgetRootUpdated(try c.decode(WidgetRoot.self, forKey: .widget))
        case .widgetComponentUpdated:
            self = .widgetComponentUpdated(
                componentID: try c.decode(String.self, forKey: .componentID),
                component: try c.decode(WidgetComponent.self, forKey: .component))
        case .workflowTaskAdded:
            self = .workflowTaskAdded(
                taskIndex: try c.decode(Int.self, forKey: .taskIndex), task: try c.decode(WorkflowTask.self, forKey: .task))
        case .workflowTaskUpdated:
            self = .workflowTaskUpdated(
                taskIndex: try c.decode(Int.self, forKey: .taskIndex), task: try c.decode(WorkflowTask.self, forKey: .task))
        case .generatedImageUpdated:
            self = .generatedImageUpdated(
                image: try c.decode(GeneratedImage.self, forKey: .image),
                progress: try c.decodeIfPresent(Double.self, forKey: .progress))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind.rawValue, forKey: .type)
        switch self {
        case .contentPartAdded(let index, let content), .contentPartDone(let index, let content):
            try c.encode(index, forKey: .contentIndex)
            try c.encode(content, forKey: .content)
        case .contentPartTextDelta(let index, let delta):
            try c.encode(index, forKey: .contentIndex)
            try c.encode(delta, forKey: .delta)
        case .contentPartAnnotationAdded(let index, let annotationIndex, let annotation):
            try c.encode(index, forKey: .contentIndex)
            try c.encode(annotationIndex, forKey: .annotationIndex)
            try c.encode(annotation, forKey: .annotation)
        case .widgetStreamingTextValueDelta(let componentID, let delta, let done):
            try c.encode(componentID, forKey: .componentID)
            try c.encode(delta, forKey: .delta)
            try c.encode(done, forKey: .done)
        case .widgetRootUpdated(let widget):
            try c.encode(widget, forKey: .widget)
        case .widgetComponentUpdated(let componentID, let component):
            try c.encode(componentID, forKey: .componentID)
            try c.encode(component, forKey: .component)
        case .workflowTaskAdded(let index, let task), .workflowTaskUpdated(let index, let task):
            try c.encode(index, forKey: .taskIndex)
            try c.encode(task, forKey: .task)
        case .generatedImageUpdated(let image, let progress):
            try c.encode(image, forKey: .image)
            try c.encodeIfPresent(progress, forKey: .progress)
        }
    }
}
