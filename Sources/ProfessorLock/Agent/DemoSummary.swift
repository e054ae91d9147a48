import Foundation
import AgentRuntime
import JSONValue

/// The demo model's answers: a plain account of what the tools returned, nothing more.
struct DemoSummary {
    let history: [ModelInputItem]
    let outputCount: Int

    static let greeting = "**Demo mode** (no model configured). Ask me for odds, stats, a parlay or a web search and I will run the matching tool."

    static func noTool(for message: String, available: [String]) -> String {
        let tools = available.isEmpty ? "no tools are enabled" : "enabled tools: " + available.joined(separator: ", ")
        return "**Demo mode**: I could not map that to a tool I have (\(tools)). Configure `OPENAI_API_KEY` for real answers."
    }

    /// One line per tool call of the last turn, from its real output.
    var text: String {
        let outputs = history.suffix(outputCount)
        var names: [String: String] = [:]
        for item in history {
            if case .functionCall(_, let callID, let name, _) = item { names[callID] = name }
        }
        let lines = outputs.compactMap { item -> String? in
            guard case .functionCallOutput(let callID, let output) = item else { return nil }
            return "- **\(names[callID] ?? "tool")**: " + Self.describe(output)
        }
        return (["**Demo mode**: here is what the tools returned."] + lines).joined(separator: "\n")
    }

    /// Top-level facts of a JSON output (scalars, and counts for lists); other text verbatim.
    static func describe(_ output: String) -> String {
        guard let value = try? JSONValue(parsing: Data(output.utf8)), case .object(let members) = value else {
            return String(output.prefix(400))
        }
        let facts = members.keys.sorted().compactMap { key -> String? in
            switch members[key]! {
            case .string(let text): "\(key) **\(text.prefix(120))**"
            case .int(let number): "\(key) **\(number)**"
            case .double(let number): "\(key) **\(number)**"
            case .bool(let flag): "\(key) **\(flag)**"
            case .array(let elements): "\(key): \(elements.count) item\(elements.count == 1 ? "" : "s")"
            case .object, .null: nil
            }
        }
        return facts.isEmpty ? "no details" : facts.joined(separator: ", ")
    }

    /// Splits text into word-sized deltas so the demo streams like a model.
    static func chunks(of text: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        for character in text {
            current.append(character)
            if character == " " || character == "\n" {
                pieces.append(current)
                current = ""
            }
        }
        if !current.isEmpty { pieces.append(current) }
        return pieces
    }
}
