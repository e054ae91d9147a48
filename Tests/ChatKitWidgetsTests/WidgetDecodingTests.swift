import ChatKitWidgets
import Foundation
import JSONValue
import Testing

@Suite("Widget decoding")
struct WidgetDecodingTests {
    @Test("every sample survives an encode/decode round trip unchanged", arguments: WidgetSamples.all.map(\.name))
    func roundTrip(name: String) throws {
        let root = try #require(WidgetSamples.all.first { $0.name == name }?.root)
        let data = try JSONEncoder().encode(root)
        #expect(try JSONDecoder().decode(WidgetRoot.self, from: data) == root)
    }

    @Test("unknown keys are ignored at every level")
    func toleratesUnknownKeys() throws {
        let json = """
            {"type":"Card","future":1,"children":[{"type":"Text","value":"x","sparkle":true},
            {"type":"Row","gap":2,"newProp":"y","children":[{"type":"Button","label":"b","onClickAction":{"type":"go","extra":[]}}]}]}
            """
        let root = try JSONDecoder().decode(WidgetRoot.self, from: Data(json.utf8))
        let expected = WidgetRoot.card(Card {
            Text(value: "x")
            Row(style: BoxStyle(gap: 2)) { Button(label: "b", onClickAction: ActionConfig(type: "go")) }
        })
        #expect(root == expected)
    }

    @Test("what Python writes decodes: integer-valued floats, naive dates, a Basic root with a single child")
    func acceptsPythonForms() throws {
        let json = """
            {"type":"Basic","children":{"type":"Col","height":100.0,"padding":2.5,"children":[
            {"type":"DatePicker","name":"d","min":"2025-01-01T00:00:00"}]}}
            """
        let root = try JSONDecoder().decode(WidgetRoot.self, from: Data(json.utf8))
        let expected = WidgetRoot.basic(BasicRoot {
            Col(style: BoxStyle(height: 100, padding: 2.5)) {
                DatePicker(name: "d", min: Date(timeIntervalSince1970: 1_735_689_600))
            }
        })
        #expect(root == expected)
    }

    @Test("a component type that is not a root is rejected as a root", arguments: ["Row", "Text", "ListViewItem", "Table"])
    func rejectsNonRoots(type: String) {
        let json = #"{"type":"\#(type)","children":[],"value":"x"}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(WidgetRoot.self, from: Data(json.utf8)) }
    }

    @Test("unknown components, misplaced ListViews and invalid icon names are rejected", arguments: [
        #"{"type":"Card","children":[{"type":"Table"}]}"#,
        #"{"type":"Card","children":[{"type":"ListView","children":[]}]}"#,
        #"{"type":"Card","children":[{"type":"Icon","name":"upload"}]}"#,
        #"{"type":"Card","children":[{"type":"Text"}]}"#,
        #"{"type":"Card","children":[{"type":"Box","direction":"row-reverse"}]}"#,
        #"{"type":"ListView","children":[{"type":"Text","value":"not an item"}]}"#,
        #"{"type":"Card","children":[{"type":"Text","value":"x","editable":true}]}"#,
        #"{"type":"Card","children":[{"type":"Chart","data":[],"xAxis":"x","series":[{"type":"pie","label":"p","dataKey":"y"}]}]}"#,
    ])
    func rejectsInvalidTrees(json: String) {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(WidgetRoot.self, from: Data(json.utf8)) }
    }
}
