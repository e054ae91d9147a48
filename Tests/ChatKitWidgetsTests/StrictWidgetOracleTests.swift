import ChatKitWidgets
import Foundation
import JSONValue
import TestSupport
import Testing

/// Validates what Swift encodes against the real pydantic classes of openai-chatkit 1.6.5:
/// every node against its own component class (`Tests/Conformance/strict_widget.py`, reference §13),
/// and the whole tree for a canonical round trip (no emitted nulls, renamed or extra fields).
///
/// Needs `CHATKIT_ORACLE_PYTHON`; skipped without it unless `PROFESSOR_LOCK_REQUIRE_EXTERNAL=1`.
@Suite("Widgets conform to openai-chatkit 1.6.5", .enabled(if: ExternalService.chatKitOracle.shouldRun))
struct StrictWidgetOracleTests {
    @Test("every component, encoded from Swift, passes the strict per-node check and round-trips canonically")
    func samplesConform() throws {
        let widgets = try WidgetSamples.all.map { sample in
            OracleInput(name: sample.name, widget: try JSONValue(encoding: sample.root))
        }
        let verdicts = try StrictWidgetOracle.check(widgets)
        #expect(verdicts.count == widgets.count)
        for verdict in verdicts {
            #expect(verdict.errors.isEmpty, "\(verdict.name): \(verdict.errors.joined(separator: "; "))")
        }
    }

    @Test("the checker itself rejects what the client rejects")
    func checkerRejectsInvalidWidgets() throws {
        let invalid: [OracleInput] = [
            OracleInput(name: "Text without value", widget: ["type": "Card", "children": [["type": "Text"]]]),
            OracleInput(name: "unknown component", widget: ["type": "Card", "children": [["type": "Table"]]]),
            OracleInput(name: "emitted null", widget: ["type": "Card", "children": [], "size": nil]),
        ]
        let verdicts = try StrictWidgetOracle.check(invalid)
        #expect(verdicts.count == invalid.count)
        for verdict in verdicts {
            #expect(!verdict.errors.isEmpty, "\(verdict.name) should be rejected")
        }
    }
}

struct OracleInput: Encodable {
    let name: String
    let widget: JSONValue
}

struct OracleVerdict: Decodable {
    let name: String
    let errors: [String]
}

/// Runs the Python checker once over a batch of widgets (JSON on stdin, verdicts on stdout).
enum StrictWidgetOracle {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static let conformanceDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Conformance")

    private static let script = """
        import json, sys, warnings
        warnings.simplefilter("ignore")
        sys.path.insert(0, sys.argv[1])
        from pydantic import TypeAdapter
        from chatkit import widgets as W
        from strict_widget import strict_widget
        ROOT = TypeAdapter(W.StrictWidgetRoot)
        verdicts = []
        for entry in json.load(sys.stdin):
            errors = []
            try:
                strict_widget(entry["widget"])
                canonical = json.loads(ROOT.dump_json(ROOT.validate_python(entry["widget"]), by_alias=True, exclude_none=True))
                if canonical != entry["widget"]:
                    errors.append("not canonical: " + json.dumps(canonical, sort_keys=True))
            except Exception as error:
                errors.append(f"{type(error).__name__}: {error}")
            verdicts.append({"name": entry["name"], "errors": errors})
        json.dump(verdicts, sys.stdout)
        """

    static func check(_ inputs: [OracleInput]) throws -> [OracleVerdict] {
        let python = try ExternalService.chatKitOracle.require()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", script, conformanceDirectory.path]
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        try stdin.fileHandleForWriting.write(contentsOf: JSONEncoder().encode(inputs))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errorOutput = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "the widget checker exited with \(process.terminationStatus): "
                + String(decoding: errorOutput, as: UTF8.self))
        }
        return try JSONDecoder().decode([OracleVerdict].self, from: output)
    }
}
