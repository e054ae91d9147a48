import ChatKitWidgets
import Foundation
import JSONValue

/// `WidgetRoot.diff` on a realistic card (a 6-leg parlay card with an analysis paragraph): a streamed
/// text append (one delta) and a changed badge (full replace).
enum WidgetDiffBench {
    static func run() throws -> [MicroResult] {
        let before = try card(analysis: String(repeating: "The Chiefs cover at home. ", count: 20), badge: "Pending")
        let appended = try card(analysis: String(repeating: "The Chiefs cover at home. ", count: 20) + "Kelce is back.", badge: "Pending")
        let replaced = try card(analysis: String(repeating: "The Chiefs cover at home. ", count: 20), badge: "Locked")
        let appendDeltas = WidgetRoot.diff(from: before, to: appended)
        let replaceDeltas = WidgetRoot.diff(from: before, to: replaced)
        guard appendDeltas.count == 1, case .streamingTextDelta = appendDeltas[0],
              replaceDeltas.count == 1, case .rootReplaced = replaceDeltas[0]
        else { throw BenchFailure("WidgetRoot.diff did not classify the benchmark's changes as expected") }
        var results: [MicroResult] = []
        for (name, after) in [("text append (1 delta)", appended), ("badge change (replace)", replaced)] {
            var deltas = 0
            let samples = syncSample(iterations: 20_000) { deltas += WidgetRoot.diff(from: before, to: after).count }
            precondition(deltas > 0)
            results.append(MicroResult(name: "Widget diff, \(name)", p50: samples.p50.readable, p99: samples.p99.readable, target: "-"))
        }
        return results
    }

    static func card(analysis: String, badge: String) throws -> WidgetRoot {
        let legs: [JSONValue] = (1...6).map { index in
            [
                "type": "Row",
                "children": [
                    ["type": "Text", "value": .string("\(index). Team \(index) moneyline"), "weight": "semibold"],
                    ["type": "Spacer"],
                    ["type": "Badge", "label": .string(index.isMultiple(of: 2) ? "-110" : "+150")],
                    ["type": "Button", "label": "Remove", "onClickAction": ["type": "parlay.remove_leg", "payload": ["index": .int(index)]]],
                ],
            ]
        }
        let card: JSONValue = [
            "type": "Card",
            "children": .array(
                [["type": "Title", "value": "6-leg parlay"], ["type": "Badge", "label": .string(badge)]] + legs + [
                    ["type": "Divider"],
                    ["type": "Text", "id": "analysis", "value": .string(analysis), "streaming": true],
                    ["type": "Row", "children": [["type": "Caption", "value": "Stake $10.00"], ["type": "Spacer"], ["type": "Caption", "value": "Pays $412.37"]]],
                ]),
        ]
        return try JSONDecoder().decode(WidgetRoot.self, from: Data(card.jsonString().utf8))
    }
}

/// The synchronous twin of ``sample(iterations:warmup:_:)``.
func syncSample(iterations: Int, warmup: Int = 100, _ body: () throws -> Void) rethrows -> Samples {
    let clock = ContinuousClock()
    var durations: [Duration] = []
    durations.reserveCapacity(iterations)
    for index in 0..<(warmup + iterations) {
        let start = clock.now
        try body()
        if index >= warmup { durations.append(clock.now - start) }
    }
    return Samples(durations)
}
