/// One question of a `structured_input` item.
public struct StructuredInput: Sendable, Hashable, Codable {
    public enum Kind: Sendable, Hashable {
        /// Suggested choices; `multiple` allows more than one value.
        case multipleChoice(options: [String], multiple: Bool)
        case freeform(description: String?)
    }

    public var id: String
    public var question: String
    public var answer: StructuredInputAnswer?
    public var kind: Kind

    public init(id: String, question: String, kind: Kind, answer: StructuredInputAnswer? = nil) {
        self.id = id
        self.question = question
        self.kind = kind
        self.answer = answer
    }

    private enum CodingKeys: String, CodingKey { case id, question, answer, type, options, multiple, description }
    private enum Discriminator: String { case multipleChoice = "multiple_choice", freeform }
    private struct Option: Codable { var value: String }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        question = try container.decode(String.self, forKey: .question)
        answer = try container.decodeIfPresent(StructuredInputAnswer.self, forKey: .answer)
        switch try container.decodeDiscriminator(Discriminator.self, forKey: .type, typeName: "structured input") {
        case .multipleChoice:
            kind = .multipleChoice(
                options: try container.decode([Option].self, forKey: .options).map(\.value),
                multiple: try container.decode(Bool.self, forKey: .multiple, default: false))
        case .freeform:
            kind = .freeform(description: try container.decodeIfPresent(String.self, forKey: .description))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(question, forKey: .question)
        try container.encodeIfPresent(answer, forKey: .answer)
        switch kind {
        case .multipleChoice(let options, let multiple):
            try container.encode(Discriminator.multipleChoice.rawValue, forKey: .type)
            try container.encode(options.map(Option.init(value:)), forKey: .options)
            try container.encode(multiple, forKey: .multiple)
        case .freeform(let description):
            try container.encode(Discriminator.freeform.rawValue, forKey: .type)
            try container.encodeIfPresent(description, forKey: .description)
        }
    }
}

/// The answer to one structured-input question (also the shape the client submits).
public struct StructuredInputAnswer: Sendable, Hashable, Codable {
    public var values: [String]
    public var skipped: Bool

    public init(values: [String] = [], skipped: Bool = false) {
        self.values = values
        self.skipped = skipped
    }

    private enum CodingKeys: String, CodingKey { case values, skipped }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        values = try container.decode([String].self, forKey: .values, default: [])
        skipped = try container.decode(Bool.self, forKey: .skipped, default: false)
    }
}
