import ChatKitWidgets
import Foundation
import JSONValue
import Testing

@Suite("Widget encoding matches openai-chatkit's model_dump(exclude_none=True, by_alias=True)")
struct WidgetEncodingTests {
    @Test("the card of the verified action transcript encodes byte-for-byte equivalent JSON")
    func weatherCardGolden() throws {
        // chatkit-protocol.md §12.6, `widget.root.updated` payload.
        let golden = """
            {"type":"Card","children":[{"type":"Title","value":"Weather"},{"id":"forecast","type":"Text","value":"Refreshed: cloudy"},\
            {"type":"Button","label":"Refresh","onClickAction":{"type":"refresh","payload":{"city":"Paris"},"handler":"server",\
            "loadingBehavior":"auto","streaming":true}}]}
            """
        #expect(try wireJSON(WidgetSamples.weatherCard) == parsedJSON(golden))
    }

    @Test("a streaming Text keeps its flag and an empty value")
    func streamingTextGolden() throws {
        let root = WidgetRoot.card(Card { Text(value: "", id: "forecast", streaming: true) })
        let golden = #"{"type":"Card","children":[{"id":"forecast","type":"Text","value":"","streaming":true}]}"#
        #expect(try wireJSON(root) == parsedJSON(golden))
    }

    @Test("a ListView with status, actions and items matches Python's dump")
    func listViewGolden() throws {
        let golden = """
            {"id":"games","type":"ListView","children":[{"id":"g1","type":"ListViewItem","children":[{"type":"Icon","name":"star"},\
            {"type":"Text","value":"Lakers @ Celtics"},{"type":"Badge","label":"-3.5"}],"onClickAction":{"type":"game.open",\
            "payload":{"id":"g1"},"handler":"server","loadingBehavior":"auto","streaming":true},"gap":3,"align":"center"},\
            {"type":"ListViewItem","children":[{"type":"Text","value":"Knicks @ Heat"}],"gap":"4px"}],"limit":"auto",\
            "status":{"text":"Tonight's slate","icon":"calendar"},"theme":"light"}
            """
        #expect(try wireJSON(WidgetSamples.listView) == parsedJSON(golden))
    }

    @Test("charts, borders, spacing and editable:false match Python's dump")
    func chartAndBoxGolden() throws {
        let root = WidgetRoot.card(Card {
            Chart(
                data: [["game": "G1", "pts": 112]],
                series: [
                    .bar(BarSeries(label: "Points", dataKey: "pts", stack: "a")),
                    .line(LineSeries(label: "Trend", dataKey: "pts", curveType: .stepAfter)),
                ],
                xAxis: .config(ChartXAxis.Config(dataKey: "game", labels: ["G1": "Game 1"]))
            )
            Box(direction: .row, style: BoxStyle(
                padding: .sides(Spacing(top: 4, x: "8px")),
                border: .edges(Borders(top: 1, bottom: .border(Border(size: 2, style: .dashed))))
            )) {
                Text(value: "Spread", editable: .disabled)
            }
        })
        let golden = """
            {"type":"Card","children":[{"type":"Chart","data":[{"game":"G1","pts":112}],"series":[{"type":"bar","label":"Points",\
            "dataKey":"pts","stack":"a"},{"type":"line","label":"Trend","dataKey":"pts","curveType":"stepAfter"}],\
            "xAxis":{"dataKey":"game","labels":{"G1":"Game 1"}}},{"children":[{"type":"Text","value":"Spread","editable":false}],\
            "padding":{"top":4.0,"x":"8px"},"border":{"top":1,"bottom":{"size":2,"style":"dashed"}},"type":"Box","direction":"row"}]}
            """
        #expect(try wireJSON(root) == parsedJSON(golden))
    }

    @Test("unset props are omitted at the top level, but type and children are always present")
    func omitsNullAtTopLevel() throws {
        let json = try wireJSON(.card(Card { Text(value: "Hello") }))
        let card = try #require(json.objectValue)
        #expect(card["type"] == "Card")
        for absent in ["key", "id", "padding", "status", "collapsed", "asForm", "confirm", "theme"] {
            #expect(card[absent] == nil, "\(absent) should be omitted")
        }
        #expect(try wireJSON(.card(Card {})) == parsedJSON(#"{"type":"Card","children":[]}"#))
    }

    @Test("unset props are omitted in nested components")
    func omitsNullWhenNested() throws {
        let json = try wireJSON(.card(Card { Row { Text(value: "Hello") } }))
        #expect(json == (try parsedJSON(#"{"type":"Card","children":[{"type":"Row","children":[{"type":"Text","value":"Hello"}]}]}"#)))
    }

    @Test("ActionConfig always writes its defaults and omits a missing payload")
    func actionConfigDefaults() throws {
        let json = try JSONValue(encoding: ActionConfig(type: "go"))
        #expect(json == ["type": "go", "handler": "server", "loadingBehavior": "auto", "streaming": true])
        let decoded = try JSONValue(parsing: Data(#"{"type":"go"}"#.utf8)).decode(as: ActionConfig.self)
        #expect(decoded == ActionConfig(type: "go"))
    }

    @Test("nulls inside an action payload are dropped, as widgets drop None recursively (children kept)")
    func payloadNullsDropped() throws {
        let action = ActionConfig(type: "a", payload: ["a": nil, "children": nil, "list": [1, nil], "keep": "x"])
        let json = try JSONValue(encoding: action)
        #expect(json["payload"] == ["children": nil, "list": [1], "keep": "x"])
        #expect(try JSONValue(encoding: ActionConfig(type: "a", payload: .null))["payload"] == nil)
    }

    @Test("a Transition writes its single child as an object under children")
    func transitionSingleChild() throws {
        let json = try wireJSON(.card(Card { Transition(child: Text(value: "x")) }))
        #expect(json == (try parsedJSON(#"{"type":"Card","children":[{"type":"Transition","children":{"type":"Text","value":"x"}}]}"#)))
    }

    @Test("dates are written as UTC ISO 8601, with microseconds only when present")
    func datePickerDates() throws {
        let picker = DatePicker(
            name: "d", defaultValue: Date(timeIntervalSince1970: 1_735_689_600), min: Date(timeIntervalSince1970: 1_735_689_600.125)
        )
        let json = try wireJSON(.card(Card { picker }))
        let node = try #require(json["children"]?.arrayValue?.first)
        #expect(node["defaultValue"] == "2025-01-01T00:00:00Z")
        #expect(node["min"] == "2025-01-01T00:00:00.125000Z")
    }

    @Test("icon names are written as the client spells them")
    func iconNames() throws {
        let json = try wireJSON(.card(Card {
            Button(iconStart: .bookOpen, iconEnd: .lucide("trophy"))
            Icon(name: .vendor("dk"))
        }))
        let children = try #require(json["children"]?.arrayValue)
        #expect(children[0]["iconStart"] == "book-open")
        #expect(children[0]["iconEnd"] == "lucide:trophy")
        #expect(children[1]["name"] == "vendor:dk")
    }
}
