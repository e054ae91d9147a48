import Foundation

/// The risk notes attached to a parlay: correlated legs, duplicates and long parlays.
enum ParlayWarnings {
    static func warnings(for legs: [ParlayLegInput]) -> [String] {
        var warnings: [String] = []
        let events = legs.map { $0.event.map(normalized) ?? "" }
        let picks = legs.map { [normalized($0.selection), $0.event.map(normalized) ?? "", $0.market.map(normalized) ?? ""] }
        var duplicatePairs: Set<[Int]> = []
        for first in legs.indices {
            for second in legs.indices where second > first && picks[first] == picks[second] {
                duplicatePairs.insert([first, second])
                warnings.append("Legs \(first + 1) and \(second + 1) are the same pick (\(legs[first].selection)): a duplicate leg.")
            }
        }
        for first in legs.indices where !events[first].isEmpty {
            let sameEvent = legs.indices.filter { $0 > first && events[$0] == events[first] && !duplicatePairs.contains([first, $0]) }
            // Report each event once, at its first leg.
            guard !sameEvent.isEmpty, !legs.indices.contains(where: { $0 < first && events[$0] == events[first] }) else { continue }
            let numbers = ([first] + sameEvent).map { String($0 + 1) }.joined(separator: ", ")
            warnings.append("Legs \(numbers) are on the same event (\(legs[first].event ?? "")): correlated legs; many books reject or reprice same-game combinations, and the fair probability assumes independence.")
        }
        if legs.count > ParlayCalculator.manyLegsThreshold {
            warnings.append("\(legs.count) legs: parlays of more than \(ParlayCalculator.manyLegsThreshold) legs rarely hit, and the vig compounds with every leg.")
        }
        return warnings
    }

    private static func normalized(_ text: String) -> String {
        ParlayText.trimmed(text).lowercased()
    }
}
