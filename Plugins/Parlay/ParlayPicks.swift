import ChatKitWidgets
import JSONValue

/// The picks a widget offers through `parlay.add_leg` buttons, and which are selected.
///
/// Any widget can offer picks (the odds board does); the selection lives in the buttons'
/// payloads (`selected`) and is shown with a check icon, so the stored widget is the state.
enum ParlayPicks {
    /// Every offered pick with whether it is selected.
    static func offered(in widget: WidgetRoot) -> [BoardLeg: Bool] {
        var picks: [BoardLeg: Bool] = [:]
        for payload in payloads(in: widget) { picks[payload.leg] = payload.selected }
        return picks
    }

    /// The selected picks in document order, each once.
    static func selected(in widget: WidgetRoot) -> [BoardLeg] {
        var seen: Set<BoardLeg> = []
        return payloads(in: widget).filter { $0.selected && seen.insert($0.leg).inserted }.map(\.leg)
    }

    /// The widget with every button offering `leg` marked selected or not.
    static func marking(_ leg: BoardLeg, selected: Bool, in widget: WidgetRoot) -> WidgetRoot {
        WidgetActions.rewritingButtons(widget) { button in
            guard var action = button.onClickAction, action.type == ParlayActionName.addLeg.type,
                  let payload = try? action.payload?.decode(as: BoardLegPayload.self), payload.leg == leg
            else { return button }
            action.payload = try? JSONValue(encoding: BoardLegPayload(leg: leg, selected: selected))
            var marked = button
            marked.onClickAction = action
            marked.iconStart = selected ? .check : nil
            marked.color = selected ? .success : nil
            return marked
        }
    }

    private static func payloads(in widget: WidgetRoot) -> [BoardLegPayload] {
        WidgetActions.all(in: widget)
            .filter { $0.type == ParlayActionName.addLeg.type }
            .compactMap { try? $0.payload?.decode(as: BoardLegPayload.self) }
    }
}
