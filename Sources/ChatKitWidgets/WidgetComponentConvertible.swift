/// Anything that can stand as a child of a widget container; lets `@WidgetBuilder` blocks list
/// components directly (`Text(value: "Hi")`) instead of wrapping each in a `WidgetComponent` case.
public protocol WidgetComponentConvertible {
    var widgetComponent: WidgetComponent { get }
}

extension WidgetComponent: WidgetComponentConvertible {
    public var widgetComponent: WidgetComponent { self }
}

extension Text: WidgetComponentConvertible {
    public var widgetComponent: WidgetComponent { .text(self) }
}

extension Title: WidgetComponentConvertible {
    public var widgetComponent: WidgetComponent { .title(self) }
}

extension Caption: WidgetComponentConvertible {
    public var widgetComponent: WidgetComponent { .caption(self) }
}

extension Markdown: WidgetComponentConvertible {
    public var widgetComponent: WidgetComponent { .markdown(self) }
}

extension Badge: WidgetComponentConvertible {
    public var widgetComponent: WidgetComponent { .badge(self) }
}

extension Button: WidgetComponentConvertible {
    public var widgetComponent: WidgetComponent { .button(self) }
}

extension Image: WidgetComponentConvertible {
    public var widgetComponent: WidgetComponent { .image(self) }
}

extension Icon: WidgetComponentConvertible {
    public var widgetComponent: WidgetComponent { .icon(self) }
}

extension Divider: WidgetComponentConvertible {
    public var widgetComponent: WidgetComponent { .divider(self) }
}

extension Spacer: WidgetComponentConvertible {
    public var widgetComponent: WidgetComponent { .spacer(self) }
}

extension Box: WidgetComponentConvertible {
    public var widgetComponent: WidgetComponent { .box(self) }
}

extension Row: WidgetComponentConvertible {
    public var widgetComponent: WidgetComponent { .row(self) }
}

extension Col: WidgetComponentConvertible {
    public var widgetComponent: WidgetComponent { .col(self) }
}

extension Form: WidgetComponentConvertible {
    public var widgetComponent: WidgetComponent { .form(self) }
}

extension Select: WidgetComponentConvertible {
    public var widgetComponent: WidgetComponent { .select(self) }
}

extension DatePicker: WidgetComponentConvertible {
    public var widgetComponent: WidgetComponent { .datePicker(self) }
}

extension Checkbox: WidgetComponentConvertible {
    public var widgetComponent: WidgetComponent { .checkbox(self) }
}

extension Input: WidgetComponentConvertible {
    public var widgetComponent: WidgetComponent { .input(self) }
}

extension Label: WidgetComponentConvertible {
    public var widgetComponent: WidgetComponent { .label(self) }
}

extension RadioGroup: WidgetComponentConvertible {
    public var widgetComponent: WidgetComponent { .radioGroup(self) }
}

extension Textarea: WidgetComponentConvertible {
    public var widgetComponent: WidgetComponent { .textarea(self) }
}

extension Transition: WidgetComponentConvertible {
    public var widgetComponent: WidgetComponent { .transition(self) }
}

extension Chart: WidgetComponentConvertible {
    public var widgetComponent: WidgetComponent { .chart(self) }
}
