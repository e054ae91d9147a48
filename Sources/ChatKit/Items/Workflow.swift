import ChatKitWidgets

/// A group of tasks shown as one collapsible block (e.g. the model's reasoning or a tool's steps).
public struct Workflow: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable { case custom, reasoning }

    public var type: Kind
    public var tasks: [WorkflowTask]
    public var summary: WorkflowSummary?
    public var expanded: Bool

    public init(type: Kind, tasks: [WorkflowTask] = [], summary: WorkflowSummary? = nil, expanded: Bool = false) {
        self.type = type
        self.tasks = tasks
        self.summary = summary
        self.expanded = expanded
    }

    private enum CodingKeys: String, CodingKey { case type, tasks, summary, expanded }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        type = try container.decode(Kind.self, forKey: .type)
        tasks = try container.decode([WorkflowTask].self, forKey: .tasks)
        summary = try container.decodeIfPresent(WorkflowSummary.self, forKey: .summary)
        expanded = try container.decode(Bool.self, forKey: .expanded, default: false)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(type, forKey: .type)
        try container.encode(tasks, forKey: .tasks)
        try container.encodeIfPresent(summary, forKey: .summary)
        try container.encode(expanded, forKey: .expanded)
    }
}

/// The collapsed label of a workflow. Not discriminated on the wire: `duration` marks the second form.
public enum WorkflowSummary: Sendable, Hashable, Codable {
    case custom(title: String, icon: IconName?)
    /// Whole seconds the workflow took.
    case duration(Int)

    private enum CodingKeys: String, CodingKey { case title, icon, duration }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let title = try container.decodeIfPresent(String.self, forKey: .title) {
            self = .custom(title: title, icon: try container.decodeIfPresent(IconName.self, forKey: .icon))
        } else {
            self = .duration(try container.decode(Int.self, forKey: .duration))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .custom(let title, let icon):
            try container.encode(title, forKey: .title)
            try container.encodeIfPresent(icon, forKey: .icon)
        case .duration(let seconds):
            try container.encode(seconds, forKey: .duration)
        }
    }
}

/// How a task renders its progress inside a workflow.
public enum TaskStatusIndicator: String, Sendable, Hashable, Codable {
    case none, loading, complete
}

/// One step of a workflow, or a standalone `task` item. (`Task` in the reference; renamed so it never
/// shadows Swift's `Task`.)
public struct WorkflowTask: Sendable, Hashable, Codable {
    public enum Kind: Sendable, Hashable {
        case custom(title: String?, icon: IconName?, content: String?)
        case webSearch(title: String?, titleQuery: String?, queries: [String], sources: [URLSource])
        case thought(title: String?, content: String)
        case file(title: String?, sources: [FileSource])
        case image(title: String?)
    }

    public var statusIndicator: TaskStatusIndicator
    public var kind: Kind

    public init(_ kind: Kind, statusIndicator: TaskStatusIndicator = .none) {
        self.kind = kind
        self.statusIndicator = statusIndicator
    }

    private enum CodingKeys: String, CodingKey {
        case statusIndicator = "status_indicator", type, title, icon, content
        case titleQuery = "title_query", queries, sources
    }
    private enum Discriminator: String { case custom, webSearch = "web_search", thought, file, image }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        statusIndicator = try container.decode(TaskStatusIndicator.self, forKey: .statusIndicator, default: .none)
        let title = try container.decodeIfPresent(String.self, forKey: .title)
        switch try container.decodeDiscriminator(Discriminator.self, forKey: .type, typeName: "task") {
        case .custom:
            kind = .custom(
                title: title, icon: try container.decodeIfPresent(IconName.self, forKey: .icon),
                content: try container.decodeIfPresent(String.self, forKey: .content))
        case .webSearch:
            kind = .webSearch(
                title: title, titleQuery: try container.decodeIfPresent(String.self, forKey: .titleQuery),
                queries: try container.decode([String].self, forKey: .queries, default: []),
                sources: try container.decode([URLSource].self, forKey: .sources, default: []))
        case .thought:
            kind = .thought(title: title, content: try container.decode(String.self, forKey: .content))
        case .file:
            kind = .file(title: title, sources: try container.decode([FileSource].self, forKey: .sources, default: []))
        case .image:
            kind = .image(title: title)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(statusIndicator, forKey: .statusIndicator)
        switch kind {
        case .custom(let title, let icon, let content):
            try container.encode(Discriminator.custom.rawValue, forKey: .type)
            try container.encodeIfPresent(title, forKey: .title)
            try container.encodeIfPresent(icon, forKey: .icon)
            try container.encodeIfPresent(content, forKey: .content)
        case .webSearch(let title, let titleQuery, let queries, let sources):
            try container.encode(Discriminator.webSearch.rawValue, forKey: .type)
            try container.encodeIfPresent(title, forKey: .title)
            try container.encodeIfPresent(titleQuery, forKey: .titleQuery)
            try container.encode(queries, forKey: .queries)
            try container.encode(sources, forKey: .sources)
        case .thought(let title, let content):
            try container.encode(Discriminator.thought.rawValue, forKey: .type)
            try container.encodeIfPresent(title, forKey: .title)
            try container.encode(content, forKey: .content)
        case .file(let title, let sources):
            try container.encode(Discriminator.file.rawValue, forKey: .type)
            try container.encodeIfPresent(title, forKey: .title)
            try container.encode(sources, forKey: .sources)
        case .image(let title):
            try container.encode(Discriminator.image.rawValue, forKey: .type)
            try container.encodeIfPresent(title, forKey: .title)
        }
    }
}
