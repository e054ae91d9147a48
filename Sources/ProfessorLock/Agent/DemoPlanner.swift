import Foundation
import AgentRuntime
import JSONValue

/// Maps a user message to one tool call by keywords. Deliberately simple and predictable:
/// it is the demo model's whole "intelligence", and everything it produces is checked by the
/// tool's schema like a real model's call.
enum DemoPlanner {
    struct Plan: Equatable {
        var tool: String
        var arguments: [String: JSONValue]
    }

    static let sports = ["nfl", "nba", "wnba", "mlb", "nhl", "ncaaf", "cfb", "mma", "ufc", "epl", "mls"]

    static func plan(for message: String) -> Plan? {
        let text = message.lowercased()
        let words = Set(text.split { !$0.isLetter && !$0.isNumber }.map(String.init))
        let sport = sports.first { words.contains($0) }

        if words.contains("parlay") {
            let legs = parlayLegs(in: message)
            if legs.count >= 2 {
                var arguments: [String: JSONValue] = ["legs": .array(legs)]
                if let stake = stake(in: text) { arguments["stake"] = .double(stake) }
                return Plan(tool: "build_parlay", arguments: arguments)
            }
        }
        if words.contains("pick") || words.contains("picks") {
            return Plan(tool: "supabase_query", arguments: ["dataset": "picks"])
        }
        if words.contains("odds") || words.contains("line") || words.contains("lines") || words.contains("spread") {
            return Plan(tool: "get_odds", arguments: ["sport": .string(oddsSport(sport) ?? "nfl")])
        }
        let statWords: Set = ["stats", "average", "averaging", "points", "yards", "rebounds", "assists", "touchdowns", "record", "homers"]
        if let sport, !words.isDisjoint(with: statWords) {
            return Plan(tool: "statmuse_query", arguments: ["query": .string(message), "sport": .string(statMuseSport(sport))])
        }
        return Plan(tool: "web_search", arguments: ["query": .string(message)])
    }

    /// Comma- or newline-separated segments that carry American odds ("Chiefs ML -150").
    static func parlayLegs(in message: String) -> [JSONValue] {
        let segments = message.split { $0 == "," || $0 == "\n" || $0 == ";" }
        return segments.compactMap { segment -> JSONValue? in
            // "Build a parlay: Chiefs ML -150" → "Chiefs ML -150"
            let leg = segment.split(separator: ":").last ?? segment
            let tokens = leg.split(separator: " ").map(String.init)
            guard let oddsIndex = tokens.lastIndex(where: isAmericanOdds) else { return nil }
            let selection = tokens.enumerated()
                .filter { $0.offset != oddsIndex }
                .map(\.element)
                .joined(separator: " ")
                .trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))
            guard !selection.isEmpty else { return nil }
            return ["selection": .string(selection), "odds": .string(tokens[oddsIndex])]
        }
    }

    static func isAmericanOdds(_ token: String) -> Bool {
        guard let sign = token.first, sign == "+" || sign == "-" else { return false }
        guard let value = Int(token.dropFirst()) else { return false }
        return value >= 100
    }

    /// "$25", "stake 25", "25 dollars".
    static func stake(in text: String) -> Double? {
        let tokens = text.split(separator: " ").map(String.init)
        for (index, token) in tokens.enumerated() {
            if token.hasPrefix("$"), let value = Double(token.dropFirst().trimmingCharacters(in: .punctuationCharacters)) {
                return value
            }
            if token == "stake" || token == "bet" || token == "risk", index + 1 < tokens.count,
                let value = Double(tokens[index + 1].trimmingCharacters(in: CharacterSet(charactersIn: "$.,")))
            {
                return value
            }
        }
        return nil
    }

    static func oddsSport(_ sport: String?) -> String? {
        switch sport {
        case "cfb": "ncaaf"
        case "ufc": "mma"
        default: sport
        }
    }

    static func statMuseSport(_ sport: String) -> String {
        sport == "ncaaf" ? "cfb" : sport
    }

    /// Strict schemas require every key: fill what the plan left out with the schema's
    /// `default`, or `null` where the property is nullable, in nested objects and arrays too.
    static func completing(_ arguments: [String: JSONValue], schema: JSONValue) -> JSONValue {
        complete(.object(arguments), node: schema, root: schema, depth: 0)
    }

    private static func complete(_ value: JSONValue, node: JSONValue, root: JSONValue, depth: Int) -> JSONValue {
        guard depth < 16 else { return value }
        let node = resolve(node, root: root)
        switch value {
        case .object(var members):
            let properties = node["properties"]?.objectValue ?? [:]
            for (name, property) in properties {
                if let present = members[name] {
                    members[name] = complete(present, node: property, root: root, depth: depth + 1)
                } else if let fallback = property["default"] {
                    members[name] = fallback
                } else if property["anyOf"]?.arrayValue?.contains(where: { $0["type"] == "null" }) == true {
                    members[name] = .null
                }
            }
            return .object(members)
        case .array(let elements):
            guard let items = node["items"] else { return value }
            return .array(elements.map { complete($0, node: items, root: root, depth: depth + 1) })
        default:
            return value
        }
    }

    /// Follows a local `$ref` (`#/$defs/Name`).
    private static func resolve(_ node: JSONValue, root: JSONValue) -> JSONValue {
        guard let reference = node["$ref"]?.stringValue, reference.hasPrefix("#/$defs/") else { return node }
        return root["$defs"]?[String(reference.dropFirst("#/$defs/".count))] ?? node
    }
}
