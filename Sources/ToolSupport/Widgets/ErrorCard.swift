import ChatKitWidgets

extension WidgetRoot {
    /// The final state of a tool's widget when the tool failed: what was attempted and why it
    /// failed, instead of partial or made-up data. Tools finish their widget with it and then throw.
    ///
    /// - Parameters:
    ///   - title: what the tool was doing ("StatMuse: LeBron James points this season").
    ///   - message: the error, as the model also receives it.
    public static func errorCard(title: String, message: String) -> WidgetRoot {
        .card(
            Card(status: WidgetStatus(text: "Failed", icon: .info)) {
                Row(style: BoxStyle(align: .center, gap: 2)) {
                    Badge(label: "Error", color: .danger, variant: .soft)
                    Text(value: title, weight: .semibold, truncate: true)
                }
                Text(value: message, color: "secondary", size: .sm)
            }
        )
    }
}
