import AgentRuntime
import JSONValue
import Testing

@Suite("Schema generation rejects what strict mode cannot describe")
struct SchemaRejectionTests {
    struct OpenDictionaryArguments: ToolArguments {
        var key: String
        var values: [String: String]
    }

    struct AnyJSONArguments: ToolArguments {
        var payload: JSONValue
    }

    struct Metadata: Decodable, Sendable {
        var labels: [String: Int]
    }

    struct NestedOpenArguments: ToolArguments {
        var items: [Metadata]
    }

    enum Ratio: Double, Decodable, CaseIterable, Sendable { case half = 0.5, whole = 1 }

    struct DoubleEnumArguments: ToolArguments {
        var ratio: Ratio
    }

    struct MisspelledAnnotationArguments: ToolArguments {
        var query: String
        static let schemaFields: [String: SchemaField] = ["qeury": "The search query."]
    }

    struct WrongDefaultArguments: ToolArguments {
        var limit: Int
        static let schemaFields: [String: SchemaField] = ["limit": SchemaField(default: "ten")]
    }

    struct HandWrittenOpenObject: CustomJSONSchema, Sendable {
        static let jsonSchema: JSONValue = ["type": "object", "additionalProperties": true]
        static let schemaPlaceholder = HandWrittenOpenObject()
        init() {}
        init(from decoder: any Decoder) throws {}
    }

    struct CustomOpenArguments: ToolArguments {
        var extra: HandWrittenOpenObject
    }

    private func schemaError<T: ToolArguments>(_ type: T.Type, tool: String = "probe") -> ToolSchemaError? {
        do {
            _ = try ToolSchema.parameters(for: type, toolName: tool)
            return nil
        } catch {
            return error
        }
    }

    @Test("an open dictionary property is rejected with its property path")
    func openDictionary() {
        let error = schemaError(OpenDictionaryArguments.self)
        #expect(error?.propertyPath == "values")
        #expect(error?.reason.contains("open dictionary") == true)
    }

    @Test("a JSONValue property is rejected")
    func anyJSON() {
        let error = schemaError(AnyJSONArguments.self)
        #expect(error?.propertyPath == "payload")
        #expect(error?.reason.contains("JSONValue") == true)
    }

    @Test("an open dictionary inside an array of nested structs names the full path")
    func nestedOpenDictionary() {
        #expect(schemaError(NestedOpenArguments.self)?.propertyPath == "items[].labels")
    }

    @Test("an enum with Double raw values is rejected")
    func doubleEnum() {
        let error = schemaError(DoubleEnumArguments.self)
        #expect(error?.propertyPath == "ratio")
        #expect(error?.reason.contains("String or all Int") == true)
    }

    @Test("an annotation for a property that is never decoded is rejected")
    func misspelledAnnotation() {
        #expect(schemaError(MisspelledAnnotationArguments.self)?.reason.contains("'qeury'") == true)
    }

    @Test("a default that does not match the property's type is rejected")
    func wrongDefault() {
        let error = schemaError(WrongDefaultArguments.self)
        #expect(error?.propertyPath == "limit")
        #expect(error?.reason.contains("default \"ten\"") == true)
    }

    @Test("a hand-written schema with additionalProperties true fails the strict pass")
    func handWrittenOpenObject() {
        let error = schemaError(CustomOpenArguments.self)
        #expect(error?.propertyPath == "extra")
        #expect(error?.reason.contains("additionalProperties") == true)
    }

    @Test("a root that is not an object is rejected")
    func nonObjectRoot() {
        struct Wrapped: ToolArguments {
            var value: String
            init(from decoder: any Decoder) throws { value = try decoder.singleValueContainer().decode(String.self) }
        }
        #expect(schemaError(Wrapped.self)?.reason.contains("JSON object") == true)
    }

    @Test("the registry names the tool and the property of a rejected type")
    func registryNamesToolAndProperty() {
        do {
            _ = try ToolRegistry([SchemaTestTool<OpenDictionaryArguments>(name: "update_metadata") { _ in "" }])
            Issue.record("registration succeeded")
        } catch {
            guard case .invalidSchema(let tool, let schemaError) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(tool == "update_metadata")
            #expect(schemaError.propertyPath == "values")
            #expect("\(error)".hasPrefix("tool 'update_metadata': property 'values' of "))
        }
    }
}
