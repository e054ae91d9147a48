import Foundation
import JSONValue
import Testing

/// The `professor-lock tools` contract other issues and users rely on, run on the built binary.
@Suite("professor-lock tools: the command-line contract")
struct ToolsCommandContractTests {
    static let tools = ["--tools", CLIProcess.repositoryToolsFile]
    static let parlayArguments =
        #"{"legs":[{"selection":"Buffalo Bills -3","odds":"+110","event":null,"market":null,"win_probability":null},"#
        + #"{"selection":"Kansas City Chiefs ML","odds":"-150","event":null,"market":null,"win_probability":null}],"stake":10,"bankroll":null}"#

    @Test("tools list --json lists every enabled tool with its description", .timeLimit(.minutes(1)))
    func listJSON() async throws {
        let run = try await CLIProcess.run(["tools", "list", "--json"] + Self.tools)
        #expect(run.status == 0, "\(run.stderr)")
        let tools = try #require(run.json?.arrayValue, "\(run.stdout)")
        let names = tools.compactMap { $0["name"]?.stringValue }
        #expect(names.contains("build_parlay"))
        #expect(Set(names).count == names.count)
        #expect(tools.allSatisfy { ($0["description"]?.stringValue?.isEmpty == false) && $0.objectValue?.count == 2 })
    }

    @Test("tools schema NAME --api chat_completions prints the exact Chat Completions definition", .timeLimit(.minutes(1)))
    func schemaChatCompletions() async throws {
        let run = try await CLIProcess.run(["tools", "schema", "build_parlay", "--api", "chat_completions"] + Self.tools)
        #expect(run.status == 0, "\(run.stderr)")
        let definition = try #require(run.json, "\(run.stdout)")
        #expect(definition["type"] == "function")
        let function = try #require(definition["function"])
        #expect(function["name"] == "build_parlay")
        #expect(function["strict"] == true)
        let parameters = try #require(function["parameters"])
        #expect(parameters["type"] == "object")
        #expect(parameters["additionalProperties"] == false)
        #expect(parameters["required"] == ["legs", "stake", "bankroll"])
        #expect(parameters["properties"]?["stake"]?["anyOf"]?.arrayValue?.contains(["type": "null"]) == true)

        let responses = try await CLIProcess.run(["tools", "schema", "build_parlay", "--api", "responses"] + Self.tools)
        let flat = try #require(responses.json)
        #expect(flat["name"] == "build_parlay" && flat["strict"] == true && flat["function"] == nil)
        #expect(flat["parameters"] == parameters)
    }

    @Test("tools call --json prints widget events as NDJSON, then an ok result, and exits 0", .timeLimit(.minutes(1)))
    func callJSON() async throws {
        let run = try await CLIProcess.run(["tools", "call", "build_parlay", "--args", Self.parlayArguments, "--json"] + Self.tools)
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.jsonLines
        try #require(!lines.isEmpty && lines.allSatisfy { $0 != nil }, "not NDJSON: \(run.stdout)")
        let events = lines.compactMap { $0 }
        let types = events.compactMap { $0["type"]?.stringValue }
        #expect(types.last == "result")
        #expect(types.dropLast().contains { $0.hasPrefix("widget") }, "\(types)")
        let result = try #require(events.last)
        #expect(result["ok"] == true)
        #expect(result["output"]?["legs"]?.arrayValue?.count == 2)
    }

    @Test("bad arguments exit 2 with the validation message naming the field", .timeLimit(.minutes(1)))
    func badArguments() async throws {
        let json = try await CLIProcess.run(["tools", "call", "build_parlay", "--args", #"{"legs":"two","stake":10,"bankroll":null}"#, "--json"] + Self.tools)
        #expect(json.status == 2)
        let result = try #require(json.jsonLines.last ?? nil, "\(json.stdout)")
        #expect(result["type"] == "result" && result["ok"] == false)
        let message = try #require(result["error"]?.stringValue)
        #expect(message.contains("legs"), "\(message)")

        let human = try await CLIProcess.run(["tools", "call", "build_parlay", "--args", #"{"legs":"two","stake":10,"bankroll":null}"#] + Self.tools)
        #expect(human.status == 2)
        #expect(human.stderr.contains(message) || human.stdout.contains(message), "stdout: \(human.stdout)\nstderr: \(human.stderr)")
    }

    @Test("an unknown tool exits 2, for call and for schema", .timeLimit(.minutes(1)))
    func unknownTool() async throws {
        let call = try await CLIProcess.run(["tools", "call", "no_such_tool", "--args", "{}", "--json"] + Self.tools)
        #expect(call.status == 2)
        #expect(call.jsonLines.last??["ok"] == false)
        #expect(call.jsonLines.last??["error"]?.stringValue?.contains("no_such_tool") == true, "\(call.stdout)")
        let schema = try await CLIProcess.run(["tools", "schema", "no_such_tool"] + Self.tools)
        #expect(schema.status == 2)
        #expect(schema.stderr.contains("no_such_tool"))
    }

    @Test("a malformed tools.json exits 2 with a message naming the file and the key", .timeLimit(.minutes(1)))
    func malformedToolsFile() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("tools-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(#"{"tools": {"parlay": {"enabled": "yes"}}}"#.utf8).write(to: file)
        let wrongType = try await CLIProcess.run(["tools", "list", "--tools", file.path])
        #expect(wrongType.status == 2)
        #expect(wrongType.stderr.contains(file.path) && wrongType.stderr.contains("enabled"), "\(wrongType.stderr)")

        try Data(#"{"tools": {"parley": {"enabled": true}}}"#.utf8).write(to: file)
        let unknownModule = try await CLIProcess.run(["tools", "list", "--tools", file.path])
        #expect(unknownModule.status == 2)
        #expect(unknownModule.stderr.contains(file.path) && unknownModule.stderr.contains("parley"), "\(unknownModule.stderr)")

        try Data(#"{"tools": {"parlay": {"enabled": true},}"#.utf8).write(to: file)
        let notJSON = try await CLIProcess.run(["tools", "list", "--tools", file.path])
        #expect(notJSON.status == 2)
        #expect(notJSON.stderr.contains(file.path), "\(notJSON.stderr)")
    }
}
