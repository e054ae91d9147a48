import AgentRuntime
import JSONValue
import Testing

@Suite("Schema shapes beyond the golden cases")
struct SchemaShapeTests {
    /// A hand-written `init(from:)` that reads a nested object without a nested Swift type.
    struct WindowArguments: ToolArguments {
        var start: String
        var end: String
        enum CodingKeys: String, CodingKey { case window }
        enum WindowKeys: String, CodingKey { case start, end }
        init(from decoder: any Decoder) throws {
            let window = try decoder.container(keyedBy: CodingKeys.self).nestedContainer(keyedBy: WindowKeys.self, forKey: .window)
            start = try window.decode(String.self, forKey: .start)
            end = try window.decode(String.self, forKey: .end)
        }
    }

    struct TagsArguments: ToolArguments {
        var tags: Set<String>
        var market: SchemaGolden.Market?
        var limit: UInt8
    }

    @Test("a nested keyed container becomes an inline closed object")
    func nestedContainer() throws {
        let schema = try ToolSchema.parameters(for: WindowArguments.self, toolName: "window")
        #expect(schema["properties"]?["window"] == [
            "type": "object", "title": "Window", "additionalProperties": false,
            "properties": ["start": ["type": "string", "title": "Start"], "end": ["type": "string", "title": "End"]],
            "required": ["start", "end"],
        ])
    }

    @Test("sets have unique items, optional enums reference $defs without a title, unsigned ints are integers")
    func setsOptionalEnumsIntegers() throws {
        let schema = try ToolSchema.parameters(for: TagsArguments.self, toolName: "tags")
        #expect(schema["properties"] == [
            "tags": ["type": "array", "items": ["type": "string"], "uniqueItems": true, "title": "Tags"],
            "market": ["anyOf": [["$ref": "#/$defs/Market"], ["type": "null"]]],
            "limit": ["type": "integer", "title": "Limit"],
        ])
        #expect(schema["$defs"]?["Market"]?["enum"] == ["moneyline", "spread", "total"])
    }

    @Test("pydantic titles: words capitalised, underscores become spaces")
    func titles() throws {
        let schema = try ToolSchema.parameters(for: SchemaGolden.FetchPageArguments.self, toolName: "fetch_page")
        #expect(schema["properties"]?["timeout_s"]?["title"] == "Timeout S")
        #expect(schema["title"] == "fetch_page_args")
    }
}
