/// A node that may appear inside a widget: everything except the roots and `ListViewItem`.
///
/// The cases are exactly the components ChatKit renders, so a tree the client would reject
/// (an unknown type, a `ListView` nested in a card) cannot be built.
public indirect enum WidgetComponent: Sendable, Hashable {
    case text(Text)
    case title(Title)
    case caption(Caption)
    case markdown(Markdown)
    case badge(Badge)
    case button(Button)
    case image(Image)
    case icon(Icon)
    case divider(Divider)
    case spacer(Spacer)
    case box(Box)
    case row(Row)
    case col(Col)
    case form(Form)
    case select(Select)
    case datePicker(DatePicker)
    case checkbox(Checkbox)
    case input(Input)
    case label(Label)
    case radioGroup(RadioGroup)
    case textarea(Textarea)
    case transition(Transition)
    case chart(Chart)
}

extension WidgetComponent: Codable {
    private enum CodingKeys: String, CodingKey { case type }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let type = try container.decode(String.self, forKey: .type)
        switch type {
        case Text.wireType: self = .text(try Text(from: decoder))
        case Title.wireType: self = .title(try Title(from: decoder))
        case Caption.wireType: self = .caption(try Caption(from: decoder))
        case Markdown.wireType: self = .markdown(try Markdown(from: decoder))
        case Badge.wireType: self = .badge(try Badge(from: decoder))
        case Button.wireType: self = .button(try Button(from: decoder))
        case Image.wireType: self = .image(try Image(from: decoder))
        case Icon.wireType: self = .icon(try Icon(from: decoder))
        case Divider.wireType: self = .divider(try Divider(from: decoder))
        case Spacer.wireType: self = .spacer(try Spacer(from: decoder))
        case Box.wireType: self = .box(try Box(from: decoder))
        case Row.wireType: self = .row(try Row(from: decoder))
        case Col.wireType: self = .col(try Col(from: decoder))
        case Form.wireType: self = .form(try Form(from: decoder))
        case Select.wireType: self = .select(try Select(from: decoder))
        case DatePicker.wireType: self = .datePicker(try DatePicker(from: decoder))
        case Checkbox.wireType: self = .checkbox(try Checkbox(from: decoder))
        case Input.wireType: self = .input(try Input(from: decoder))
        case Label.wireType: self = .label(try Label(from: decoder))
        case RadioGroup.wireType: self = .radioGroup(try RadioGroup(from: decoder))
        case Textarea.wireType: self = .textarea(try Textarea(from: decoder))
        case Transition.wireType: self = .transition(try Transition(from: decoder))
        case Chart.wireType: self = .chart(try Chart(from: decoder))
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .type, in: container, debugDescription: "Unknown or misplaced widget component type '\(type)'"
            )
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .text(let node): try node.encode(to: encoder)
        case .title(let node): try node.encode(to: encoder)
        case .caption(let node): try node.encode(to: encoder)
        case .markdown(let node): try node.encode(to: encoder)
        case .badge(let node): try node.encode(to: encoder)
        case .button(let node): try node.encode(to: encoder)
        case .image(let node): try node.encode(to: encoder)
        case .icon(let node): try node.encode(to: encoder)
        case .divider(let node): try node.encode(to: encoder)
        case .spacer(let node): try node.encode(to: encoder)
        case .box(let node): try node.encode(to: encoder)
        case .row(let node): try node.encode(to: encoder)
        case .col(let node): try node.encode(to: encoder)
        case .form(let node): try node.encode(to: encoder)
        case .select(let node): try node.encode(to: encoder)
        case .datePicker(let node): try node.encode(to: encoder)
        case .checkbox(let node): try node.encode(to: encoder)
        case .input(let node): try node.encode(to: encoder)
        case .label(let node): try node.encode(to: encoder)
        case .radioGroup(let node): try node.encode(to: encoder)
        case .textarea(let node): try node.encode(to: encoder)
        case .transition(let node): try node.encode(to: encoder)
        case .chart(let node): try node.encode(to: encoder)
        }
    }
}
